import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { useDebouncedValue } from './use-debounced-value';

const pause = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

function Shows({ value, renders }: { value: string; renders: string[] }) {
  const debounced = useDebouncedValue(value, 50);
  const [clicks, setClicks] = useState(0);
  renders.push(debounced);
  return (
    <>
      <output>{debounced}</output>
      <button onClick={() => setClicks(clicks + 1)}>{clicks}</button>
    </>
  );
}

describe('useDebouncedValue', () => {
  it('does not render again after mounting when the value has not changed', async () => {
    const renders: string[] = [];
    render(<Shows value="a" renders={renders} />);
    // Another state change first: React then no longer skips a same-value update unseen.
    fireEvent.click(screen.getByRole('button'));
    const afterMount = renders.length;
    await pause(120);
    expect(renders.length).toBe(afterMount);
    expect(screen.getByRole('status').textContent).toBe('a');
  });

  it('follows a new value once it has stopped changing', async () => {
    const renders: string[] = [];
    const { rerender } = render(<Shows value="a" renders={renders} />);
    rerender(<Shows value="ab" renders={renders} />);
    rerender(<Shows value="abc" renders={renders} />);
    expect(screen.getByRole('status').textContent).toBe('a');
    await pause(120);
    expect(screen.getByRole('status').textContent).toBe('abc');
    expect(renders).not.toContain('ab');
  });

  it('keeps the value without a render when the text returns to it before the pause', async () => {
    const renders: string[] = [];
    const { rerender } = render(<Shows value="a" renders={renders} />);
    rerender(<Shows value="ab" renders={renders} />);
    rerender(<Shows value="a" renders={renders} />);
    fireEvent.click(screen.getByRole('button'));
    const beforePause = renders.length;
    await pause(120);
    expect(screen.getByRole('status').textContent).toBe('a');
    expect(renders.length).toBe(beforePause);
  });
});
