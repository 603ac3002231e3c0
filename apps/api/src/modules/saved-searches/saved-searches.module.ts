import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/index.js';
import { MunicipalityViewModule } from '../municipality-view/index.js';
import { RegionsModule } from '../regions/index.js';
import { SchoolsModule } from '../schools/index.js';
import { AlertWorker } from './alert.worker.js';
import { DigestJob } from './digest.job.js';
import { GapSnapshots } from './gap-snapshots.js';
import { SavedSearchesResolver } from './saved-searches.resolver.js';
import { SavedSearchesService } from './saved-searches.service.js';

// Saved searches and alerts (issue 18, docs/decisions/0021): the tables saved_search,
// saved_search_hit, saved_search_link and alert_cursor are this module's alone.
@Module({
  imports: [MatchingModule, MunicipalityViewModule, RegionsModule, SchoolsModule],
  providers: [SavedSearchesService, SavedSearchesResolver, GapSnapshots, AlertWorker, DigestJob],
  exports: [AlertWorker, DigestJob],
})
export class SavedSearchesModule {}
