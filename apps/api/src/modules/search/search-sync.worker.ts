import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SearchEngine } from '@partnerwijzer/search';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import {
  ChangeFeedListener,
  ChangeNotifier,
  type ChangeWatermark,
  readChangesSince,
  wakeOnChanges,
  watermarkOf,
} from '../change-feed/index.js';
import { reindexAll } from './reindex.js';
import { buildDocumentChanges, organisationOfferingIds } from './search-documents.js';
import { SEARCH_ENGINE } from './search-engine.provider.js';
import { backlogSize, readSearchWatermark, writeSearchWatermark } from './search-sync.state.js';

const FEED_BATCH = 1000;
const MAX_BACKOFF_MS = 60_000;
// pg_advisory_lock key for "the search sync is draining" ('PWSY').
const DRAIN_LOCK = 0x50575359;

export interface SearchSyncStatus {
  engine: string;
  backlog: number;
  lastSyncAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

/**
 * Drains the change feed into the search engine, in feed order. The position only moves
 * after the engine confirmed a batch, so a failure loses nothing: the batch is retried
 * with exponential backoff, and writes to PostgreSQL go on meanwhile.
 */
@Injectable()
export class SearchSyncWorker extends BackgroundWorker {
  private readonly logger = new Logger('Zoeken');
  private watermark: ChangeWatermark | null = null;
  private prepared = false;
  private failures = 0;
  private nextAttemptAt = 0;
  private lastError: string | null = null;
  private lastSyncAt: Date | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly notifier: ChangeNotifier,
    private readonly feed: ChangeFeedListener,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.watermark = await readSearchWatermark(this.db);
    // Not awaited: the app serves requests even while the search engine is unreachable.
    void this.tick();
    // A commit here or in another process drains now rather than at the next poll.
    this.untilShutdown(
      wakeOnChanges(
        {
          notifier: this.notifier,
          feed: this.feed,
          intervalMs: this.config.SEARCH_SYNC_INTERVAL_MS,
        },
        () => void this.tick(),
      ),
    );
  }

  async status(): Promise<SearchSyncStatus> {
    return {
      engine: this.engine.name,
      backlog: await backlogSize(this.db, this.watermark),
      lastSyncAt: this.lastSyncAt?.toISOString() ?? null,
      lastError: this.lastError,
      consecutiveFailures: this.failures,
    };
  }

  /** Runs one drain now, ignoring any backoff (tests, and after a reindex). Never throws. */
  drain(): Promise<void> {
    this.nextAttemptAt = 0;
    return this.tick();
  }

  private tick(): Promise<void> {
    if (this.stopped || Date.now() < this.nextAttemptAt) return this.idle();
    return this.serially(() => this.drainOnce());
  }

  private async drainOnce(): Promise<void> {
    if (this.stopped || Date.now() < this.nextAttemptAt) return;
    // On PostgreSQL several replicas share one index: one drains at a time (an advisory lock),
    // starting from the position the previous one stored; the others skip the round.
    let lock: { release(): Promise<void> } | null = null;
    try {
      if (this.config.DATABASE_URL) {
        lock = await this.takeDrainLock();
        if (!lock) return;
        this.watermark = await readSearchWatermark(this.db);
      }
      if (!this.prepared) {
        await this.engine.prepare();
        this.prepared = true;
      }
      if (this.watermark === null) {
        const result = await reindexAll(this.db, this.engine);
        this.watermark = await readSearchWatermark(this.db);
        this.logger.log(`Zoekindex opgebouwd: ${result.indexed} aanbiedingen`);
      }
      for (;;) {
        const events = await readChangesSince(
          this.db,
          this.watermark ?? { txid: '0', id: '0' },
          FEED_BATCH,
        );
        if (events.length === 0) break;
        const offeringIds = events.filter((e) => e.entity === 'OFFERING').map((e) => e.entityId);
        const organisationIds = events
          .filter((e) => e.entity === 'ORGANISATION')
          .map((e) => e.entityId);
        const affected = [
          ...offeringIds,
          ...(await organisationOfferingIds(this.db, organisationIds)),
        ];
        if (affected.length > 0) {
          const changes = await buildDocumentChanges(this.db, affected);
          await this.engine.upsert(changes.upsert);
          await this.engine.remove(changes.remove);
        }
        this.watermark = watermarkOf(events, this.watermark ?? { txid: '0', id: '0' });
        await writeSearchWatermark(this.db, this.watermark);
      }
      this.failures = 0;
      this.lastError = null;
      this.lastSyncAt = new Date();
    } catch (error) {
      this.failures += 1;
      this.lastError = error instanceof Error ? error.message : String(error);
      const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 10));
      this.nextAttemptAt = Date.now() + delay * (0.8 + Math.random() * 0.4);
      this.logger.warn(
        `Zoekindex bijwerken mislukt (poging ${this.failures}), opnieuw over ~${Math.round(delay / 1000)} s: ${this.lastError}`,
      );
    } finally {
      await lock?.release();
    }
  }

  /** A session-level advisory lock on its own connection; null when another process holds it. */
  private async takeDrainLock(): Promise<{ release(): Promise<void> } | null> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS ok`, [DRAIN_LOCK])) as {
        ok: boolean;
      }[];
      if (!row?.ok) {
        await runner.release();
        return null;
      }
    } catch (error) {
      await runner.release();
      throw error;
    }
    return {
      release: async () => {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [DRAIN_LOCK]).catch(() => undefined);
        await runner.release();
      },
    };
  }
}
