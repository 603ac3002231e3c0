import { Inject, Injectable } from '@nestjs/common';
import { DATABASE_HANDLE } from '../../database/database.module.js';
import type { DatabaseHandle } from '../../database/data-source.factory.js';
import { type MailDeliveryStatus, MailDeliveryWorker } from '../mail/index.js';
import { MatchingIndexService } from '../matching/index.js';
import { type SearchSyncStatus, SearchSyncWorker } from '../search/index.js';

export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; driver: string; latencyMs: number | null; error?: string };
  matching: { offerings: number; lastSyncAt: string | null };
  search: SearchSyncStatus | { error: string };
  mail: MailDeliveryStatus | { error: string };
  uptimeSeconds: number;
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(DATABASE_HANDLE) private readonly db: DatabaseHandle,
    private readonly matching: MatchingIndexService,
    private readonly search: SearchSyncWorker,
    private readonly mail: MailDeliveryWorker,
  ) {}

  private async mailStatus(): Promise<HealthReport['mail']> {
    try {
      return await withTimeout(this.mail.status(), 3000);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async searchStatus(): Promise<HealthReport['search']> {
    try {
      return await withTimeout(this.search.status(), 3000);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  private matchingStatus(): HealthReport['matching'] {
    const status = this.matching.status();
    return { offerings: status.offerings, lastSyncAt: status.lastSyncAt?.toISOString() ?? null };
  }

  async check(): Promise<HealthReport> {
    const started = performance.now();
    try {
      await withTimeout(this.db.dataSource.query('SELECT 1'), 3000);
      return {
        status: 'ok',
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
      return {
        status: 'error',
        database: {
          status: 'down',
          driver: this.db.driver,
          latencyMs: null,
          error: error instanceof Error ? error.message : String(error),
        },
        matching: this.matchingStatus(),
        search: { error: 'database onbereikbaar (database down)' },
        mail: { error: 'database onbereikbaar (database down)' },
        uptimeSeconds: Math.round(process.uptime()),
      };
    }
  }
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
