import { Inject, Injectable, Logger } from '@nestjs/common';
import pg from 'pg';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

export const CHANGE_FEED_CHANNEL = 'pw_change_feed';
const RECONNECT_MS = 1000;
// A committed change can stay unreadable for a moment: readers only take events older than
// every transaction still running (change-feed.ts). So after a notification they are woken
// again a little later, in case an older transaction was still open the first time.
const WAKE_AGAIN_MS = [100, 400];

/**
 * Wakes the feed readers (matching index, search sync) when another process commits changes:
 * one dedicated PostgreSQL connection LISTENs on the channel a trigger on change_event NOTIFYs.
 * Only on PostgreSQL — PGlite has one process, which hears its own writes in-process. When the
 * connection drops the readers still poll; on reconnect they are woken once to catch up.
 */
@Injectable()
export class ChangeFeedListener extends BackgroundWorker {
  private readonly logger = new Logger('ChangeFeed');
  private readonly readers = new Set<() => void>();
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | undefined;
  private echoes: NodeJS.Timeout[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  /** Calls `wake` after each commit elsewhere that recorded changes; returns an unsubscribe. */
  subscribe(wake: () => void): () => void {
    this.readers.add(wake);
    return () => this.readers.delete(wake);
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.DATABASE_URL) await this.connect();
  }

  override async beforeApplicationShutdown(): Promise<void> {
    await super.beforeApplicationShutdown();
    clearTimeout(this.retry);
    for (const t of this.echoes) clearTimeout(t);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private notified(): void {
    this.wakeAll();
    for (const t of this.echoes) clearTimeout(t);
    this.echoes = WAKE_AGAIN_MS.map((ms) => {
      const timer = setTimeout(() => this.wakeAll(), ms);
      timer.unref();
      return timer;
    });
  }

  private wakeAll(): void {
    for (const wake of this.readers) wake();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      connectionTimeoutMillis: this.config.DB_CONNECT_TIMEOUT_MS,
      application_name: 'partnerwijzer-feed-listener',
    });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      if (this.stopped) return;
      this.logger.warn(`Luisteren naar wijzigingen onderbroken (${reason}); opnieuw over 1 s`);
      void client.end().catch(() => undefined);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
      this.retry.unref();
    };
    client.on('notification', () => this.notified());
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('verbinding gesloten'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_FEED_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Whatever was committed while we were not listening is read now, not at the next poll.
    this.wakeAll();
  }
}
