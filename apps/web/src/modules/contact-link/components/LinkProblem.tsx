import type { ComponentProps } from 'react';

import { useT } from '../../../app/i18n/use-t';
import {
  MailLinkProblem,
  MailLinkState,
  type MailLinkTexts,
} from '../../../shared/mail-links/MailLinkState';

/** Whose link it is: the partner's answer link or the sender's status link. */
export type ContactLinkPurpose = 'answer' | 'status';

// An expired link's way onwards differs by reader: the partner signs in to the inbox (or the
// school asks again); the sender gets a fresh status link with the next change, or looks under
// Mijn school.
function useContactLinkTexts(purpose: ContactLinkPurpose): MailLinkTexts {
  const c = useT().contactLink;
  const problem =
    purpose === 'status' ? { ...c.problem, LINK_EXPIRED: c.statusLinkExpired } : c.problem;
  return { ...c, problem, away: { href: '/', label: c.toHome } };
}

type WithPurpose<P> = Omit<P, 'texts'> & { purpose: ContactLinkPurpose };

/** Why a contact request's mailed link does not work (see MailLinkProblem). */
export function LinkProblem({
  purpose,
  ...props
}: WithPurpose<ComponentProps<typeof MailLinkProblem>>) {
  return <MailLinkProblem {...props} texts={useContactLinkTexts(purpose)} />;
}

/** What a contact request's link page says before the request is there (see MailLinkState). */
export function LinkState({
  purpose,
  ...props
}: WithPurpose<ComponentProps<typeof MailLinkState>>) {
  return <MailLinkState {...props} texts={useContactLinkTexts(purpose)} />;
}
