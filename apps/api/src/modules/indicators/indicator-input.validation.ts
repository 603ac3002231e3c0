import type { FieldProblem } from '../../common/errors/user-input.error.js';
import type { IndicatorKind } from './indicator-values.js';

// Checks on a hand-set value: every problem names its field, Dutch first, English in brackets.

export interface ManualIndicatorInput {
  vestigingscode: string;
  kind: IndicatorKind;
  period: string;
  value: number;
  spread?: number | null;
  pupils?: number | null;
  sourceKey?: string | null;
  note?: string | null;
}

export const NOTE_MAX = 500;
const OVT_OR_CODE = /^[0-9A-Z]{4}(\|C[0-9]{1,3}|[0-9]{2})?$/;

/** The period's shape for its kind, and whether it is a three-year average. */
export function periodProblem(kind: IndicatorKind, period: string): string | null {
  if (kind === 'ACHTERSTANDSSCORE') {
    return /^(20[0-9]{2})$/.test(period)
      ? null
      : 'moet een jaar zijn, bv. 2019 (must be a year such as 2019)';
  }
  const m = /^(20[0-9]{2})-(20[0-9]{2})$/.exec(period);
  const span = m ? Number(m[2]) - Number(m[1]) : 0;
  return span === 1 || span === 3
    ? null
    : 'moet een schooljaar (2023-2024) of drie schooljaren (2021-2024) zijn (must be one school year such as 2023-2024 or three such as 2021-2024)';
}

export function isAveragePeriod(kind: IndicatorKind, period: string): boolean {
  return kind === 'SCHOOLWEGING' && Number(period.slice(5)) - Number(period.slice(0, 4)) === 3;
}

// Published schoolweging values lie between about 19 and 42; CBS scores grow with school size.
const RANGES: Record<IndicatorKind, [number, number]> = {
  SCHOOLWEGING: [15, 50],
  ACHTERSTANDSSCORE: [0, 100_000],
};

const inRange = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo && v <= hi;
const between = (lo: number, hi: number) =>
  `moet tussen ${lo} en ${hi} liggen (must lie between ${lo} and ${hi})`;

export function manualIndicatorProblems(input: ManualIndicatorInput): FieldProblem[] {
  const found: FieldProblem[] = [];
  const period = periodProblem(input.kind, input.period);
  if (period) {
    const code = input.kind === 'ACHTERSTANDSSCORE' ? 'INVALID_YEAR' : 'INVALID_PERIOD';
    found.push({ field: 'period', message: period, code });
  }
  const [lo, hi] = RANGES[input.kind];
  if (!inRange(input.value, lo, hi))
    found.push({
      field: 'value',
      message: between(lo, hi),
      code: 'OUT_OF_RANGE',
      params: { min: lo, max: hi },
    });
  if (input.spread != null && !inRange(input.spread, 0, 50)) {
    found.push({
      field: 'spread',
      message: between(0, 50),
      code: 'OUT_OF_RANGE',
      params: { min: 0, max: 50 },
    });
  }
  if (input.pupils != null && !(Number.isInteger(input.pupils) && inRange(input.pupils, 0, 5000))) {
    found.push({
      field: 'pupils',
      message: 'moet een geheel getal van 0 tot 5000 zijn (must be a whole number from 0 to 5000)',
      code: 'WHOLE_NUMBER_RANGE',
      params: { min: 0, max: 5000 },
    });
  }
  if (input.sourceKey != null && input.sourceKey !== '' && !OVT_OR_CODE.test(input.sourceKey)) {
    found.push({
      field: 'sourceKey',
      message:
        'moet een OVT (00AP|C1) of vestigingscode (00AP00) zijn (must be an OVT or a vestigingscode)',
      code: 'INVALID_FORMAT',
    });
  }
  if (input.note != null && input.note.length > NOTE_MAX) {
    found.push({
      field: 'note',
      message: `hoogstens ${NOTE_MAX} tekens (at most ${NOTE_MAX} characters)`,
      code: 'TOO_LONG',
      params: { max: NOTE_MAX },
    });
  }
  return found;
}
