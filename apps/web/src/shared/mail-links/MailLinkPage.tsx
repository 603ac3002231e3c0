import type { ReactNode } from 'react';

import { useDocumentTitle } from '../../app/hooks/use-document-title';
import '../account.css';

/** The texts of a mailed link's page frame, from its feature's catalogue. */
export interface MailLinkPageTexts {
  /** The browser tab's title. */
  title: string;
  heading: string;
  /** What the page is for, under the heading. */
  intro: string;
}

interface MailLinkPageProps {
  texts: MailLinkPageTexts;
  testId: string;
  /** Room for a card with facts and actions (the account pages' wide column). */
  wide?: boolean;
  children: ReactNode;
}

/**
 * The frame of a page opened from a mailed link (`?token=…`): its title, heading and what it is
 * for, then the link's state and what the page shows for it.
 */
export function MailLinkPage({ texts, testId, wide, children }: MailLinkPageProps) {
  useDocumentTitle(texts.title);
  return (
    <div className={`page account-page${wide ? ' account-page--wide' : ''}`} data-testid={testId}>
      <h1>{texts.heading}</h1>
      <p>{texts.intro}</p>
      {children}
    </div>
  );
}
