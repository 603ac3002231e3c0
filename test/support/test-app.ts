import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/config.schema.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
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

/** Boots the real app on a fresh real database (PGlite, or PostgreSQL when DATABASE_URL is set). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PGLITE_DATA_DIR: db.pgliteDataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const app = await createApp(config);
  const server = app.getHttpServer();
  return {
    app,
    config,
    gql: async <T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => {
      const res = await request(server)
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query, variables });
      const body = res.body as { data?: T; errors?: GqlError[] };
      return { status: res.status, data: body.data ?? undefined, errors: body.errors };
    },
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
