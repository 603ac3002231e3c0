import type { Language } from '../../../app/i18n/i18n-context';
import type { OfferingNode, OrganisationNode } from '../hooks/use-organisations';

type InterventionTypeNode = OfferingNode['interventionTypes'][number];

export function interventionLabel(type: InterventionTypeNode, lang: Language): string {
  return lang === 'en' ? type.labelEn : type.labelNl;
}

/** Each intervention type a partner offers, once, in order of first appearance. */
export function partnerInterventionTypes(organisation: OrganisationNode): InterventionTypeNode[] {
  const seen = new Map<string, InterventionTypeNode>();
  for (const offering of organisation.offerings) {
    for (const type of offering.interventionTypes) {
      if (!seen.has(type.code)) seen.set(type.code, type);
    }
  }
  return [...seen.values()];
}
