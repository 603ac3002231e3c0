// Public surface of the saved-searches module: other modules import from here only.
export { AlertWorker } from './alert.worker.js';
export { DigestJob } from './digest.job.js';
export { SavedSearchesModule } from './saved-searches.module.js';
