// Writes apps/api/src/generated/graphql-metadata.ts: the GraphQL fields that @nestjs/graphql's
// compiler plugin infers from the model, input and args classes (types, nullability, doc
// comments as descriptions). The build (tsc -b) and the tests (SWC) run no TypeScript
// transformers, so the app loads this file at start instead (graphql/graphql.config.ts).
// Committed like schema.gql; CI regenerates it and fails on a difference (decision 0029).
import { execFileSync } from 'node:child_process';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js';
import { ReadonlyVisitor } from '@nestjs/graphql/plugin';

const outputDir = 'apps/api/src/generated';
const filename = 'graphql-metadata.ts';

new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({
      introspectComments: true,
      pathToSource: outputDir,
      // GraphQL classes only: TypeORM *.entity.ts files are not part of the schema.
      typeFileNameSuffix: ['.model.ts', '.input.ts', '.inputs.ts', '.args.ts', '-args.ts'],
    }),
  ],
  outputDir,
  filename,
  tsconfigPath: 'apps/api/tsconfig.build.json',
  printDiagnostics: false,
});

// The printer writes one long expression; keep the committed file in the repository's format.
execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', `${outputDir}/${filename}`], {
  stdio: 'inherit',
});
