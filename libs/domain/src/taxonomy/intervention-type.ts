// The intervention taxonomy (docs/domain.md). Codes are stable identifiers stored in the database.
export const INTERVENTION_CODES = [
  'EXTRA_LEERTIJD',
  'ZORG_IN_SCHOOL',
  'BELEVINGSWERELD',
  'OUDERBETROKKENHEID',
  'TAAL_LEZEN',
  'VVE_KANSRIJKE_START',
  'OVERGANGEN',
  'MENTORING',
  'SOCIAAL_EMOTIONEEL',
  'PROFESSIONALISERING',
  'ARMOEDE_BASIS',
] as const;
export type InterventionCode = (typeof INTERVENTION_CODES)[number];

export interface InterventionType {
  code: InterventionCode;
  labelNl: string;
  labelEn: string;
  /** One line, Dutch: what this kind of help is. */
  descriptionNl: string;
  descriptionEn: string;
  /** What the evidence says, with its source, in Dutch. */
  evidenceNoteNl: string;
  evidenceNoteEn: string;
  /** Display order. */
  sortOrder: number;
}

export function isInterventionCode(value: string): value is InterventionCode {
  return (INTERVENTION_CODES as readonly string[]).includes(value);
}

/** The intervention code in its stored form (" taal_lezen" → "TAAL_LEZEN"), or null when unknown. */
export function parseInterventionCode(raw: string): InterventionCode | null {
  const code = raw.trim().toUpperCase();
  return isInterventionCode(code) ? code : null;
}
