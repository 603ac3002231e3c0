import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';

import { DutchText, sentenceWithDutch } from './DutchText';

/** The texts of `container` with the lang of the nearest element that has one. */
const textsByLang = (container: HTMLElement) => {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent) continue;
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '-';
    out.push(`${lang}: ${node.textContent}`);
  }
  return out;
};

describe('DutchText and sentenceWithDutch', () => {
  it('marks only the Dutch text inside an English sentence', () => {
    const show = (title: string) => `Show coverage of ${title}`;
    const { container } = render(
      <p lang="en">{sentenceWithDutch(show, 'Leesplezier in Schiedam-Oost')}</p>,
    );
    expect(container.textContent).toBe('Show coverage of Leesplezier in Schiedam-Oost');
    expect(textsByLang(container)).toEqual([
      'en: Show coverage of ',
      'nl: Leesplezier in Schiedam-Oost',
    ]);
  });

  it('marks the text wherever and as often as the sentence names it', () => {
    const twice = (x: string) => `“${x}” removed. Undo “${x}”?`;
    const { container } = render(<p lang="en">{sentenceWithDutch(twice, 'Taal')}</p>);
    expect(container.textContent).toBe('“Taal” removed. Undo “Taal”?');
    expect(textsByLang(container)).toEqual([
      'en: “',
      'nl: Taal',
      'en: ” removed. Undo “',
      'nl: Taal',
      'en: ”?',
    ]);
  });

  it('shows a sentence that does not name the text as it is', () => {
    const { container } = render(<p>{sentenceWithDutch(() => 'Nothing to show', 'Taal')}</p>);
    expect(container.textContent).toBe('Nothing to show');
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('DutchText is a span with lang="nl"', () => {
    const { container } = render(<DutchText>Huiswerkbegeleiding</DutchText>);
    expect(container.innerHTML).toBe('<span lang="nl">Huiswerkbegeleiding</span>');
  });
});
