// Public surface of the school-needs module (a school's needs profile per school year):
// other modules import from here only.
export { SchoolNeedsModule } from './school-needs.module.js';
export { SchoolNeedsService } from './school-needs.service.js';
export { type SchoolNeedsProfile } from './repository.js';
export { toProfileNeeds, type NeedItem } from './needs-profile.rules.js';
