/**
 * Where the process is in its life, for `/health/ready`: only `ready` takes traffic. One
 * instance per process, created before the database is opened so that even the migration
 * phase can be reported (see boot-server.ts).
 */
export type Phase = 'starting' | 'migrating' | 'warming' | 'ready' | 'stopping';

export class Readiness {
  private current: Phase = 'starting';

  get phase(): Phase {
    return this.current;
  }

  /** Moves on; once stopping, the process never becomes ready again. */
  set(phase: Phase): void {
    if (this.current === 'stopping') return;
    this.current = phase;
  }

  get isReady(): boolean {
    return this.current === 'ready';
  }

  get isStopping(): boolean {
    return this.current === 'stopping';
  }
}

/** The public body of a not-ready answer: a phase name and a fixed text, never error details. */
export const NOT_READY_TEXT: Record<Exclude<Phase, 'ready'> | 'database_unavailable', string> = {
  starting: 'wordt gestart (starting)',
  migrating: 'database wordt bijgewerkt (migrating)',
  warming: 'caches worden gevuld (warming up)',
  stopping: 'wordt afgesloten (shutting down)',
  database_unavailable: 'database onbereikbaar (database unavailable)',
};
