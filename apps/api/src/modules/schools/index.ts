// Public surface of the schools module: other modules import from here only.
export { ActiveSchoolsCache } from './active-schools.cache.js';
export { SchoolEntity } from './entities/school.entity.js';
export { SchoolModel } from './models/school.model.js';
export { SchoolsModule } from './schools.module.js';
export { SchoolsService } from './schools.service.js';
