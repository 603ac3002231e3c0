import { Module, type DynamicModule } from '@nestjs/common';
import { LifecycleModule } from './common/lifecycle/lifecycle.module.js';
import type { Readiness } from './common/lifecycle/readiness.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseHandle } from './database/data-source.factory.js';
import { graphqlModule } from './graphql/graphql.config.js';
import { AccountsModule } from './modules/accounts/index.js';
import { AppInfoModule } from './modules/app-info/index.js';
import { ChangeFeedModule } from './modules/change-feed/index.js';
import { CollaborationsModule } from './modules/collaborations/index.js';
import { ContactRequestsModule } from './modules/contact-requests/index.js';
import { GeocodingModule } from './modules/geocoding/index.js';
import { HealthModule } from './modules/health/index.js';
import { HsdsModule } from './modules/hsds/index.js';
import { IndicatorsModule } from './modules/indicators/index.js';
import { MailModule } from './modules/mail/index.js';
import { MatchingModule } from './modules/matching/index.js';
import { MunicipalityViewModule } from './modules/municipality-view/index.js';
import { OrganisationsModule } from './modules/organisations/index.js';
import { RegionsModule } from './modules/regions/index.js';
import { SavedSearchesModule } from './modules/saved-searches/index.js';
import { SearchModule } from './modules/search/index.js';
import { SchoolNeedsModule } from './modules/school-needs/index.js';
import { SchoolsModule } from './modules/schools/index.js';
import { TaxonomyModule } from './modules/taxonomy/index.js';
import './common/graphql/enums.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, db: DatabaseHandle, readiness: Readiness): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(db),
        LifecycleModule.forRoot(readiness),
        RateLimitModule,
        ChangeFeedModule,
        graphqlModule,
        AccountsModule,
        MailModule,
        HealthModule,
        AppInfoModule,
        TaxonomyModule,
        RegionsModule,
        GeocodingModule,
        SchoolsModule,
        IndicatorsModule,
        OrganisationsModule,
        MatchingModule,
        SearchModule,
        ContactRequestsModule,
        CollaborationsModule,
        MunicipalityViewModule,
        SchoolNeedsModule,
        SavedSearchesModule,
        HsdsModule,
      ],
    };
  }
}
