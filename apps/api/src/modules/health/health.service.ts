import { Inject, Injectable, Logger } from '@nestjs/common';
import { NOT_READY_TEXT, Readiness } from '../../common/lifecycle/readiness.js';
import { DATABASE_HANDLE } from '../../database/database.module.js';
import type { DatabaseHandle } from '../../database/data-source.factory.js';
import { type MailDeliveryStatus, MailDeliveryWorker } from '../mail/index.js';
import { MatchingIndexService } from '../matching/index.js';
import { type SearchSyncStatus, SearchSyncWorker } from '../search/index.js';

export type ReadyAnswer =
  { status: 'ready' } | { status: keyof typeof NOT_READY_TEXT; message: string };

const DATABASE_DOWN = NOT_READY_TEXT.database_unavailable;

/** What the public /health body says about a failing worker: no text from the error itself. */
export const FAILING_TEXT =
  'laatste poging mislukt; details in de serverlog of op de beheerpagina (last attempt failed; details in the server log or on the admin page)';

/** A worker status for the public body: its own error text (host names, driver and SMTP
 * replies, recipients) stays in the log and in the admin-only `mailStatus`. */
function publicStatus<T extends { lastError: string | null }>(status: T): T {
  return { ...status, lastError: status.lastError === null ? null : FAILING_TEXT };
}

export interface HealthReport {
  status: 'ok' | 'error';
  /** Where the process is: starting, migrating, warming, ready or stopping. */
  phase: string;
  database: { status: 'up' | 'down'; driver: string; latencyMs: number | null; error?: string };
  matching: { offerings: number; lastSyncAt: string | null };
  search: SearchSyncStatus | { error: string };
  mail: MailDeliveryStatus | { error: string };
  uptimeSeconds: number;
}

@Injectable()
export class HealthService {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly lifecycle: Readiness,
    @Inject(DATABASE_HANDLE) private readonly db: DatabaseHandle,
    private readonly matching: MatchingIndexService,
    private readonly search: SearchSyncWorker,
    private readonly mail: MailDeliveryWorker,
  ) {}

  private async mailStatus(): Promise<HealthReport['mail']> {
    try {
      const status = publicStatus(await withTimeout(this.mail.status(), 3000));
      // Which server mail goes to (user name and host) is for the admin page, not the public.
      return { ...status, description: status.transport === 'SMTP' ? 'SMTP' : status.description };
    } catch (error) {
      this.logger.warn(`Status niet op te vragen: ${messageOf(error)}`);
      return { error: 'status niet beschikbaar (status unavailable)' };
    }
  }

  private async searchStatus(): Promise<HealthReport['search']> {
    try {
      return publicStatus(await withTimeout(this.search.status(), 3000));
    } catch (error) {
      this.logger.warn(`Status niet op te vragen: ${messageOf(error)}`);
      return { error: 'status niet beschikbaar (status unavailable)' };
    }
  }

  private matchingStatus(): HealthReport['matching'] {
    const status = this.matching.status();
    return { offerings: status.offerings, lastSyncAt: status.lastSyncAt?.toISOString() ?? null };
  }

  async readiness(): Promise<ReadyAnswer> {
    const phase = this.lifecycle.phase;
    // While the caches fill, the database is already in use: an outage then is the answer
    // an operator needs, not "warming" (which could last as long as the outage).
    if (phase !== 'ready' && phase !== 'warming') {
      return { status: phase, message: NOT_READY_TEXT[phase] };
    }
    try {
      await withTimeout(this.db.dataSource.query('SELECT 1'), 3000);
    } catch (error) {
      this.logger.warn(`Database antwoordt niet: ${messageOf(error)}`);
      return { status: 'database_unavailable', message: DATABASE_DOWN };
    }
    // Shutdown may have begun, or the warm-up ended, while the database answered.
    const now = this.lifecycle.phase;
    if (now !== 'ready') return { status: now, message: NOT_READY_TEXT[now] };
    return { status: 'ready' };
  }

  async check(): Promise<HealthReport> {
    const started = performance.now();
    try {
      await withTimeout(this.db.dataSource.query('SELECT 1'), 3000);
      return {
        status: 'ok',
        phase: this.lifecycle.phase,
        database: {
          status: 'up',
          driver: this.db.driver,
          latencyMs: round(performance.now() - started),
        },
        matching: this.matchingStatus(),
        search: await this.searchStatus(),
        mail: await this.mailStatus(),
        uptimeSeconds: Math.round(process.uptime()),
      };
    } catch (error) {
      // The detail (host names, driver text) is for the operator's log, not the public body.
      this.logger.warn(`Database antwoordt niet: ${messageOf(error)}`);
      return {
        status: 'error',
        phase: this.lifecycle.phase,
        database: {
          status: 'down',
          driver: this.db.driver,
          latencyMs: null,
          error: DATABASE_DOWN,
        },
        matching: this.matchingStatus(),
        search: { error: 'database onbereikbaar (database down)' },
        mail: { error: 'database onbereikbaar (database down)' },
        uptimeSeconds: Math.round(process.uptime()),
      };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`geen antwoord binnen ${ms} ms (timeout)`)),
      ms,
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
