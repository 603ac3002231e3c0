// Sizes of a built web client: what index.html makes the browser load before anything can
// render (the entry script, its modulepreloads and everything they import statically, plus
// the stylesheets), and the chunks that load later through import().
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  distDir: string;
  initialJs: FileSize[];
  initialCss: FileSize[];
  lazyJs: FileSize[];
  totals: {
    initialJsBytes: number;
    initialJsGzipBytes: number;
    initialCssGzipBytes: number;
    lazyJsGzipBytes: number;
  };
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
export { kb };

function sizeOf(distDir: string, file: string): FileSize {
  const content = readFileSync(join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** Paths (relative to distDir, no leading slash) that index.html loads up front. */
function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1]?.replace(/^\//, '');
  const scripts: string[] = [];
  const styles: string[] = [];
  // Module scripts and classic ones (the early script of decision 0015's addendum) alike.
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(tag, 'href');
    if (!href) continue;
    if (/rel="modulepreload"/.test(tag)) scripts.push(href);
    if (/rel="stylesheet"/.test(tag)) styles.push(href);
  }
  return { scripts, styles };
}

// Static imports in minified ES modules: `import{a as b}from"./x.js"` or `import"./x.js"`.
// Dynamic ones are `import("./x.js")` and do not match (no parenthesis allowed before the path).
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

export function analyseBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const { scripts, styles } = entryFiles(html);
  const initial = new Set<string>();
  const queue = [...scripts];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      queue.push(join(dir, spec!).replace(/\\/g, '/'));
    }
  }
  const allJs = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const initialJs = [...initial].map((f) => sizeOf(distDir, f));
  const lazyJs = allJs.filter((f) => !initial.has(f)).map((f) => sizeOf(distDir, f));
  const initialCss = styles.map((f) => sizeOf(distDir, f));
  const sum = (xs: FileSize[], key: 'bytes' | 'gzipBytes') => xs.reduce((s, x) => s + x[key], 0);
  return {
    distDir,
    initialJs,
    initialCss,
    lazyJs: lazyJs.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totals: {
      initialJsBytes: sum(initialJs, 'bytes'),
      initialJsGzipBytes: sum(initialJs, 'gzipBytes'),
      initialCssGzipBytes: sum(initialCss, 'gzipBytes'),
      lazyJsGzipBytes: sum(lazyJs, 'gzipBytes'),
    },
  };
}
