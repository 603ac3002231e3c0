// Public surface of the taxonomy module: other modules import from here only.
export { InterventionTypeEntity } from './entities/intervention-type.entity.js';
export { InterventionTypeModel } from './models/intervention-type.model.js';
export { TaxonomyModule } from './taxonomy.module.js';
export { TaxonomyService } from './taxonomy.service.js';
