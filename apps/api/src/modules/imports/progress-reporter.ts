import type { ImportProgress } from './import-types.js';

// A small progress display on stderr: a redrawn bar on a terminal, otherwise a plain line
// now and then (logs, CI, a parent process reading the output).

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  finish(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const BAR_WIDTH = 30;

export function createProgressReporter(
  label: string,
  stream: ProgressStream = process.stderr,
  intervalMs = 1000,
  now: () => number = () => performance.now(),
): ProgressReporter {
  const started = now();
  let lastLine = -Infinity;
  let drawn = false;

  const eta = (done: number, total: number): string => {
    const elapsed = (now() - started) / 1000;
    if (done === 0 || done >= total) return `${elapsed.toFixed(1)} s`;
    return `nog ~${Math.ceil((elapsed / done) * (total - done))} s`;
  };

  return {
    update({ done, total }) {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (stream.isTTY) {
        const filled = Math.round((pct / 100) * BAR_WIDTH);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
        stream.write(
          `\r${label} ${bar} ${String(pct).padStart(3)}% ${done}/${total} ${eta(done, total)}\x1b[K`,
        );
        drawn = true;
        return;
      }
      const t = now();
      if (t - lastLine >= intervalMs || done >= total) {
        lastLine = t;
        stream.write(`${label}: ${done}/${total} (${pct}%)\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
