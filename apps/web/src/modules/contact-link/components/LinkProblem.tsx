import type { ComponentProps } from 'react';

import { useT } from '../../../app/i18n/use-t';
import {
  MailLinkProblem,
  MailLinkState,
  type MailLinkTexts,
} from '../../../shared/mail-links/MailLinkState';

function useContactLinkTexts(): MailLinkTexts {
  const c = useT().contactLink;
  return { ...c, away: { href: '/', label: c.toHome } };
}

/** Why a contact request's mailed link does not work (see MailLinkProblem). */
export function LinkProblem(props: Omit<ComponentProps<typeof MailLinkProblem>, 'texts'>) {
  return <MailLinkProblem {...props} texts={useContactLinkTexts()} />;
}

/** What a contact request's link page says before the request is there (see MailLinkState). */
export function LinkState(props: Omit<ComponentProps<typeof MailLinkState>, 'texts'>) {
  return <MailLinkState {...props} texts={useContactLinkTexts()} />;
}
