// Public surface of the regions module: other modules import from here only.
export { MunicipalityEntity } from './entities/municipality.entity.js';
export { ProvinceEntity } from './entities/province.entity.js';
export { MunicipalityModel } from './models/municipality.model.js';
export { ProvinceModel } from './models/province.model.js';
export { RegionsModule } from './regions.module.js';
export { RegionsService } from './regions.service.js';
export { requireKnownMunicipality } from './known-municipality.js';
