import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../apps/api/src/create-app.js';

// The shared data (open data, published standards) is never copied into the project: it lives
// in ../shared beside the repository, or where PARTNERWIJZER_SHARED_DIR points (a git worktree
// has no ../shared beside it).

export const SHARED_DIR = process.env.PARTNERWIJZER_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');

/** A suite's `describe`, or its loud skip. */
export type SuiteDescribe = (name: string, fn: () => void) => void;

/**
 * `describe` when every file is there; otherwise `describe.skip` with the reason and the missing
 * files in the suite's name: Jest shows no console output of a file whose tests were all
 * skipped, but the summary reporter names every skipped test (a silent skip reads as a pass).
 */
export function describeWithFiles(what: string, files: readonly string[]): SuiteDescribe {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length === 0) return describe;
  const reason = `${what} absent: ${missing.join(', ')}; PARTNERWIJZER_SHARED_DIR names the shared folder`;
  return (name, fn) => describe.skip(`${name} (OVERGESLAGEN / SKIPPED: ${reason})`, fn);
}
