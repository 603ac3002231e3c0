import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Writes an import report to `path`; when that is not writable (a read-only data folder), to
 * the temporary directory under the same name instead. Returns where it went.
 */
export async function writeReportFile(path: string, csv: string): Promise<string> {
  try {
    await writeFile(path, csv); // UTF-8, Node's default for text
    return path;
  } catch {
    const fallback = join(tmpdir(), basename(path));
    await writeFile(fallback, csv);
    return fallback;
  }
}
