import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Modules meet through index.ts barrels (docs/decisions/0007-api-boundaries.md). A cycle of
// value imports through them can leave a class uninitialised when a decorator reads it (an
// ESM ReferenceError that depends on which file happens to be loaded first), so there is none.

const SRC = fileURLToPath(new URL('.', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return files(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Files this one imports or re-exports values from (type-only imports are erased). */
function valueImports(
  file: string,
  text: string,
  exists: (path: string) => boolean = existsSync,
): string[] {
  const found: string[] = [];
  const statements = /^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+'(\.[^']+)'/gm;
  for (const m of text.matchAll(statements)) {
    if (m[1]) continue;
    const names = /^\{([^}]*)\}$/.exec(m[2]!.trim());
    const list = names
      ? names[1]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : [];
    if (list.length > 0 && list.every((n) => n.startsWith('type '))) continue;
    found.push(m[3]!);
  }
  for (const m of text.matchAll(/^import\s+'(\.[^']+)'/gm)) found.push(m[1]!);
  return found
    .map((spec) => normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))))
    .filter((path) => exists(path));
}

/** Strongly connected groups of more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('API import graph', () => {
  it('has no cycle of value imports', () => {
    const graph = new Map<string, string[]>();
    for (const file of files(SRC)) graph.set(file, valueImports(file, readFileSync(file, 'utf8')));
    expect(graph.size).toBeGreaterThan(150);
    expect(cycles(graph).map((group) => group.map((f) => relative(SRC, f)))).toEqual([]);
  });

  it('finds a cycle through a barrel, and ignores type-only imports', () => {
    const a = join(SRC, 'modules/a/a.service.ts');
    const text = new Map([
      [a, "import { B } from '../b/index.js';\nimport type { C } from '../c/index.js';"],
      [join(SRC, 'modules/b/index.ts'), "export { B } from './b.resolver.js';"],
      [join(SRC, 'modules/b/b.resolver.ts'), "import { A, type X } from '../a/a.service.js';"],
      [join(SRC, 'modules/c/index.ts'), "import { type A } from '../a/a.service.js';"],
    ]);
    const graph = new Map<string, string[]>();
    for (const [file, body] of text) {
      graph.set(
        file,
        valueImports(file, body, (path) => text.has(path)),
      );
    }
    expect(cycles(graph).map((g) => g.map((f) => relative(SRC, f)))).toEqual([
      ['modules/a/a.service.ts', 'modules/b/b.resolver.ts', 'modules/b/index.ts'],
    ]);
  });
});
