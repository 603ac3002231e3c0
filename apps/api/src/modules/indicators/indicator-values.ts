// What the indicators module stores and hands out: plain shapes, shared by the repository,
// the service, the importers and the GraphQL models.

export const INDICATOR_KINDS = ['SCHOOLWEGING', 'ACHTERSTANDSSCORE'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** How a row of the publisher's file was tied to a DUO vestigingscode (see README.md). */
export const JOIN_METHODS = ['EXACT_LOCATION', 'INSTITUTION', 'NAME_SIMILARITY', 'MANUAL'] as const;
export type JoinMethod = (typeof JOIN_METHODS)[number];

/** One published (or hand-set) value for one school, kind and period. */
export interface IndicatorValue {
  vestigingscode: string;
  kind: IndicatorKind;
  /** School years '2023-2024' (one year), '2021-2024' (three-year average) or a year '2019'. */
  period: string;
  isAverage: boolean;
  value: number;
  /** Schoolweging: `spreiding`, the spread inside the school. */
  spread: number | null;
  /** Pupils as the publisher counted them (schoolweging year sheets; CBS funded pupils). */
  pupils: number | null;
  /** CBS table 2: the score without threshold, in total and for the lower and upper grades. */
  valueWithoutThreshold: number | null;
  valueLowerGrades: number | null;
  valueUpperGrades: number | null;
  /** CBS footnote a: the score rests on 40 pupils or fewer. */
  unreliable: boolean;
  sourcePublisher: string;
  sourceFile: string;
  /** The row's key in the file (OVT such as `00AP|C1`, or the vestigingscode). */
  sourceKey: string | null;
  /** The school's name as the file writes it. */
  sourceName: string | null;
  /** Row number in the file (spreadsheet row, or CSV line with the header as line 1). */
  sourceRow: number | null;
  joinMethod: JoinMethod;
  note: string | null;
  importedAt: Date;
}

/** A school's indicators: the latest value of each kind, and every stored value. */
export interface SchoolIndicators {
  vestigingscode: string;
  schoolweging: IndicatorValue | null;
  achterstandsscore: IndicatorValue | null;
  all: IndicatorValue[];
}

/** What the need formula (libs/domain/src/needs) reads from a school's indicators. */
export interface NeedIndicatorInputs {
  schoolweging: number | null;
  achterstandsscore: number | null;
  achterstandsscorePupils: number | null;
}

/**
 * The one reading of a school's indicators for the need formula, so the municipality view and
 * the partners' demand list give a school the same need: the schoolweging; the CBS score without
 * threshold (table 2; the score of table 1 when only that is known, e.g. set by hand) with the
 * funded pupils it was counted for.
 */
export function needIndicatorInputs(ind: SchoolIndicators | undefined): NeedIndicatorInputs {
  const a = ind?.achterstandsscore ?? null;
  return {
    schoolweging: ind?.schoolweging?.value ?? null,
    achterstandsscore: a ? (a.valueWithoutThreshold ?? a.value) : null,
    achterstandsscorePupils: a?.pupils ?? null,
  };
}

/** The last school year a period reaches ('2021-2024' → 2024, '2019' → 2019). */
export function periodEnd(period: string): number {
  return Number(period.slice(-4));
}

/**
 * The value to use of one kind: the period that ends latest; on a tie the three-year average
 * (the Inspectie judges results against it, and it moves less than one year's value).
 */
export function latestOf(values: readonly IndicatorValue[]): IndicatorValue | null {
  let best: IndicatorValue | null = null;
  for (const v of values) {
    if (
      best === null ||
      periodEnd(v.period) > periodEnd(best.period) ||
      (periodEnd(v.period) === periodEnd(best.period) && v.isAverage && !best.isAverage)
    ) {
      best = v;
    }
  }
  return best;
}

export function groupIndicators(
  codes: readonly string[],
  values: readonly IndicatorValue[],
): Map<string, SchoolIndicators> {
  const byCode = new Map<string, IndicatorValue[]>(codes.map((c) => [c, []]));
  for (const v of values) byCode.get(v.vestigingscode)?.push(v);
  const out = new Map<string, SchoolIndicators>();
  for (const [code, all] of byCode) {
    out.set(code, {
      vestigingscode: code,
      schoolweging: latestOf(all.filter((v) => v.kind === 'SCHOOLWEGING')),
      achterstandsscore: latestOf(all.filter((v) => v.kind === 'ACHTERSTANDSSCORE')),
      all,
    });
  }
  return out;
}
