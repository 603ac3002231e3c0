// Public surface of the schools module: other modules import from here only.
export { SchoolEntity } from './entities/school.entity.js';
export { SchoolModel } from './models/school.model.js';
export { toSchoolModel } from './school.mappers.js';
export { SchoolsModule } from './schools.module.js';
export { SchoolsService } from './schools.service.js';
