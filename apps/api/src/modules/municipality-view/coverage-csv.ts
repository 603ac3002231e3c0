import { INTERVENTION_TYPES, type InterventionCode } from '@partnerwijzer/domain';
import type { CoverageStatus, MunicipalityCoverageModel } from './models/coverage.model.js';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const STATUS_TEXT: Record<CoverageStatus, string> = {
  GAP: 'geen aanbod',
  ONLY_NATIONAL: 'alleen landelijk',
  LOCAL: 'lokaal aanbod',
};

const labelOf = (code: InterventionCode): string =>
  INTERVENTION_TYPES.find((t) => t.code === code)?.labelNl ?? code;

/**
 * The coverage matrix as a `;`-separated CSV (Dutch Excel's default), UTF-8 with BOM, CRLF:
 * one row per school, in the order of the matrix; per intervention type four columns
 * (offerings, verified, local, status in words).
 */
export function coverageCsv(coverage: MunicipalityCoverageModel): string {
  const header = ['vestigingscode', 'naam', 'sector', 'schooltype'];
  for (const code of coverage.interventionTypes) {
    const label = labelOf(code);
    header.push(
      `${label}: aanbod`,
      `${label}: geverifieerd`,
      `${label}: lokaal`,
      `${label}: status`,
    );
  }
  const lines = [header];
  for (const row of coverage.schools) {
    const line = [row.vestigingscode, row.name, row.sector, row.schoolType];
    for (const cell of row.cells) {
      line.push(
        String(cell.offerings),
        String(cell.verified),
        String(cell.local),
        STATUS_TEXT[cell.status],
      );
    }
    lines.push(line);
  }
  return CSV_BOM + lines.map((l) => l.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** Quotes when needed; defuses text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
