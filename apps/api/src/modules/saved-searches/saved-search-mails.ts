import {
  getInterventionType,
  type DigestFrequency,
  type InterventionCode,
} from '@partnerwijzer/domain';

// The digest mail, Dutch first, English after, plain text. It names offerings, partners,
// schools and intervention types from the directory only — nothing about pupils, nothing a
// user typed.

export interface DigestOffering {
  title: string;
  organisationName: string;
}

export interface DigestGap {
  schoolName: string;
  interventionCode: InterventionCode;
}

export interface DigestAbout {
  /** "basisschool De Regenboog (ZZ0100)" or "gemeente Schiedam (GM0606)". */
  subject: string;
  frequency: DigestFrequency;
  offerings: readonly DigestOffering[];
  gaps: readonly DigestGap[];
  /** Where to look further: the finder for a school, the municipality view for an officer. */
  viewUrl: string;
  unsubscribeUrl: string;
  linkDays: number;
}

const WORDS: Record<DigestFrequency, { nl: string; en: string }> = {
  DAILY: { nl: 'dagelijkse', en: 'daily' },
  WEEKLY: { nl: 'wekelijkse', en: 'weekly' },
};

const MAX_LISTED = 50;

function listed<T>(items: readonly T[], line: (item: T) => string): string {
  const shown = items.slice(0, MAX_LISTED).map((i) => `- ${line(i)}`);
  if (items.length > MAX_LISTED) shown.push(`- … en nog ${items.length - MAX_LISTED} (and more)`);
  return shown.join('\n');
}

export function digestMail(about: DigestAbout): { subject: string; body: string } {
  const parts: string[] = [];
  if (about.offerings.length > 0) {
    parts.push(
      `Nieuw aanbod dat nu past (new offerings that now match):\n` +
        listed(about.offerings, (o) => `${o.title} — ${o.organisationName}`),
    );
  }
  if (about.gaps.length > 0) {
    parts.push(
      `Nieuwe witte vlekken: geen aanbod meer (new gaps: no offering any more):\n` +
        listed(about.gaps, (g) => {
          const type = getInterventionType(g.interventionCode);
          return `${g.schoolName}: ${type.labelNl} (${type.labelEn})`;
        }),
    );
  }
  const counts = [
    about.offerings.length > 0 ? `${about.offerings.length} nieuw aanbod` : null,
    about.gaps.length > 0 ? `${about.gaps.length} nieuwe witte vlek(ken)` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    subject: `Partnerwijzer: ${counts} voor ${about.subject}`,
    body:
      `Uw ${WORDS[about.frequency].nl} samenvatting voor ${about.subject}.\n\n` +
      `${parts.join('\n\n')}\n\n` +
      `Bekijk alles op Partnerwijzer:\n${about.viewUrl}\n\n` +
      `Geen berichten meer voor deze zoekopdracht? Afmelden kan zonder in te loggen:\n${about.unsubscribeUrl}\n` +
      `(De link is ${about.linkDays} dagen geldig en hoort alleen bij deze zoekopdracht.)\n\n` +
      `(English: your ${WORDS[about.frequency].en} summary for ${about.subject}, listed above. ` +
      `To stop these messages, open the unsubscribe link above; no sign-in needed.)` +
      `\n\n— Partnerwijzer`,
  };
}
