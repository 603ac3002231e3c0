import {
  COLLABORATION_LIMITS as L,
  checkFundingLines,
  checkGoals,
  checkPeriod,
  checkText,
  schoolYearsOfPeriod,
  type FundingLine,
  type Problem,
} from '@partnerwijzer/domain';
import type { UpdateCollaborationInput } from './dto/collaboration.input.js';
import type { CollaborationDetails } from './repository.js';

export type EditedField = 'title' | 'goals' | 'period' | 'funding';

const FIELD_WORDS: Record<EditedField, { nl: string; en: string }> = {
  title: { nl: 'naam', en: 'name' },
  goals: { nl: 'doelen', en: 'goals' },
  period: { nl: 'periode', en: 'period' },
  funding: { nl: 'financiering', en: 'funding' },
};

/**
 * The details after an edit: fields left out keep their value, given ones are checked as at
 * creation. A period may not leave out a school year that already has monitoring. Returns the
 * fields that really change (none: nothing to write).
 */
export function applyEdit(
  current: CollaborationDetails,
  input: UpdateCollaborationInput,
  monitoredYears: readonly string[],
  problems: Problem[],
): { details: CollaborationDetails; changed: EditedField[] } {
  const title =
    input.title == null
      ? current.title
      : checkText(input.title, 'title', L.titleMax, problems, true);
  const goals = input.goals == null ? current.goals : checkGoals(input.goals, problems);
  const periodGiven = input.startsOn != null || input.endsOn != null;
  const period = periodGiven
    ? checkPeriod(input.startsOn ?? current.startsOn, input.endsOn ?? current.endsOn, problems)
    : { startsOn: current.startsOn, endsOn: current.endsOn };
  if (period && periodGiven) {
    const years = new Set(schoolYearsOfPeriod(period.startsOn, period.endsOn));
    const lost = monitoredYears.filter((y) => !years.has(y));
    if (lost.length > 0) {
      problems.push({
        field: input.endsOn != null ? 'endsOn' : 'startsOn',
        message: `laat schooljaren met monitoring buiten de periode: ${lost.join(', ')} (leaves out school years with monitoring)`,
        code: 'LEAVES_OUT_MONITORING',
        params: { years: lost.join(', ') },
      });
    }
  }
  const funding: FundingLine[] =
    input.funding == null ? current.funding : checkFundingLines(input.funding, problems);
  const details: CollaborationDetails = {
    title: title ?? current.title,
    goals,
    startsOn: period?.startsOn ?? current.startsOn,
    endsOn: period?.endsOn ?? current.endsOn,
    funding,
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const lines = (ls: readonly FundingLine[]) =>
    ls.map((l) => [l.routeCode, l.fundName, l.amountEur, l.validFrom, l.validUntil]);
  const changed: EditedField[] = [];
  if (details.title !== current.title) changed.push('title');
  if (!same(details.goals, current.goals)) changed.push('goals');
  if (details.startsOn !== current.startsOn || details.endsOn !== current.endsOn)
    changed.push('period');
  if (!same(lines(details.funding), lines(current.funding))) changed.push('funding');
  return { details, changed };
}

/** Longest note a party may add to an edit (the history line holds at most 1000 characters). */
export const EDIT_NOTE_MAX = 900;

/** The history line of an edit: what changed, in Dutch and English, and the party's note. */
export function editNote(changed: readonly EditedField[], note: string | null): string {
  const nl = changed.map((f) => FIELD_WORDS[f].nl).join(', ');
  const en = changed.map((f) => FIELD_WORDS[f].en).join(', ');
  return `Gewijzigd: ${nl} (changed: ${en})${note ? `. ${note}` : ''}`;
}
