import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { print, stripIgnoredCharacters, type DocumentNode } from 'graphql';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';

// In development the API runs separately on :3000; in production it serves this build itself.
const API_ORIGIN = 'http://localhost:3000';

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip -9) next to every text file of the
 * build, once, so the API sends compressed bytes without compressing per request (decision
 * 0015: a dozen lines on node:zlib instead of a plugin dependency). Files that would not shrink
 * are left alone (small ones too are compressed: the bundler's runtime chunk is 0.7 KB).
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  let outDir = '';
  return {
    name: 'partnerwijzer-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|mjs|css|html|svg|json|txt|webmanifest)$/.test(file)) continue;
        const raw = readFileSync(file);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

const GENERATED = fileURLToPath(new URL('./src/generated/graphql.ts', import.meta.url));

/**
 * Replaces each `graphql(`…`)` call with the document codegen already wrote for it
 * (`NameDocument`, `NameFragmentDoc` in src/generated/graphql.ts), as the client preset's
 * Babel plugin does, but inlined as a literal rather than imported: the `graphql()` lookup
 * table of generated/gql.ts holds every document of every page, and an import of
 * generated/graphql.ts made that one module (all 88 documents) a chunk the entry loads up
 * front. Inlined, each page's documents go with its own chunk (decision 0015 and its
 * addendum). Tests and codegen keep using `graphql()` from the source.
 */
function inlineGraphqlDocuments({ textOnly = false } = {}): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let documents = new Map<string, string>();
  return {
    name: 'partnerwijzer-graphql-documents',
    apply: 'build',
    buildStart() {
      // One line per document: `export const NameDocument = {…} as unknown as DocumentNode<…>;`
      const line = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as /gm;
      // Operations also carry their printed text (`__text`), which the landing page's light
      // client sends as is (src/app/graphql), so it needs no GraphQL printer.
      documents = new Map(
        [...readFileSync(GENERATED, 'utf8').matchAll(line)].map((m) => {
          const document = JSON.parse(m[2]!) as DocumentNode & { __text?: string };
          // Without the printer's indentation and line breaks (the server reads it the same).
          if (m[1]!.endsWith('Document')) document.__text = stripIgnoredCharacters(print(document));
          if (!textOnly) return [m[1]!, JSON.stringify(document)];
          // The early script sends the text and names the operation: no AST (a tenth the size).
          const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
          const definitions = operation?.name
            ? [{ kind: operation.kind, name: { value: operation.name.value } }]
            : [];
          return [m[1]!, JSON.stringify({ definitions, __text: document.__text })];
        }),
      );
      this.addWatchFile(GENERATED);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/generated/')) return null;
      if (!code.includes('graphql(`')) return null;
      let changed = false;
      const out = code.replace(call, (whole, body: string) => {
        const match = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        if (!match) return whole;
        const name = `${match[2]}${match[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const document = documents.get(name);
        if (!document)
          this.error(`${name} is not in src/generated/graphql.ts: run npm run codegen`);
        changed = true;
        return `(${document})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

// The domain's client entry (code parsing, reason catalogue) is bundled from its TypeScript
// source, so the web build does not depend on libs/domain having been compiled first.
const ALIAS = {
  '@partnerwijzer/domain/client': fileURLToPath(
    new URL('../../libs/domain/src/client.ts', import.meta.url),
  ),
};

/**
 * The early script (src/early.ts): built on its own as a classic script (IIFE, with the
 * documents inlined like the app's), written as `assets/early-<hash>.js` (immutable like every
 * asset) and loaded by index.html's head before the module bundle, blocking but tiny, so a
 * shared finder link's queries leave before the bundle is parsed. A file of our origin, not an
 * inline script: the CSP (script-src 'self') stays as it is.
 */
function earlyScript(): Plugin {
  let fileName = '';
  return {
    name: 'partnerwijzer-early-script',
    apply: 'build',
    async buildStart() {
      const built = await build({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'warn',
        publicDir: false,
        resolve: { alias: ALIAS },
        plugins: [inlineGraphqlDocuments({ textOnly: true })],
        build: {
          write: false,
          copyPublicDir: false,
          // What it imports are pure helpers: the module-level tables of the domain's client
          // entry and the finder's state (reason catalogue, funding routes) stay out.
          rolldownOptions: {
            treeshake: { moduleSideEffects: (id: string) => id.endsWith('/src/early.ts') },
          },
          lib: {
            entry: fileURLToPath(new URL('./src/early.ts', import.meta.url)),
            formats: ['iife'],
            name: 'partnerwijzerEarly',
          },
        },
      });
      const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
      const chunk = outputs[0]?.output[0];
      if (!chunk || chunk.type !== 'chunk') this.error('the early script was not built');
      const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
      fileName = `assets/early-${hash.replace(/[-_]/g, 'x')}.js`;
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = '<meta charset="UTF-8" />';
        if (!fileName || !html.includes(charset)) throw new Error('index.html: no early script');
        return html.replace(charset, `${charset}\n    <script src="/${fileName}"></script>`);
      },
    },
  };
}

// Small modules the entry shares with lazily loaded pages, in one chunk instead of a dozen
// (each a request and a gzip stream of its own). Not the texts only lazy pages read
// (app/i18n/page-messages.ts): those stay with them.
const SHELL =
  /[\\/]apps[\\/]web[\\/]src[\\/](app[\\/](i18n[\\/](nl|use-t|i18n-context|page-messages)|graphql|apollo[\\/](csrf-token|rate-limited|apollo-store-reset)|routing|hooks)|shared[\\/](session|app-info|intervention-types|needs-profile)|generated)|node_modules[\\/]react[\\/]|libs[\\/]domain[\\/]|\.messages\.ts$/;
const PAGE_TEXTS =
  /[\\/]modules[\\/](municipality|map|admin|contact-link|school-account|school)[\\/]/;
const inShell = (id: string) => SHELL.test(id) && !PAGE_TEXTS.test(id);
// Small shared components and helpers only lazily loaded pages use, in one chunk: each chunk of its own
// would add its name to the entry's preload list (the entry is at its budget).
const LAZY_KIT =
  /[\\/]apps[\\/]web[\\/]src[\\/]shared[\\/](table[\\/]|downloads[\\/]|pickers[\\/]use-combobox)/;

export default defineConfig({
  plugins: [react(), inlineGraphqlDocuments(), earlyScript(), precompress()],
  resolve: { alias: ALIAS },
  // Pages are loaded lazily (app/App.tsx) and Leaflet with the map components; the entry holds
  // React, Apollo, the shell and the finder's form.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'shell', test: inShell },
            { name: 'kit', test: LAZY_KIT },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': API_ORIGIN,
      '/health': API_ORIGIN,
      '/hsds': API_ORIGIN,
      '/downloads': API_ORIGIN,
    },
  },
});
