import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';
import { printSortedSchema } from '../../apps/api/src/graphql/print-schema.js';
import { suiteTestApp } from '../support/test-app.js';

// The web client's types are generated from the committed schema.gql; it must be exactly
// what the running API serves.
describe('committed GraphQL schema', () => {
  const t = suiteTestApp({ SEED_DEMO_DATA: 'false' });

  it('equals the schema the API builds (run `npm run schema:generate` after a model change)', () => {
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    const committed = readFileSync(join(REPO_ROOT, 'apps/api/schema.gql'), 'utf8');
    expect(served).toBe(committed);
  });
});
