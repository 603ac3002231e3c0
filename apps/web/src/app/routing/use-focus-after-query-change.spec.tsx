import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { useRef } from 'react';

import { useFocusAfterQueryChange } from './use-focus-after-query-change';

/** A page whose button is there for the query `?a` only, in a layout that falls back to main. */
function Page({ search }: { search: string }) {
  const main = useRef<HTMLElement>(null);
  useFocusAfterQueryChange('/', search, main);
  return (
    <main ref={main} tabIndex={-1}>
      <button type="button">Blijft</button>
      {search === '?a' && <button type="button">Gaat weg</button>}
    </main>
  );
}

describe('useFocusAfterQueryChange', () => {
  it('gives the focus to the fallback when the focused element went with the old query', () => {
    const { rerender } = render(<Page search="?a" />);
    screen.getByRole('button', { name: 'Gaat weg' }).focus();
    rerender(<Page search="?b" />);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('leaves the focus on the page when nothing had it yet (a fresh load, the page’s own change)', () => {
    const { rerender } = render(<Page search="?a" />);
    rerender(<Page search="?b" />);
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves it on the page when the page got it while the last focused element stays (a click on text)', () => {
    const { rerender } = render(<Page search="?a" />);
    const stays = screen.getByRole('button', { name: 'Blijft' });
    stays.focus();
    stays.blur();
    rerender(<Page search="?b" />);
    expect(document.activeElement).toBe(document.body);
  });
});
