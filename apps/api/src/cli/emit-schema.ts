import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '../config/config.schema.js';
import { createApp, REPO_ROOT } from '../create-app.js';
import { printSortedSchema } from '../graphql/print-schema.js';

// Writes the code-first schema to apps/api/schema.gql (committed; the web client's types
// are generated from it). Uses a throw-away in-memory database.
async function main(): Promise<void> {
  const app = await createApp(
    loadConfig({
      PGLITE_DATA_DIR: 'memory://',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'error',
      NODE_ENV: 'test',
    }),
  );
  const schema = app.get(GraphQLSchemaHost).schema;
  const file = join(REPO_ROOT, 'apps/api/schema.gql');
  writeFileSync(file, printSortedSchema(schema));
  await app.close();
  console.log(`Schema geschreven naar ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
