import { Module, type DynamicModule } from '@nestjs/common';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseHandle } from './database/data-source.factory.js';
import { graphqlModule } from './graphql/graphql.config.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AppInfoModule } from './modules/app-info/app-info.module.js';
import { ChangeFeedModule } from './modules/change-feed/change-feed.module.js';
import { ContactRequestsModule } from './modules/contact-requests/contact-requests.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { MunicipalityViewModule } from './modules/municipality-view/municipality-view.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { RegionsModule } from './modules/regions/regions.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SchoolsModule } from './modules/schools/schools.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import './common/graphql/enums.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, db: DatabaseHandle): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(db),
        RateLimitModule,
        ChangeFeedModule,
        graphqlModule,
        AccountsModule,
        MailModule,
        HealthModule,
        AppInfoModule,
        TaxonomyModule,
        RegionsModule,
        SchoolsModule,
        OrganisationsModule,
        MatchingModule,
        SearchModule,
        ContactRequestsModule,
        MunicipalityViewModule,
      ],
    };
  }
}
