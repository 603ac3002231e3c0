import type { FundingLineInput, FundingRouteCode } from '../../generated/graphql';
import type { FieldProblem } from '../../shared/forms/server-errors';

/** One funding line as the form holds it: text fields, as typed. */
export interface Line {
  routeCode: FundingRouteCode | '';
  fundName: string;
  amountEur: string;
  validFrom: string;
  validUntil: string;
}

export interface FundingToSend {
  /** The lines sent: every line with a route, in the form's order. */
  funding: FundingLineInput[];
  /** Per sent line, its place in the form: the API numbers the lines it was sent. */
  formIndex: number[];
  /** Lines with something filled in but no route: said at their route, never dropped. */
  problems: FieldProblem[];
}

const isBlank = (l: Line) =>
  l.routeCode === '' &&
  [l.fundName, l.amountEur, l.validFrom, l.validUntil].every((v) => !v.trim());

/**
 * The funding lines to send, with the amounts already read. An empty line (the one the form
 * starts with, or one left blank) is no line and is left out; a line with a fund, amount or date
 * but no route is refused at its route rather than silently lost.
 */
export function fundingToSend(
  lines: readonly Line[],
  amounts: readonly (number | null)[],
  routeMissing: string,
): FundingToSend {
  const out: FundingToSend = { funding: [], formIndex: [], problems: [] };
  lines.forEach((l, i) => {
    if (isBlank(l)) return;
    if (l.routeCode === '') {
      out.problems.push({ field: `funding[${i}].routeCode`, message: routeMissing });
      return;
    }
    out.funding.push({
      routeCode: l.routeCode,
      fundName: l.fundName.trim() || null,
      amountEur: amounts[i] ?? null,
      validFrom: l.validFrom || null,
      validUntil: l.validUntil || null,
    });
    out.formIndex.push(i);
  });
  return out;
}

// The API names a line by its place in what it was sent: `funding[2].amountEur` from its rules,
// `funding.2.amountEur` from its input checks, `$input.funding[2].fundName` from input hygiene.
const SENT_LINE = /^(?:\$input\.)?funding(?:\[(\d+)\]|\.(\d+))\.(\w+)$/;

/** An API field name with a sent line's number turned into the line's place in the form. */
export function formFieldOf(field: string, formIndex: readonly number[]): string {
  const m = SENT_LINE.exec(field);
  if (!m) return field;
  const sent = Number(m[1] ?? m[2]);
  return `funding[${formIndex[sent] ?? sent}].${m[3]}`;
}
