// Public surface of the municipality-view module: other modules import from here only.
export { CoverageService } from './coverage.service.js';
export { MunicipalityViewModule } from './municipality-view.module.js';
export { NeedGapService } from './needs/need-gap.service.js';
export { ScenarioService } from './needs/scenario.service.js';
export { MunicipalityCoalitionsModel } from './models/coalition.model.js';
