import type { adminNl } from '../../modules/admin/admin.messages';
import type { contactLinkNl } from '../../modules/contact-link/contact-link.messages';
import type { overviewMapNl } from '../../modules/map/map.messages';
import type { municipalityNl } from '../../modules/municipality/municipality.messages';
import type { schoolAccountNl } from '../../modules/school-account/school-account.messages';
import type { schoolPageNl } from '../../modules/school/school.messages';

// The texts only lazily loaded pages read are not in the entry: page-texts.ts (a chunk of its
// own, both languages) is added to the catalogues before such a page renders (app/App.tsx).
// Until then each group is a placeholder that names itself when read, so a component in the
// entry that starts using one fails loudly instead of showing `undefined` (decision 0015,
// addendum). Groups the header or the finder read stay in nl.ts/en.ts.
export const PAGE_GROUPS = [
  'municipality',
  'overviewMap',
  'admin',
  'contactLink',
  'schoolAccount',
  'schoolPage',
] as const;

export interface PageMessages {
  municipality: typeof municipalityNl;
  overviewMap: typeof overviewMapNl;
  admin: typeof adminNl;
  contactLink: typeof contactLinkNl;
  schoolAccount: typeof schoolAccountNl;
  schoolPage: typeof schoolPageNl;
}

export function withPageGroups<T extends object>(core: T): T & PageMessages {
  for (const group of PAGE_GROUPS) {
    Object.defineProperty(core, group, {
      configurable: true,
      enumerable: true,
      get() {
        throw new Error(
          `Texts '${group}' read before their page loaded (app/i18n/page-messages.ts)`,
        );
      },
    });
  }
  return core as T & PageMessages;
}

/** Puts the page texts in place of the placeholders of one catalogue. */
export function addPageMessages(catalogue: PageMessages, texts: PageMessages): void {
  for (const group of PAGE_GROUPS) {
    Object.defineProperty(catalogue, group, {
      configurable: true,
      enumerable: true,
      writable: false,
      value: texts[group],
    });
  }
}
