import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config.schema.js';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const database = config.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${config.PGLITE_DATA_DIR}`;
  new Logger('Partnerwijzer').log(
    `Klaar op http://localhost:${config.PORT} — database: ${database}`,
  );
}

main().catch((error: unknown) => {
  // A bad setting is the user's to fix: say which one, without a stack trace.
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(
      'Partnerwijzer kon niet starten (failed to start):',
      error instanceof Error ? error.message : error,
    );
    if (process.env.NODE_ENV !== 'production' && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
});
