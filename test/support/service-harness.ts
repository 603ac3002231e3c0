import {
  type DynamicModule,
  type INestApplicationContext,
  Module,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { LifecycleModule } from '../../apps/api/src/common/lifecycle/lifecycle.module.js';
import { Readiness } from '../../apps/api/src/common/lifecycle/readiness.js';
import { RateLimitModule } from '../../apps/api/src/common/rate-limit/rate-limit.module.js';
import { ConfigModule } from '../../apps/api/src/config/config.module.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config.schema.js';
import { GraphqlSupportModule } from '../../apps/api/src/graphql/graphql-support.module.js';
import { DatabaseModule } from '../../apps/api/src/database/database.module.js';
import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import { AccountsModule } from '../../apps/api/src/modules/accounts/index.js';
import { ChangeFeedModule } from '../../apps/api/src/modules/change-feed/index.js';
import { ContactRequestsModule } from '../../apps/api/src/modules/contact-requests/index.js';
import { MailModule } from '../../apps/api/src/modules/mail/index.js';
import { MatchingModule } from '../../apps/api/src/modules/matching/index.js';
import { MunicipalityViewModule } from '../../apps/api/src/modules/municipality-view/index.js';
import { OrganisationsModule } from '../../apps/api/src/modules/organisations/index.js';
import { RegionsModule } from '../../apps/api/src/modules/regions/index.js';
import { SchoolsModule } from '../../apps/api/src/modules/schools/index.js';
import { TaxonomyModule } from '../../apps/api/src/modules/taxonomy/index.js';
import { createTestDatabase } from './test-database.js';

// The service tier ("medium" tests, *.service-spec.ts): the API's services with their real
// repositories on a fresh real database (a copy of the migrated PGlite template, or a new
// PostgreSQL database when DATABASE_URL is set), inside Nest's container but without HTTP or
// GraphQL, and with no demo data: each test makes what it needs with test/support/factories.ts.

/** The feature modules a service test can reach (GraphQL, HTTP, health and search left out). */
const FEATURES: Type[] = [
  AccountsModule,
  MailModule,
  TaxonomyModule,
  RegionsModule,
  SchoolsModule,
  OrganisationsModule,
  MatchingModule,
  ContactRequestsModule,
  MunicipalityViewModule,
];

@Module({})
class ServiceTierModule {
  static forRoot(config: AppConfig, db: DatabaseHandle): DynamicModule {
    return {
      module: ServiceTierModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(db),
        LifecycleModule.forRoot(new Readiness()),
        RateLimitModule,
        ChangeFeedModule,
        // Only the loader registry the modules register with; no GraphQL server.
        GraphqlSupportModule,
        ...FEATURES,
      ],
    };
  }
}

export interface ServiceHarness {
  /** A service (or any provider) from the container. */
  get<T>(type: Type<T>): T;
  db: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

export async function startServices(env: Record<string, string> = {}): Promise<ServiceHarness> {
  const testDb = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PGLITE_DATA_DIR: testDb.pgliteDataDir,
    ...(testDb.databaseUrl ? { DATABASE_URL: testDb.databaseUrl } : {}),
    SEED_DEMO_DATA: 'false',
    ...env,
  });
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
  });
  let context: INestApplicationContext | undefined;
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    context = await NestFactory.createApplicationContext(ServiceTierModule.forRoot(config, db), {
      logger: ['error'],
      abortOnError: false,
    });
  } catch (error) {
    await db.close().catch(() => undefined);
    await testDb.dispose();
    throw error;
  }
  const ctx = context;
  return {
    get: <T>(type: Type<T>) => ctx.get(type),
    db: db.dataSource,
    config,
    close: async () => {
      await ctx.close();
      await db.close().catch(() => undefined);
      await testDb.dispose();
    },
  };
}

/**
 * Starts the services before the suite and closes them after it (Jest hooks); the harness it
 * returns may be used inside the tests.
 */
export function useServices(env: Record<string, string> = {}): ServiceHarness {
  let current: ServiceHarness | undefined;
  beforeAll(async () => {
    current = await startServices(env);
  }, 120_000);
  afterAll(async () => {
    await current?.close();
  }, 60_000);
  const started = (): ServiceHarness => {
    if (!current) throw new Error('The services start in beforeAll: use them inside a test.');
    return current;
  };
  return {
    get: (type) => started().get(type),
    get db() {
      return started().db;
    },
    get config() {
      return started().config;
    },
    close: () => started().close(),
  };
}
