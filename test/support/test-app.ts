import type { NestExpressApplication } from '@nestjs/platform-express';
import { print, type DocumentNode } from 'graphql';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/index.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * A document made with `graphql()` from test/generated: codegen types it with its result and
 * variables (the shape of TypedDocumentNode, without importing codegen's runtime package).
 */
export type TypedDocument<R, V> = DocumentNode & { __apiType?: (variables: V) => R };

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** The app's database connection (its TypeORM DataSource), for set-up and checks in SQL. */
  db: DataSource;
  /**
   * Posts a GraphQL document. A document made with `graphql()` from test/generated (typed by
   * the same codegen as the web client) types the variables and `data`; a plain string is for
   * documents that are wrong on purpose (hostile input, validation errors).
   */
  gql<R, V>(
    document: TypedDocument<R, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<PostedGql<R>>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<PostedGql<T>>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; reason?: string };
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

/** What `t.gql` answers: the response plus its Set-Cookie headers (empty when there are none). */
export interface PostedGql<T> extends GqlResponse<T> {
  setCookie: string[];
}

/** Boots the real app on a fresh real database (PGlite, or PostgreSQL when DATABASE_URL is set). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // PUBLIC_URL and SEED_DEMO_DATA as outside production, also for suites that run in
  // production mode (test/security): production requires the one and defaults the other off.
  const base = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PUBLIC_URL: 'http://localhost:3000',
    SEED_DEMO_DATA: 'true',
  };
  const db: TestDatabase = await createTestDatabase({
    demoData: loadConfig({ ...base, ...env }).SEED_DEMO_DATA,
  });
  const config = loadConfig({
    ...base,
    PGLITE_DATA_DIR: db.pgliteDataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const app = await createApp(config);
  // The first search sync runs in the background after boot; a test that searches at once
  // would race it (seen on PostgreSQL in CI: 0 hits, then 11 a moment later).
  await app.get(SearchSyncWorker).drain();
  const server = app.getHttpServer();
  return {
    app,
    config,
    db: app.get(DataSource),
    gql: async (
      query: DocumentNode | string,
      variables?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const res = await request(server)
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query: typeof query === 'string' ? query : print(query), variables });
      const body = res.body as { data?: never; errors?: GqlError[] };
      const raw = res.headers['set-cookie'] as string[] | string | undefined;
      return {
        status: res.status,
        data: body.data ?? undefined,
        errors: body.errors,
        setCookie: raw === undefined ? [] : Array.isArray(raw) ? raw : [raw],
      };
    },
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}

/**
 * The app for one describe block: started (with `env`) before the block's own hooks and tests,
 * closed after them. The object is filled in when the block runs, not when it is declared:
 * use it inside hooks and tests. Jest runs afterAll hooks in the order they are declared, so
 * the app is closed before a block's own afterAll: a block that reads the app there starts
 * its own.
 */
export function suiteTestApp(env: Record<string, string> = {}): TestApp {
  const t = {} as TestApp;
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(env);
    Object.assign(t, started);
  }, 180_000);
  afterAll(async () => {
    await started?.close();
  }, 60_000);
  return t;
}
