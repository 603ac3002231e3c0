// Value sets of an offering: how it is delivered, what it costs, and its life cycle.
export const DELIVERY_MODES = ['DURING_SCHOOL', 'AFTER_SCHOOL', 'AT_PARTNER', 'ONLINE'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const COST_TYPES = ['FREE', 'SUBSIDISED', 'PAID'] as const;
export type CostType = (typeof COST_TYPES)[number];

export const OFFERING_STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

// Evidence registers used by Dutch schools and municipalities (see docs/domain.md).
export const EVIDENCE_REGISTERS = ['NJI', 'NPO_MENUKAART', 'OTHER', 'NONE'] as const;
export type EvidenceRegister = (typeof EVIDENCE_REGISTERS)[number];

// Ordered from weakest to strongest; matching uses the index as a strength score.
export const EVIDENCE_LEVELS = [
  'NOT_ASSESSED',
  'THEORETICALLY_SOUND',
  'INDICATIONS_OF_EFFECT',
  'PROVEN_EFFECTIVE',
  'STRONG_EVIDENCE',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export function isDeliveryMode(value: string): value is DeliveryMode {
  return (DELIVERY_MODES as readonly string[]).includes(value);
}

export function isCostType(value: string): value is CostType {
  return (COST_TYPES as readonly string[]).includes(value);
}
