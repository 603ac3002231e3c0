import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { startBootServer } from './common/lifecycle/boot-server.js';
import { gracefulShutdown } from './common/lifecycle/graceful-shutdown.js';
import { listeningLine } from './common/lifecycle/listening-line.js';
import { Readiness } from './common/lifecycle/readiness.js';
import { ConfigError, loadConfig } from './config/config.schema.js';
import { DataDirLockedError } from './database/data-dir-lock.js';

/** Whether a failure report carries its stack: outside production, once the settings are read. */
let showStack = false;

async function main(): Promise<void> {
  const config = loadConfig();
  showStack = config.NODE_ENV !== 'production';
  const readiness = new Readiness();
  // Probes get an answer (live, not ready) while the database is opened and migrated.
  const boot = await startBootServer(config.PORT, config.HOST, readiness);
  let app;
  try {
    // Loaded after the boot server listens: importing Nest and every module takes seconds.
    const { createApp } = await import('./create-app.js');
    app = await createApp(config, { readiness });
  } finally {
    await boot.close();
  }
  await app.listen(config.PORT, config.HOST);
  const logger = new Logger('Partnerwijzer');
  const stop = gracefulShutdown(app, readiness, {
    readyDelayMs: config.SHUTDOWN_READY_DELAY_MS,
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    logger,
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop(signal).then((code) => process.exit(code));
    });
  }
  const database = config.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${config.PGLITE_DATA_DIR}`;
  // The address it really listens on (HOST), and PUBLIC_URL when it was set (not its default).
  const address = (app.getHttpServer() as Server).address();
  const publicUrl = config.PUBLIC_URL_SET ? config.PUBLIC_URL : undefined;
  logger.log(listeningLine(address, publicUrl, database));
}

main().catch((error: unknown) => {
  // A bad setting is the user's to fix: say which one, without a stack trace.
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error(
      'Partnerwijzer kon niet starten (failed to start):',
      error instanceof Error ? error.message : error,
    );
    if (showStack && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
});
