// Public surface of the imports (CSV/GeoJSON loaders): the CLI imports from here only.
export {
  ImportAbortedError,
  ImportError,
  type ImportKind,
  type ImportRunOptions,
  type ImportSummary,
} from './import-types.js';
export { parseCsv } from './csv.js';
export { createProgressReporter } from './progress-reporter.js';
export { importMunicipalities, importProvinces } from './region-import.js';
export { defaultReportPath, formatRejection, writeRejectionReport } from './rejection-report.js';
export { importSchools } from './school-import.js';
export {
  BrokenRowsError,
  importAchterstandsscores,
  importSchoolweging,
} from './indicators/indicator-import.js';
export {
  defaultIndicatorReportPath,
  formatReportLine,
  type IndicatorImportSummary,
  writeIndicatorReport,
} from './indicators/indicator-report.js';
