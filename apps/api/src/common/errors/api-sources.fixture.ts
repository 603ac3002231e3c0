import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// For the source scans of this folder's specs (problem codes, bilingual messages): the
// repository root and the API's and the domain's source files, specs and generated code left out.

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../..');
export const SCANNED = ['apps/api/src', 'libs/domain/src'];

/** The .ts files under `dir` (relative to ROOT), specs and `generated` folders left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) return d.name === 'generated' ? [] : sourceFiles(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts') ? [path] : [];
  });
}
