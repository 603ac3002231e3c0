// Public surface of the indicators module (need indicators per school, issue 14).
export { IndicatorsModule } from './indicators.module.js';
export { IndicatorsService } from './indicators.service.js';
export {
  INDICATOR_KINDS,
  JOIN_METHODS,
  latestOf,
  needIndicatorInputs,
  type IndicatorKind,
  type IndicatorValue,
  type JoinMethod,
  type NeedIndicatorInputs,
  type SchoolIndicators,
} from './indicator-values.js';
// For the importers (modules/imports), which write inside their own transaction.
export {
  writeImportedIndicators,
  type IndicatorWrite,
  type IndicatorWriteResult,
} from './repository.js';
