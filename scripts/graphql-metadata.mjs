// Writes apps/api/src/generated/graphql-metadata.ts: the GraphQL fields that @nestjs/graphql's
// compiler plugin infers from the model, input and args classes (types, nullability, doc
// comments as descriptions). The build (tsc -b) and the tests (SWC) run no TypeScript
// transformers, so the app loads this file at start instead (graphql/graphql.config.ts).
// Committed like schema.gql; CI regenerates it and fails on a difference (decision 0029).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js';
import { ReadonlyVisitor } from '@nestjs/graphql/plugin';
import * as prettier from 'prettier';

const outputDir = 'apps/api/src/generated';
const filename = 'graphql-metadata.ts';
const target = join(outputDir, filename);

// The generator prints into a scratch folder; the file itself is written only when its
// formatted text changed. Rewriting it unchanged made `tsc -b` see a newer input and compile
// the whole API again (decision 0033: 14 s of CPU in CI's generated-code step).
mkdirSync('.data', { recursive: true });
const scratch = mkdtempSync(join('.data', 'graphql-metadata-'));
try {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        // Import paths in the file are relative to where it is committed, not to the scratch folder.
        pathToSource: outputDir,
        // GraphQL classes only: TypeORM *.entity.ts files are not part of the schema.
        typeFileNameSuffix: ['.model.ts', '.input.ts', '.inputs.ts', '.args.ts', '-args.ts'],
      }),
    ],
    outputDir: scratch,
    filename,
    tsconfigPath: 'apps/api/tsconfig.build.json',
    printDiagnostics: false,
  });
  // The printer writes one long expression; keep the committed file in the repository's format.
  const options = { ...(await prettier.resolveConfig(target)), filepath: target };
  const text = await prettier.format(readFileSync(join(scratch, filename), 'utf8'), options);
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
