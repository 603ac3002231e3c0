// Public surface of the organisations module (organisations, offerings, coverage areas):
// other modules import from here only.
export { coverageColumns } from './coverage-columns.js';
export {
  AREA_LABEL_TOO_LONG,
  areaLabelOf,
  geometrySizeProblem,
  MAX_AREA_LABEL_CHARS,
  MAX_GEOMETRY_BYTES,
  polygonToStore,
} from './coverage-input.validation.js';
export { CoverageAreaEntity } from './entities/coverage-area.entity.js';
export { OfferingEntity } from './entities/offering.entity.js';
export { OrganisationEntity } from './entities/organisation.entity.js';
export { CoverageAreaModel } from './models/coverage-area.model.js';
export { OfferingModel } from './models/offering.model.js';
export { OfferingResultModel } from './models/offering-result.model.js';
export { OrganisationModel } from './models/organisation.model.js';
export {
  COVERAGE_AREA_ROW_COLUMNS,
  OFFERING_ROW_COLUMNS,
  toCoverageAreaRow,
  toCoverageAreaSpec,
  toMatchableOffering,
  toOfferingRow,
  type CoverageAreaRow,
  type OfferingRow,
  type OfferingWithOrganisationRow,
} from './offering-rows.js';
export { OfferingsService } from './offerings.service.js';
export { OrganisationsModule } from './organisations.module.js';
export { OrganisationsService } from './organisations.service.js';
export { loadMatchableOfferings, type OfferingScope } from './read-model/matchable-offerings.js';
export { OfferingRelations } from './read-model/offering-relations.js';
export { ReadModelCache } from './read-model/read-model-cache.js';
export { ReadModelWarmup } from './read-model/read-model-warmup.js';
