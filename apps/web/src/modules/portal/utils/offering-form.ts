import type {
  FundingRouteCode,
  CostType,
  DeliveryMode,
  EvidenceLevel,
  EvidenceRegister,
  InterventionCode,
  OfferingFieldsInput,
  PortalOfferingFragment,
  Sector,
  TargetGroup,
} from '../../../generated/graphql';
import type { Language } from '../../../app/i18n/i18n-context';
import {
  COUNT,
  EUROS,
  numberInputText,
  parseNumber,
  type NumberRule,
} from '../../../shared/forms/parse-number';
import type { PortalMessages } from '../portal.messages';

export const SECTORS: Sector[] = ['VVE', 'PO', 'SBO', 'SO', 'VSO', 'VO'];
export const TARGET_GROUPS: TargetGroup[] = ['PUPILS', 'PARENTS', 'TEACHERS', 'SCHOOL_LEADERS'];
export const DELIVERY_MODES: DeliveryMode[] = [
  'DURING_SCHOOL',
  'AFTER_SCHOOL',
  'AT_PARTNER',
  'ONLINE',
];
export const COST_TYPES: CostType[] = ['FREE', 'SUBSIDISED', 'PAID'];
export const EVIDENCE_REGISTERS: EvidenceRegister[] = ['NONE', 'NJI', 'NPO_MENUKAART', 'OTHER'];
export const EVIDENCE_LEVELS: EvidenceLevel[] = [
  'NOT_ASSESSED',
  'THEORETICALLY_SOUND',
  'INDICATIONS_OF_EFFECT',
  'PROVEN_EFFECTIVE',
  'STRONG_EVIDENCE',
];

// What the form holds: text for what the person types, lists for the checkboxes.
export interface OfferingFormValues {
  title: string;
  description: string;
  interventionCodes: InterventionCode[];
  sectors: Sector[];
  targetGroups: TargetGroup[];
  groepMin: string;
  groepMax: string;
  ageMin: string;
  ageMax: string;
  deliveryModes: DeliveryMode[];
  costType: CostType;
  costAmount: string;
  costNote: string;
  fundingRoutes: string;
  fundingRouteCodes: FundingRouteCode[];
  evidenceRegister: EvidenceRegister;
  evidenceLevel: EvidenceLevel;
  evidenceSource: string;
  capacityPerYear: string;
  languages: string;
}

export type OfferingField = keyof OfferingFormValues;
export type OfferingFormErrors = Partial<Record<OfferingField, string>>;

// The API's limits, checked here first so the partner hears at once.
export const TEXT_LIMITS = {
  title: 200,
  description: 5000,
  costNote: 500,
  evidenceSource: 500,
} as const;

const text = (n: number | null | undefined) => (n == null ? '' : String(n));

/**
 * A number 0 or more as typed in the page's language ("10.000" is ten thousand on a Dutch
 * page): null when empty, undefined when it is none.
 */
function typed(value: string, lang: Language, rule: NumberRule): number | null | undefined {
  const read = parseNumber(value, lang, rule);
  return read.problem || (read.value !== null && read.value < 0) ? undefined : read.value;
}

export function emptyOfferingValues(): OfferingFormValues {
  return {
    title: '',
    description: '',
    interventionCodes: [],
    sectors: [],
    targetGroups: ['PUPILS'],
    groepMin: '',
    groepMax: '',
    ageMin: '',
    ageMax: '',
    deliveryModes: [],
    costType: 'FREE',
    costAmount: '',
    costNote: '',
    fundingRoutes: '',
    fundingRouteCodes: [],
    evidenceRegister: 'NONE',
    evidenceLevel: 'NOT_ASSESSED',
    evidenceSource: '',
    capacityPerYear: '',
    languages: 'nl',
  };
}

export function offeringValues(o: PortalOfferingFragment, lang: Language): OfferingFormValues {
  return {
    title: o.title,
    description: o.description,
    interventionCodes: [...o.interventionCodes],
    sectors: [...o.sectors],
    targetGroups: [...o.targetGroups],
    groepMin: text(o.groep.min),
    groepMax: text(o.groep.max),
    ageMin: text(o.age.min),
    ageMax: text(o.age.max),
    deliveryModes: [...o.deliveryModes],
    costType: o.cost.type,
    costAmount: numberInputText(o.cost.amountEur, lang),
    costNote: o.cost.note ?? '',
    fundingRoutes: o.fundingRoutes.join('\n'),
    fundingRouteCodes: [...o.fundingRouteCodes],
    evidenceRegister: o.evidence.register,
    evidenceLevel: o.evidence.level,
    evidenceSource: o.evidence.source ?? '',
    capacityPerYear: text(o.capacityPerYear),
    languages: o.languages.join(', '),
  };
}

/** Problems the form can find by itself, per field. */
export function validateOffering(
  v: OfferingFormValues,
  t: PortalMessages,
  lang: Language,
): OfferingFormErrors {
  const parseWhole = (value: string) => typed(value, lang, COUNT);
  const errors: OfferingFormErrors = {};
  if (v.title.trim() === '') errors.title = t.required;
  else if (v.title.trim().length < 3) errors.title = t.form.titleShort;
  for (const [field, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    if (!errors[field] && v[field].trim().length > max) errors[field] = t.tooLong(max);
  }
  if (v.interventionCodes.length === 0) errors.interventionCodes = t.form.chooseOne;
  const range = (min: OfferingField, max: OfferingField) => {
    const a = parseWhole(v[min] as string);
    const b = parseWhole(v[max] as string);
    if (a === undefined) errors[min] = t.form.invalidNumber;
    if (b === undefined) errors[max] = t.form.invalidNumber;
    if (a != null && b != null && a > b) errors[max] = t.form.rangeOrder;
  };
  range('groepMin', 'groepMax');
  range('ageMin', 'ageMax');
  for (const field of ['ageMin', 'ageMax'] as const) {
    const n = parseWhole(v[field]);
    if (!errors[field] && n != null && n > 99) errors[field] = t.form.invalidNumber;
  }
  const amount = typed(v.costAmount, lang, EUROS);
  if (amount === undefined || (amount != null && amount > 10_000_000)) {
    errors.costAmount = t.form.invalidAmount;
  }
  const capacity = parseWhole(v.capacityPerYear);
  if (capacity === undefined || (capacity != null && capacity > 100_000)) {
    errors.capacityPerYear = t.form.invalidNumber;
  }
  return errors;
}

/**
 * The API input for these values. For an edit, every field is sent (null clears an optional
 * one), so what the partner sees is exactly what is stored.
 */
export function toOfferingInput(v: OfferingFormValues, lang: Language): OfferingFieldsInput {
  const parseWhole = (value: string) => typed(value, lang, COUNT);
  const lines = (s: string, sep: RegExp) =>
    s
      .split(sep)
      .map((x) => x.trim())
      .filter(Boolean);
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    interventionCodes: v.interventionCodes,
    sectors: v.sectors,
    targetGroups: v.targetGroups,
    groepMin: parseWhole(v.groepMin) ?? null,
    groepMax: parseWhole(v.groepMax) ?? null,
    ageMin: parseWhole(v.ageMin) ?? null,
    ageMax: parseWhole(v.ageMax) ?? null,
    deliveryModes: v.deliveryModes,
    costType: v.costType,
    costAmountEur: typed(v.costAmount, lang, EUROS) ?? null,
    costNote: v.costNote.trim(),
    fundingRoutes: lines(v.fundingRoutes, /\n/),
    fundingRouteCodes: v.fundingRouteCodes,
    evidenceRegister: v.evidenceRegister,
    evidenceLevel: v.evidenceLevel,
    evidenceSource: v.evidenceSource.trim(),
    capacityPerYear: parseWhole(v.capacityPerYear) ?? null,
    languages: lines(v.languages, /[,;\s]+/).map((l) => l.toLowerCase()),
  };
}

// The API names fields as its input does; map them back to the form's fields.
const SERVER_FIELDS: Record<string, OfferingField> = {
  costAmountEur: 'costAmount',
};

export function formFieldOf(serverField: string): OfferingField | undefined {
  const base = serverField.replace(/^input\./, '').split(/[.[]/)[0] ?? '';
  if (base in SERVER_FIELDS) return SERVER_FIELDS[base];
  const fields = Object.keys(emptyOfferingValues()) as OfferingField[];
  return fields.includes(base as OfferingField) ? (base as OfferingField) : undefined;
}
