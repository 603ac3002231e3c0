// Public surface of the collaborations module: other modules import from here only.
export { CollaborationsModule } from './collaborations.module.js';
export { CollaborationsService } from './collaborations.service.js';
export { CollaborationRecordModel, CollaborationStatusEnum } from './models/collaboration.model.js';
