import 'reflect-metadata';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { checkJsonDepth } from './common/input-hygiene/json-depth.js';
import { bodyErrorHandler } from './common/http/body-errors.js';
import { securityHeaders } from './common/http/security-headers.js';
import { staticClient } from './common/http/static-files.js';
import { GraphqlErrorFilter } from './common/errors/graphql-error.filter.js';
import { HttpErrorsFilter } from './common/http/http-errors.filter.js';
import { validationExceptionFactory } from './common/errors/validation-exception.factory.js';
import { drainConnections } from './common/lifecycle/graceful-shutdown.js';
import { Readiness } from './common/lifecycle/readiness.js';
import { AppLogger } from './common/logging/app-logger.js';
import { requestContext } from './common/logging/request-context.js';
import type { AppConfig } from './config/config.schema.js';
import {
  databaseOptions,
  openDatabase,
  type DatabaseHandle,
} from './database/data-source.factory.js';
import { seedDemoDataIfEmpty } from './database/seeds/demo-seed.js';
import { runMigrationsOneAtATime } from './database/run-migrations.js';
import { fragmentLimits } from './common/graphql-limits/fragment-limits.middleware.js';
import { hsdsCors } from './modules/hsds/index.js';
import { ReadModelWarmup } from './modules/organisations/index.js';

// apps/api/{src,dist}/create-app.* → the repository root.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface CreateAppOptions {
  /** The process's readiness; main.ts passes the one its boot server reports. */
  readiness?: Readiness;
}

/**
 * Opens and migrates the database, loads demo data when empty, and builds the Nest app.
 * The readiness moves through migrating → starting → warming → ready (the last once the
 * read-model cache is filled).
 */
export async function createApp(
  config: AppConfig,
  { readiness = new Readiness() }: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger = new AppLogger(config.LOG_FORMAT, config.LOG_LEVEL);
  Logger.overrideLogger(logger);
  readiness.set('starting');
  const db = await openDatabase(databaseOptions(config));
  try {
    readiness.set('migrating');
    await prepareDatabase(db, config);
    readiness.set('starting');
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, db, readiness),
      { logger, bodyParser: true },
    );
    const access = new Logger('HTTP');
    // Access lines are the operator's record in JSON mode; in text mode they would drown the
    // console, so there they are debug output.
    app.use(
      requestContext({
        log: (message, fields) =>
          config.LOG_FORMAT === 'json' ? access.log(message, fields) : access.debug(message),
      }),
    );
    app.use(drainConnections(readiness, () => app.getHttpServer()));
    app.use(securityHeaders(config));
    app.use(hsdsCors);
    // Room for one 1 MB GeoJSON area plus the query; larger bodies get a JSON 413.
    // Nesting is checked on the raw bytes before JSON.parse (which recurses and would overflow).
    // Nest's type leaves out `verify` because it uses it for `rawBody`, which is off here.
    const jsonOptions = {
      limit: config.HTTP_BODY_LIMIT_BYTES,
      verify: (_req: unknown, _res: unknown, buf: Buffer) => checkJsonDepth(buf),
    };
    app.useBodyParser('json', jsonOptions);
    app.use(bodyErrorHandler);
    app.use('/graphql', fragmentLimits(config.GRAPHQL_MAX_TOKENS));
    app.useGlobalFilters(new GraphqlErrorFilter(), new HttpErrorsFilter());
    app.useGlobalPipes(
      new ValidationPipe({
        transform: true,
        exceptionFactory: validationExceptionFactory,
        // The factory reads each error's target class to find the constraint's limits (max: 200)
        // for the error code; it never sends the target or the value.
        validationError: { target: true, value: false },
      }),
    );
    app.disable('x-powered-by');
    // No ETag on API answers: GraphQL is POSTed and never revalidated, and hashing every
    // response body cost measurable CPU under load. Static files keep their own ETags.
    app.set('etag', false);
    // req.ip (the key of the per-client rate limits) from X-Forwarded-For behind a proxy.
    if (config.TRUST_PROXY_HOPS > 0) app.set('trust proxy', config.TRUST_PROXY_HOPS);
    serveWebClient(app, config);
    // SIGTERM/SIGINT are handled by main.ts (graceful-shutdown.ts), not by Nest's own hooks.
    await app.init();
    readiness.set('warming');
    void app
      .get(ReadModelWarmup)
      .finished()
      .then(() => readiness.set('ready'));
    return app;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

async function prepareDatabase(db: DatabaseHandle, config: AppConfig): Promise<void> {
  if (config.DB_RUN_MIGRATIONS) {
    await runMigrationsOneAtATime(db);
  } else if (await db.dataSource.showMigrations()) {
    throw new Error(
      'Er staan migraties open; voer `npm run migration:run` uit (pending migrations)',
    );
  }
  if (config.SEED_DEMO_DATA) await seedDemoDataIfEmpty(db.dataSource);
}

// One process, one URL: the built React client is served from /, precompressed and with
// long-lived caching for hashed files, with a fallback to index.html for client-side routes
// (static-files.ts). API paths are left to Nest.
function serveWebClient(app: NestExpressApplication, config: AppConfig): void {
  const dir = isAbsolute(config.WEB_DIST_DIR)
    ? config.WEB_DIST_DIR
    : join(REPO_ROOT, config.WEB_DIST_DIR);
  const isApiPath = (path: string) =>
    path.startsWith('/graphql') ||
    path.startsWith('/health') ||
    path.startsWith('/hsds') ||
    path.startsWith('/downloads');
  app.use(
    staticClient(dir, isApiPath, (res) =>
      res
        .status(503)
        .type('html')
        .send(
          '<!doctype html><html lang="nl"><title>Partnerwijzer</title><p>De webapp is nog niet gebouwd: voer <code>npm run build</code> uit.</p></html>',
        ),
    ),
  );
}
