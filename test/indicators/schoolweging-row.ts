import type { IndicatorWrite } from '../../apps/api/src/modules/indicators/repository.js';

// Suites that put a schoolweging in the database directly (not through the importer) write the
// same kind of row: a 2021-2024 average from the Inspectie's ods file.

type Given = Pick<
  IndicatorWrite,
  'vestigingscode' | 'value' | 'sourceKey' | 'sourceName' | 'sourceRow' | 'joinMethod'
> &
  Partial<IndicatorWrite>;

/**
 * A SCHOOLWEGING 2021-2024 row (an average from schoolweging-2021-2024.ods, no spread, pupils or
 * per-grade values, not unreliable) for the school, value and source `given`, which may also
 * override any other field.
 */
export function schoolwegingRow(given: Given): IndicatorWrite {
  return {
    kind: 'SCHOOLWEGING',
    period: '2021-2024',
    isAverage: true,
    spread: null,
    pupils: null,
    valueWithoutThreshold: null,
    valueLowerGrades: null,
    valueUpperGrades: null,
    unreliable: false,
    sourcePublisher: 'Inspectie van het Onderwijs / CBS',
    sourceFile: 'schoolweging-2021-2024.ods',
    ...given,
  };
}
