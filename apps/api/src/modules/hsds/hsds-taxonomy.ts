import {
  INTERVENTION_TYPES,
  SECTORS,
  TARGET_GROUPS,
  type Sector,
  type TargetGroup,
} from '@partnerwijzer/domain';
import { derivedId } from './hsds-ids.js';

// Partnerwijzer's three vocabularies as HSDS taxonomies (docs/decisions/0019-hsds-mapping.md).
// Term codes are the stored codes; names and descriptions are Dutch (language "nl").

export type TaxonomyKey = 'interventietype' | 'sector' | 'doelgroep';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
}

/** A term with the key of its taxonomy (which offering column it filters). */
export interface KnownTerm {
  key: TaxonomyKey;
  term: HsdsTaxonomyTerm;
}

const SECTOR_LABELS: Record<Sector, string> = {
  VVE: 'Voor- en vroegschoolse educatie',
  PO: 'Primair onderwijs',
  SBO: 'Speciaal basisonderwijs',
  SO: 'Speciaal onderwijs',
  VSO: 'Voortgezet speciaal onderwijs',
  VO: 'Voortgezet onderwijs',
};

const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  PUPILS: 'Leerlingen',
  PARENTS: 'Ouders',
  TEACHERS: 'Leraren',
  SCHOOL_LEADERS: 'Schoolleiders',
};

const VERSION = '1';

function taxonomy(key: TaxonomyKey, name: string, description: string): HsdsTaxonomy {
  return { id: derivedId('taxonomy', key), name, description, version: VERSION };
}

export const TAXONOMIES: Readonly<Record<TaxonomyKey, HsdsTaxonomy>> = Object.freeze({
  interventietype: taxonomy(
    'interventietype',
    'Partnerwijzer interventietypen',
    'Soorten hulp die partners scholen bieden (Partnerwijzer-taxonomie, Nederlands).',
  ),
  sector: taxonomy(
    'sector',
    'Partnerwijzer onderwijssectoren',
    'Onderwijssectoren waarvoor een aanbod bedoeld is.',
  ),
  doelgroep: taxonomy(
    'doelgroep',
    'Partnerwijzer doelgroepen',
    'Voor wie in en rond de school het aanbod bedoeld is.',
  ),
});

function term(key: TaxonomyKey, code: string, name: string, description: string): KnownTerm {
  const t = TAXONOMIES[key];
  return {
    key,
    term: {
      id: derivedId('taxonomy_term', key, code),
      code,
      name,
      description,
      taxonomy: t.name,
      taxonomy_id: t.id,
      language: 'nl',
    },
  };
}

/** Every term, in the order of the taxonomies and then of their codes. */
export const TERMS: readonly KnownTerm[] = Object.freeze([
  ...INTERVENTION_TYPES.map((t) => term('interventietype', t.code, t.labelNl, t.descriptionNl)),
  ...SECTORS.map((s) => term('sector', s, SECTOR_LABELS[s], SECTOR_LABELS[s])),
  ...TARGET_GROUPS.map((g) => term('doelgroep', g, TARGET_GROUP_LABELS[g], TARGET_GROUP_LABELS[g])),
]);

const BY_ID = new Map(TERMS.map((t) => [t.term.id, t]));
const BY_KEY_CODE = new Map(TERMS.map((t) => [`${t.key}:${t.term.code}`, t]));

export function termById(id: string): KnownTerm | undefined {
  return BY_ID.get(id.toLowerCase());
}

export function termByCode(key: TaxonomyKey, code: string): KnownTerm | undefined {
  return BY_KEY_CODE.get(`${key}:${code}`);
}

export function taxonomyById(id: string): TaxonomyKey | undefined {
  const lower = id.toLowerCase();
  return (Object.keys(TAXONOMIES) as TaxonomyKey[]).find((k) => TAXONOMIES[k].id === lower);
}

/** A term by its UUID or by its code (codes are unique across the three taxonomies). */
export function findTerm(idOrCode: string): KnownTerm | undefined {
  return termById(idOrCode) ?? TERMS.find((t) => t.term.code === idOrCode);
}
