import type { ProblemCodeName } from '../values/problem-code-names.js';
import { requiredProblem } from '../values/required.js';
import { FUNDING_ROUTES, isFundingRouteCode, type FundingLine } from './funding-routes.js';

// Rules for collaborations, LEA agreements and their monitoring (issue 15, parts 2–5): plain
// checks that name the field and say what is wrong, in Dutch and English, all at once.

export const COLLABORATION_STATUSES = [
  'PLANNED',
  'ACTIVE',
  'PAUSED',
  'COMPLETED',
  'STOPPED',
] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

/** Where a collaboration may go from each status; a finished one can only be reopened to ACTIVE. */
export const COLLABORATION_TRANSITIONS: Readonly<
  Record<CollaborationStatus, readonly CollaborationStatus[]>
> = {
  PLANNED: ['ACTIVE', 'STOPPED'],
  ACTIVE: ['PAUSED', 'COMPLETED', 'STOPPED'],
  PAUSED: ['ACTIVE', 'COMPLETED', 'STOPPED'],
  COMPLETED: ['ACTIVE'],
  STOPPED: ['ACTIVE'],
};

/** The statuses by the words the web shows them with, Dutch and English (never the codes). */
export const COLLABORATION_STATUS_LABELS: Readonly<
  Record<CollaborationStatus, { nl: string; en: string }>
> = {
  PLANNED: { nl: 'In voorbereiding', en: 'Being prepared' },
  ACTIVE: { nl: 'Loopt', en: 'Running' },
  PAUSED: { nl: 'Gepauzeerd', en: 'Paused' },
  COMPLETED: { nl: 'Afgerond', en: 'Completed' },
  STOPPED: { nl: 'Gestopt', en: 'Stopped' },
};

/** "‘A’, ‘B’ of ‘C’": the labels quoted, the last joined by `or`. */
function quotedList(labels: readonly string[], or: string): string {
  const quoted = labels.map((l) => `‘${l}’`);
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${or} ${quoted[quoted.length - 1]}`;
}

/**
 * The refusal of a status change the transitions do not allow (null when allowed), naming the
 * statuses by their labels: a user who meets it (someone else changed the status meanwhile)
 * reads where the collaboration stands and where it can go from there.
 */
export function statusChangeProblem(
  from: CollaborationStatus,
  to: CollaborationStatus,
): Problem | null {
  const allowed = COLLABORATION_TRANSITIONS[from];
  if (allowed.includes(to)) return null;
  const label = (s: CollaborationStatus) => COLLABORATION_STATUS_LABELS[s];
  const nl = allowed.map((s) => label(s).nl);
  const en = allowed.map((s) => label(s).en);
  const already =
    from === to
      ? {
          nl: `heeft al de status ‘${label(from).nl}’; `,
          en: `already has the status ‘${label(from).en}’; `,
        }
      : { nl: '', en: '' };
  return {
    field: 'status',
    message:
      `${already.nl}van de status ‘${label(from).nl}’ kan een samenwerking alleen naar ${quotedList(nl, 'of')}` +
      ` (${already.en}from the status ‘${label(from).en}’ a collaboration can only go to ${quotedList(en, 'or')})`,
    code: 'STATUS_CHANGE_NOT_ALLOWED',
  };
}

/** Statuses in which a collaboration counts as covering a school for an agreed theme. */
export const COVERING_STATUSES: readonly CollaborationStatus[] = ['PLANNED', 'ACTIVE', 'PAUSED'];

export const GOAL_ATTAINMENTS = ['NOT_MET', 'PARTLY_MET', 'MET'] as const;
export type GoalAttainment = (typeof GOAL_ATTAINMENTS)[number];

/** Goal attainment in words, Dutch and English, as the web shows it (never the codes). */
export const GOAL_ATTAINMENT_LABELS: Readonly<Record<GoalAttainment, { nl: string; en: string }>> =
  {
    NOT_MET: { nl: 'Niet behaald', en: 'Not met' },
    PARTLY_MET: { nl: 'Deels behaald', en: 'Partly met' },
    MET: { nl: 'Behaald', en: 'Met' },
  };

export const COLLABORATION_LIMITS = {
  titleMax: 160,
  goalMax: 300,
  goalsMax: 10,
  schoolsMax: 50,
  partnersMax: 20,
  boardMax: 160,
  fundingLinesMax: 10,
  fundNameMax: 120,
  amountMaxEur: 100_000_000,
  periodMaxYears: 10,
  noteMax: 2000,
  urlMax: 500,
  reachMax: 100_000,
  hoursMax: 100_000,
  firstYear: 2000,
  lastYear: 2100,
} as const;

export interface Problem {
  field: string;
  message: string;
  /** The client catalogue's code (REQUIRED, TOO_LONG, …). */
  code: ProblemCodeName;
  params?: Record<string, string | number>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date in ISO form when it is a real calendar date between 2000 and 2100, else null. */
export function parseIsoDate(raw: string): string | null {
  const m = ISO_DATE.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < COLLABORATION_LIMITS.firstYear || y > COLLABORATION_LIMITS.lastYear) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Today's date in ISO form (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A period: both dates real, the end on or after the start, at most ten years. */
export function checkPeriod(
  startsOn: string,
  endsOn: string,
  problems: Problem[],
  fields: { start: string; end: string } = { start: 'startsOn', end: 'endsOn' },
): { startsOn: string; endsOn: string } | null {
  const start = parseIsoDate(startsOn.slice(0, 40));
  const end = parseIsoDate(endsOn.slice(0, 40));
  if (start === null) problems.push(dateProblem(fields.start, startsOn));
  if (end === null) problems.push(dateProblem(fields.end, endsOn));
  if (start === null || end === null) return null;
  if (end < start) {
    problems.push({
      field: fields.end,
      message: `ligt vóór de begindatum ${start} (is before the start date)`,
      code: 'BEFORE_START',
      params: { start },
    });
    return null;
  }
  const maxEnd = `${Number(start.slice(0, 4)) + COLLABORATION_LIMITS.periodMaxYears}${start.slice(4)}`;
  if (end > maxEnd) {
    problems.push({
      field: fields.end,
      message: `hoogstens ${COLLABORATION_LIMITS.periodMaxYears} jaar na de begindatum (at most ${COLLABORATION_LIMITS.periodMaxYears} years after the start)`,
      code: 'PERIOD_TOO_LONG',
      params: { max: COLLABORATION_LIMITS.periodMaxYears },
    });
    return null;
  }
  return { startsOn: start, endsOn: end };
}

// An empty date was left out, not mistyped: it is said to be required.
function dateProblem(field: string, raw: string): Problem {
  if (raw.trim() === '') return requiredProblem(field);
  return {
    field,
    message: 'moet een datum zijn als 2026-08-01, tussen 2000 en 2100 (a date like 2026-08-01)',
    code: 'INVALID_DATE',
  };
}

/** Trimmed text between 1 and max characters; a problem otherwise. */
export function checkText(
  raw: string | null | undefined,
  field: string,
  max: number,
  problems: Problem[],
  required: boolean,
): string | null {
  const v = (raw ?? '').trim();
  if (v === '') {
    if (required) problems.push(requiredProblem(field));
    return null;
  }
  if (v.length > max) {
    problems.push({
      field,
      message: `hoogstens ${max} tekens (at most ${max} characters)`,
      code: 'TOO_LONG',
      params: { max },
    });
    return null;
  }
  return v;
}

export interface FundingLineInput {
  routeCode: string;
  fundName?: string | null;
  amountEur?: number | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

// The routes by the labels a user picks them by (the form's list), never by their codes.
const ROUTE_LABELS_NL = FUNDING_ROUTES.map((r) => r.nl);
const ROUTE_LABELS_EN = FUNDING_ROUTES.map((r) => r.en);

/** The funding lines in stored form; every problem named by its line (`funding[2].fundName`). */
export function checkFundingLines(
  lines: readonly FundingLineInput[],
  problems: Problem[],
): FundingLine[] {
  if (lines.length > COLLABORATION_LIMITS.fundingLinesMax) {
    problems.push({
      field: 'funding',
      message: `hoogstens ${COLLABORATION_LIMITS.fundingLinesMax} regels (at most ${COLLABORATION_LIMITS.fundingLinesMax} lines)`,
      code: 'TOO_MANY',
      params: { max: COLLABORATION_LIMITS.fundingLinesMax },
    });
    return [];
  }
  const out: FundingLine[] = [];
  lines.forEach((line, i) => {
    const at = `funding[${i}]`;
    const before = problems.length;
    if (!isFundingRouteCode(line.routeCode)) {
      problems.push({
        field: `${at}.routeCode`,
        message:
          `onbekende financieringsroute; kies uit ${quotedList(ROUTE_LABELS_NL, 'of')}` +
          ` (unknown funding route; choose from ${quotedList(ROUTE_LABELS_EN, 'or')})`,
        code: 'UNKNOWN_FUNDING_ROUTE',
      });
      return;
    }
    const route = FUNDING_ROUTES.find((r) => r.code === line.routeCode)!;
    const fundName = checkText(
      line.fundName,
      `${at}.fundName`,
      COLLABORATION_LIMITS.fundNameMax,
      problems,
      route.needsName,
    );
    let amount: number | null = null;
    if (line.amountEur !== null && line.amountEur !== undefined) {
      if (
        !Number.isInteger(line.amountEur) ||
        line.amountEur < 0 ||
        line.amountEur > COLLABORATION_LIMITS.amountMaxEur
      ) {
        problems.push({
          field: `${at}.amountEur`,
          message: 'moet een heel bedrag in euro zijn, 0 of meer (whole euros, 0 or more)',
          code: 'WHOLE_EUROS',
        });
      } else amount = line.amountEur;
    }
    let from: string | null = null;
    let until: string | null = null;
    const hasFrom = (line.validFrom ?? '').trim() !== '';
    const hasUntil = (line.validUntil ?? '').trim() !== '';
    if (hasFrom && hasUntil) {
      const p = checkPeriod(line.validFrom!, line.validUntil!, problems, {
        start: `${at}.validFrom`,
        end: `${at}.validUntil`,
      });
      if (p) [from, until] = [p.startsOn, p.endsOn];
    } else if (hasFrom || hasUntil) {
      const field = hasFrom ? 'validFrom' : 'validUntil';
      const raw = (hasFrom ? line.validFrom : line.validUntil)!;
      const v = parseIsoDate(raw.slice(0, 40));
      if (v === null) problems.push(dateProblem(`${at}.${field}`, raw));
      else if (hasFrom) from = v;
      else until = v;
    }
    if (problems.length === before) {
      out.push({
        routeCode: route.code,
        fundName,
        amountEur: amount,
        validFrom: from,
        validUntil: until,
      });
    }
  });
  return out;
}

/** Goals: 1 to 10 lines of text, duplicates dropped. */
export function checkGoals(raw: readonly string[], problems: Problem[], field = 'goals'): string[] {
  const goals = [...new Set(raw.map((g) => g.trim()).filter((g) => g !== ''))];
  if (goals.length === 0) {
    problems.push({
      field,
      message: 'noem ten minste één doel (name at least one goal)',
      code: 'AT_LEAST_ONE',
    });
  } else if (goals.length > COLLABORATION_LIMITS.goalsMax) {
    problems.push({
      field,
      message: `hoogstens ${COLLABORATION_LIMITS.goalsMax} doelen (at most ${COLLABORATION_LIMITS.goalsMax} goals)`,
      code: 'TOO_MANY',
      params: { max: COLLABORATION_LIMITS.goalsMax },
    });
  }
  goals.forEach((g, i) => {
    if (g.length > COLLABORATION_LIMITS.goalMax) {
      problems.push({
        field: `${field}[${i}]`,
        message: `hoogstens ${COLLABORATION_LIMITS.goalMax} tekens (at most ${COLLABORATION_LIMITS.goalMax} characters)`,
        code: 'TOO_LONG',
        params: { max: COLLABORATION_LIMITS.goalMax },
      });
    }
  });
  return goals;
}

/** A link to evidence: http(s) only, no spaces, at most 500 characters. */
export function checkEvidenceUrl(
  raw: string | null | undefined,
  problems: Problem[],
  field = 'evidenceUrl',
): string | null {
  const v = (raw ?? '').trim();
  if (v === '') return null;
  let ok = v.length <= COLLABORATION_LIMITS.urlMax && !/\s/.test(v);
  if (ok) {
    try {
      const u = new URL(v);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    problems.push({
      field,
      message:
        'moet een webadres zijn dat begint met https:// (a web address starting with https://)',
      code: 'NOT_HTTPS',
    });
    return null;
  }
  return v;
}

/** A count (pupils, groups, sessions) or hours: a whole number from 0 to the limit, or absent. */
export function checkCount(
  raw: number | null | undefined,
  field: string,
  problems: Problem[],
  opts: { max?: number; decimals?: boolean } = {},
): number | null {
  if (raw === null || raw === undefined) return null;
  const max = opts.max ?? COLLABORATION_LIMITS.reachMax;
  // One decimal at most (1.1 * 10 is 11.000000000000002 in floating point, so compare loosely).
  const whole = opts.decimals
    ? Math.abs(Math.round(raw * 10) - raw * 10) < 1e-6
    : Number.isInteger(raw);
  if (!Number.isFinite(raw) || raw < 0 || raw > max || !whole) {
    problems.push({
      field,
      message: opts.decimals
        ? `moet tussen 0 en ${max} liggen, op één decimaal (between 0 and ${max}, one decimal)`
        : `moet een heel getal van 0 tot ${max} zijn (a whole number from 0 to ${max})`,
      ...(opts.decimals
        ? { code: 'OUT_OF_RANGE_ONE_DECIMAL', params: { min: 0, max } }
        : { code: 'WHOLE_NUMBER_RANGE', params: { min: 0, max } }),
    });
    return null;
  }
  return raw;
}

/** The school year a period starts in and every later one it touches, e.g. 2026-2027, 2027-2028. */
export function schoolYearsOfPeriod(startsOn: string, endsOn: string): string[] {
  const yearOf = (d: string) => {
    const y = Number(d.slice(0, 4));
    return Number(d.slice(5, 7)) >= 8 ? y : y - 1;
  };
  const out: string[] = [];
  for (let y = yearOf(startsOn); y <= yearOf(endsOn); y++) out.push(`${y}-${y + 1}`);
  return out;
}
