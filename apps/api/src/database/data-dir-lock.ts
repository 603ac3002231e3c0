import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

// PGlite is PostgreSQL in this process, without a postmaster: nothing stops a second process
// from opening the same data folder, and two writers lose each other's commits. A lock file
// beside the folder names its holder; a second server or CLI is refused with that name.

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
  host: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockHolder,
  ) {
    const who = `pid ${holder.pid} (${holder.command}) op ${holder.host}, sinds ${holder.since}`;
    super(
      `De PGlite-map ${dataDir} is in gebruik door een ander proces: ${who}. ` +
        'Stop dat proces eerst (bijv. de API), of gebruik PostgreSQL (DATABASE_URL) om met meer processen tegelijk te werken.\n' +
        `(The PGlite data folder ${dataDir} is in use by another process: pid ${holder.pid} (${holder.command}) on ${holder.host}, since ${holder.since}. ` +
        'Stop it first (e.g. the API), or use PostgreSQL for more than one process.)',
    );
    this.name = 'DataDirLockedError';
  }
}

/** `<data folder>.lock`: beside the folder, so copying the folder never copies a lock. */
export function lockPathOf(dataDir: string): string {
  return `${resolve(dataDir).replace(/\/+$/, '')}.lock`;
}

/** Takes the folder's lock or throws DataDirLockedError; a lock of a dead process is taken over. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = lockPathOf(dataDir);
  const mine: LockHolder = {
    pid: process.pid,
    command: commandLine(),
    since: new Date().toISOString(),
    host: hostname(),
  };
  // On a fresh checkout the folder's parent (./.data) does not exist yet.
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, mine)) return held(path, mine);
    const holder = readHolder(path);
    if (holder === undefined) continue; // removed meanwhile (or half-written): try again
    if (isAlive(holder)) throw new DataDirLockedError(resolve(dataDir), holder);
    takeOverStale(path, holder);
  }
  const holder = readHolder(path);
  throw new DataDirLockedError(
    resolve(dataDir),
    holder ?? { pid: 0, command: 'onbekend (unknown)', since: '?', host: hostname() },
  );
}

function tryCreate(path: string, mine: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(mine)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function held(path: string, mine: LockHolder): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: never remove one a later holder wrote.
    const current = readHolder(path);
    if (current?.pid === mine.pid && current.since === mine.since) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  };
  // process.exit() without closing the database still frees the folder; SIGKILL leaves a
  // stale lock, which the next opener takes over.
  process.on('exit', release);
  return { path, release };
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return undefined;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? '?'),
      since: String(parsed.since ?? '?'),
      host: String(parsed.host ?? '?'),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder still runs. On another host we cannot tell, so it counts as alive. A
 * pid that now belongs to a process other than node (pid reuse after a crash) counts as dead.
 */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const cmdline = `/proc/${holder.pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/**
 * Moves the stale lock aside (rename is atomic, so of two processes doing this at once only
 * one gets it) and checks it moved the lock it judged; if a live holder's lock was moved
 * instead, it is put back.
 */
function takeOverStale(path: string, stale: LockHolder): void {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process holds the path now; the loop reads it again
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone already
  }
}

function commandLine(): string {
  const script = process.argv[1] ?? '';
  const rest = process.argv.slice(2).join(' ');
  return `${process.argv0} ${script}${rest ? ` ${rest}` : ''}`.slice(0, 300);
}
