// Public surface of the contact-requests module: other modules import from here only.
export { ContactRequestsModule } from './contact-requests.module.js';
export { type ContactRequestStatus } from './contact-request-status.js';
export { ContactRequestEntity } from './entities/contact-request.entity.js';
export { ContactRequestPartiesModel } from './models/contact-request-parties.model.js';
