import type { InterventionCode } from '../../taxonomy/intervention-type.js';
import { REASONS_EN } from './reasons.en.js';
import { REASONS_NL } from './reasons.nl.js';
import {
  isReasonCode,
  type ReasonCatalogue,
  type ReasonCode,
  type ReasonParams,
} from './reason-params.js';

export const REASON_CATALOGUES: Readonly<Record<ReasonCatalogue['lang'], ReasonCatalogue>> = {
  nl: REASONS_NL,
  en: REASONS_EN,
};

/** A reason as code + parameters, typed by its code. */
export function renderReasonOf<C extends ReasonCode>(
  catalogue: ReasonCatalogue,
  code: C,
  params: ReasonParams[C],
): string {
  return catalogue.reasons[code](params);
}

/**
 * A reason as it arrives over the wire (any code, parameters as JSON) in this catalogue's
 * language, or null for a code the catalogue does not know (a newer server): the caller then
 * shows the server's Dutch text.
 */
export function renderReason(
  catalogue: ReasonCatalogue,
  code: string,
  params: unknown,
): string | null {
  if (!isReasonCode(code)) return null;
  const p = (params && typeof params === 'object' ? params : {}) as ReasonParams[typeof code];
  return (catalogue.reasons[code] as (p: unknown) => string)(p);
}

/** "geen aanbod gevonden voor: ouderbetrokkenheid, mentoring", or null when the list is empty. */
export function uncoveredNeedsText(
  catalogue: ReasonCatalogue,
  codes: readonly InterventionCode[],
): string | null {
  if (codes.length === 0) return null;
  return catalogue.uncovered(codes.map((c) => catalogue.needPhrases[c] ?? c));
}
