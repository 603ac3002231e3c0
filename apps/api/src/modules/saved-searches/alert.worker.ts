import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertIndex, type MatchableOffering } from '@partnerwijzer/domain';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { tableVersionKey } from '../../database/table-version.js';
import {
  ChangeFeedListener,
  ChangeNotifier,
  readChangesSince,
  safeStartWatermark,
  wakeOnChanges,
  watermarkOf,
  type ChangeEvent,
} from '../change-feed/index.js';
import { MatchingIndexService } from '../matching/index.js';
import { loadMatchableOfferings } from '../organisations/index.js';
import { alertSearchesOf, searchIdsMatching } from './alert-searches.js';
import {
  activeSavedSearches,
  advanceAlertCursor,
  deleteHits,
  hitsOfOfferings,
  initAlertCursor,
  insertHits,
  readAlertCursor,
  type HitKey,
} from './repository.js';

/** Change events read per round. */
const BATCH = 2000;

/**
 * Records which saved searches an offering starts to match (docs/decisions/0021). Reads the
 * change feed from its own cursor (shared by the replicas: the round that moves it first
 * wins, the other's writes are rolled back); per changed offering — and the offerings of a
 * changed organisation — the AlertIndex picks the candidate searches by need, place and grid
 * cell and the finder's rules decide. Then a search that now matches and has no hit gets one
 * (new, extended area, reactivated: not yet mailed), and a hit whose offering no longer
 * matches is deleted, so a later return is news again. No search is run as a whole.
 */
@Injectable()
export class AlertWorker extends BackgroundWorker {
  private readonly logger = new Logger('Alerts');
  private cached: { key: string; index: AlertIndex; searches: Set<string> } | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly notifier: ChangeNotifier,
    private readonly feed: ChangeFeedListener,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // The first start reads from now on: changes before any search existed alert nobody.
    if (!(await readAlertCursor(this.db))) {
      await initAlertCursor(this.db, await safeStartWatermark(this.db));
    }
    this.untilShutdown(
      wakeOnChanges(
        {
          notifier: this.notifier,
          feed: this.feed,
          intervalMs: this.config.MATCH_SYNC_INTERVAL_MS,
        },
        () => void this.sync(),
      ),
    );
  }

  /** Reads the feed up to now (serialised with any round in progress); the digest job and
   * tests call it too. */
  sync(): Promise<void> {
    return this.serially(async () => {
      if (this.stopped) return;
      try {
        while (await this.round());
      } catch (error) {
        // The next call starts again from the same cursor; nothing is skipped.
        this.logger.warn(
          `Berichten bijwerken mislukt: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
  }

  /** One batch of change events; true when there may be more. */
  private async round(): Promise<boolean> {
    const from = await readAlertCursor(this.db);
    if (!from) return false;
    const events = await readChangesSince(this.db, from, BATCH);
    if (events.length === 0) return false;
    const offerings = await this.changedOfferings(events);
    const { index, searches } = await this.searchIndex();
    const want = new Map<string, HitKey>();
    for (const offering of offerings.found) {
      for (const savedSearchId of searchIdsMatching(index, offering)) {
        want.set(`${savedSearchId}|${offering.id}`, { savedSearchId, offeringId: offering.id });
      }
    }
    const had = await hitsOfOfferings(this.db, offerings.ids);
    const present = new Set(had.map((h) => `${h.savedSearchId}|${h.offeringId}`));
    const added = [...want.entries()].filter(([k]) => !present.has(k)).map(([, h]) => h);
    // Only searches in the index are judged; a search whose school closed keeps its hits.
    const gone = had.filter(
      (h) => searches.has(h.savedSearchId) && !want.has(`${h.savedSearchId}|${h.offeringId}`),
    );
    const to = watermarkOf(events, from);
    const moved = await this.db.transaction(async (tx) => {
      if (!(await advanceAlertCursor(tx, from, to))) return false;
      await insertHits(tx, added);
      await deleteHits(tx, gone);
      return true;
    });
    if (moved && (added.length > 0 || gone.length > 0)) {
      this.logger.log(`${added.length} nieuwe treffers, ${gone.length} vervallen`);
    }
    return moved && events.length === BATCH;
  }

  private async changedOfferings(
    events: readonly ChangeEvent[],
  ): Promise<{ ids: string[]; found: MatchableOffering[] }> {
    const offeringIds = new Set<string>();
    const organisationIds = new Set<string>();
    for (const e of events) {
      if (e.entity === 'OFFERING') offeringIds.add(e.entityId);
      else if (e.entity === 'ORGANISATION') organisationIds.add(e.entityId);
    }
    const found = new Map<string, MatchableOffering>();
    if (offeringIds.size > 0) {
      for (const o of await loadMatchableOfferings(this.db, { offeringIds: [...offeringIds] }))
        found.set(o.id, o);
    }
    if (organisationIds.size > 0) {
      const ofOrganisations = await loadMatchableOfferings(this.db, {
        organisationIds: [...organisationIds],
      });
      for (const o of ofOrganisations) found.set(o.id, o);
    }
    // An id without a row (archived, deleted) matches nothing: its hits go.
    return { ids: [...new Set([...offeringIds, ...found.keys()])], found: [...found.values()] };
  }

  /** The index of every subscribed search, built again only when saved_search (or the number
   * of active schools) changed. */
  private async searchIndex(): Promise<{ index: AlertIndex; searches: Set<string> }> {
    let schools = 0;
    for (const _ of this.matching.activeSchools()) schools++;
    const key = `${await tableVersionKey(this.db, ['saved_search'])} s${schools}`;
    if (this.cached?.key === key) return this.cached;
    const rows = await activeSavedSearches(this.db);
    const index = new AlertIndex(alertSearchesOf(rows, this.matching));
    this.cached = { key, index, searches: new Set(rows.map((r) => r.id)) };
    return this.cached;
  }
}
