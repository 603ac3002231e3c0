// Public surface of the organisations module (organisations, offerings, coverage areas):
// other modules import from here only.
export { coverageColumns } from './coverage-columns.js';
export { CoverageAreaEntity } from './entities/coverage-area.entity.js';
export { OfferingEntity } from './entities/offering.entity.js';
export { OrganisationEntity } from './entities/organisation.entity.js';
export { CoverageAreaModel } from './models/coverage-area.model.js';
export { OfferingModel } from './models/offering.model.js';
export { OrganisationModel } from './models/organisation.model.js';
export { OfferingsService } from './offerings.service.js';
export { OrganisationsModule } from './organisations.module.js';
export { OrganisationsService } from './organisations.service.js';
