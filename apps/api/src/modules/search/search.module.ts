import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/index.js';
import { SchoolsModule } from '../schools/index.js';
import { searchEngineProvider, SEARCH_ENGINE } from './search-engine.provider.js';
import { SearchSyncWorker } from './search-sync.worker.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [MatchingModule, SchoolsModule],
  providers: [searchEngineProvider, SearchSyncWorker, SearchService, SearchResolver],
  exports: [SearchSyncWorker, SEARCH_ENGINE],
})
export class SearchModule {}
