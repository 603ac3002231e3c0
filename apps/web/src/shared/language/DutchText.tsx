import type { ReactNode } from 'react';

// Text shown as it was written, in Dutch, on every page language: what users wrote (titles of
// offerings, collaborations and agreements, goals, notes, messages, reasons, scenario names) and
// what Dutch open data says. On the English page it is marked lang="nl", so a screen reader reads
// it with Dutch pronunciation (WCAG 3.1.2); on the Dutch page the mark changes nothing. An element
// that holds only such text carries lang="nl" itself (`<h1 lang="nl">`); these are for the rest.

/** A piece of Dutch text inside an English (or Dutch) sentence. */
export function DutchText({ children }: { children: ReactNode }) {
  return <span lang="nl">{children}</span>;
}

/** A sign that never occurs in a message: where the Dutch text goes in its sentence. */
const SLOT = '\u0000';

/**
 * A sentence of the page's messages that names Dutch text, e.g. `show(title)` = "Show coverage
 * of <title>": the sentence in the page's language, the text in it marked Dutch. `sentence`
 * must use its argument as a whole (not cut or change it); a sentence without it is shown as is.
 */
export function sentenceWithDutch(sentence: (text: string) => string, text: string): ReactNode {
  const parts = sentence(SLOT).split(SLOT);
  if (parts.length === 1) return parts[0];
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && <DutchText>{text}</DutchText>}
      {part}
    </span>
  ));
}
