// Public surface of the search module: other modules import from here only.
export { reindexAll } from './reindex.js';
export { createSearchEngine } from './search-engine.provider.js';
export { SearchSyncWorker, type SearchSyncStatus } from './search-sync.worker.js';
export { SearchModule } from './search.module.js';
