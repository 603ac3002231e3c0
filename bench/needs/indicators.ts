// Reads the need indicators for the benchmark from ../shared/data/indicators (the reference
// crosswalk for the schoolweging, the CBS table 2 CSV for the achterstandsscore) as rows for
// the indicators module's writer. The product's importers read the publishers' files; the
// benchmark only needs values per school.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorWrite } from '../../apps/api/src/modules/indicators/index.js';
import { splitCsv } from '../support/csv.js';

/** The rows of a comma-separated file (its last line may lack a line break). */
export function csvRows(text: string): string[][] {
  const { rows, rest } = splitCsv(text, { separator: ',', lineBreaks: 'any' });
  return rest ? [...rows, rest] : rows;
}

const base = (file: string, publisher: string) => ({
  spread: null,
  pupils: null,
  valueLowerGrades: null,
  valueUpperGrades: null,
  unreliable: false,
  sourcePublisher: publisher,
  sourceFile: file,
  sourceName: null,
});

/** The two files the rows below are read from. */
export function indicatorFiles(dir: string): string[] {
  return [
    join(dir, 'schoolweging-crosswalk-vestigingscode.csv'),
    join(dir, 'cbs-achterstandsscores-basisscholen-2019-zonder-drempel.csv'),
  ];
}

export function indicatorFilesPresent(dir: string): boolean {
  return indicatorFiles(dir).every((f) => existsSync(f));
}

/** Schoolweging (three-year average) per vestigingscode, for the schools given. */
export function schoolwegingRows(dir: string, known: Set<string>): IndicatorWrite[] {
  const file = 'schoolweging-crosswalk-vestigingscode.csv';
  const [header, ...rows] = csvRows(readFileSync(join(dir, file), 'utf8'));
  const code = header.indexOf('vestigingscode');
  const ovt = header.indexOf('OVT');
  const value = header.indexOf('schoolweging_3yr_2021-2024');
  const out: IndicatorWrite[] = [];
  rows.forEach((r, i) => {
    const v = Number(r[value]);
    if (!known.has(r[code]) || r[value] === '' || !Number.isFinite(v)) return;
    out.push({
      ...base(file, 'Inspectie van het Onderwijs / CBS'),
      vestigingscode: r[code],
      kind: 'SCHOOLWEGING',
      period: '2021-2024',
      isAverage: true,
      value: v,
      valueWithoutThreshold: null,
      sourceKey: r[ovt] ?? null,
      sourceRow: i + 2,
      joinMethod: 'EXACT_LOCATION',
    } as IndicatorWrite);
  });
  return out;
}

/** CBS achterstandsscore 2019 (without threshold) per vestigingscode, for the schools given. */
export function achterstandRows(dir: string, known: Set<string>): IndicatorWrite[] {
  const file = 'cbs-achterstandsscores-basisscholen-2019-zonder-drempel.csv';
  const rows = csvRows(readFileSync(join(dir, file), 'utf8')).slice(3);
  const out: IndicatorWrite[] = [];
  rows.forEach((r, i) => {
    const v = Number(r[1]);
    if (!known.has(r[0]) || r[1] === '' || !Number.isFinite(v)) return;
    out.push({
      ...base(file, 'CBS'),
      vestigingscode: r[0],
      kind: 'ACHTERSTANDSSCORE',
      period: '2019',
      isAverage: false,
      value: v,
      valueWithoutThreshold: v,
      sourceKey: r[0],
      sourceRow: i + 4,
      joinMethod: 'EXACT_LOCATION',
    } as IndicatorWrite);
  });
  return out;
}
