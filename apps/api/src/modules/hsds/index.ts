// Public surface of the HSDS module (Open Referral HSDS 3.0 read API): other modules import from here only.
export { HsdsModule } from './hsds.module.js';
export { HsdsService } from './hsds.service.js';
export { hsdsCors } from './hsds-cors.js';
export { MAX_UPLOAD_BYTES } from './datapackage/package-reader.js';
