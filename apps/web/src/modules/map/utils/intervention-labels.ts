import type { Language } from '../../../app/i18n/i18n-context';
import type { OfferingNode } from '../hooks/use-organisations';

type InterventionTypeNode = OfferingNode['interventionTypes'][number];

export function interventionLabel(type: InterventionTypeNode, lang: Language): string {
  return lang === 'en' ? type.labelEn : type.labelNl;
}
