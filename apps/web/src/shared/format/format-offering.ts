import type { Language } from '../../app/i18n/i18n-context';
import type { Messages } from '../../app/i18n/nl';
import type { FinderOfferingFragment } from '../../generated/graphql';

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(iso: string | null, lang: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(date);
}

export function formatCost(
  cost: FinderOfferingFragment['cost'],
  t: Messages,
  lang: Language,
): string {
  const amount =
    cost.amountEur != null
      ? new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(
          cost.amountEur,
        )
      : null;
  return amount ? `${t.cost[cost.type]} (${amount})` : t.cost[cost.type];
}

/** "bewezen effectief · NJi"-style short label for a list; the detail view names the source. */
export function evidenceLabel(evidence: FinderOfferingFragment['evidence'], t: Messages): string {
  const level = t.evidenceLevel[evidence.level];
  // The NJi recognises programmes; the NPO menukaart rates only kinds of intervention (shown
  // with the intervention type), never this offering; anything else is the partner's own word.
  if (evidence.register === 'NJI') return `${level} · NJi`;
  if (evidence.level === 'NOT_ASSESSED') return level;
  return `${level} ${t.evidenceStatedByPartner}`;
}
