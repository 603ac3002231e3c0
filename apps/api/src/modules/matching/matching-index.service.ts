import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  MatchEngine,
  type CoverageKind,
  type GeoPoint,
  type MatchableOffering,
  type MatchResult,
  type PlaceNames,
} from '@partnerwijzer/domain';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import {
  type ChangeEvent,
  ChangeFeedListener,
  ChangeNotifier,
  type ChangeWatermark,
  type LocalChange,
  readChangesSince,
  safeStartWatermark,
  wakeOnChanges,
  watermarkOf,
} from '../change-feed/index.js';
import { loadMatchableOfferings, ReadModelCache } from '../organisations/index.js';
import { RegionsService } from '../regions/index.js';
import { ActiveSchoolsCache, type SchoolModel } from '../schools/index.js';

/** Schools per slice when remembering their spatial areas (~30 ms at national scale). */
const REMEMBER_SLICE = 250;

/**
 * Keeps the in-memory MatchEngine (coverage index + offerings) in step with PostgreSQL:
 * built at start; changes made by this process are applied right after their commit;
 * changes made by other processes arrive through the change feed, polled every
 * MATCH_SYNC_INTERVAL_MS.
 */
@Injectable()
export class MatchingIndexService extends BackgroundWorker {
  private readonly logger = new Logger('Matching');
  readonly engine = new MatchEngine();
  private watermark: ChangeWatermark = { txid: '0', id: '0' };
  private lastSyncAt: Date | null = null;
  private readonly offeringsByOrganisation = new Map<string, Set<string>>();
  private readonly organisationOf = new Map<string, string>();
  private remembering: Promise<void> | undefined;
  // Bumped by every change applied to the engine or the schools: a key for derived caches.
  private changes = 0;

  constructor(
    private readonly db: DataSource,
    private readonly notifier: ChangeNotifier,
    private readonly feed: ChangeFeedListener,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readModels: ReadModelCache,
    private readonly schools: ActiveSchoolsCache,
    private readonly regions: RegionsService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    // Take the watermark before loading, so nothing committed meanwhile is missed.
    this.watermark = await safeStartWatermark(this.db);
    await this.reloadPlaceNames();
    await this.schools.reload(null);
    for (const offering of await loadMatchableOfferings(this.db, { all: true })) this.put(offering);
    this.changes++;
    this.logger.log(
      `Index gebouwd: ${this.engine.size} aanbiedingen in ${Math.round(performance.now() - started)} ms`,
    );
    this.rememberSchoolAreas();
    // A local commit is applied as it is; another process's is read from the feed at once
    // rather than at the next poll.
    this.untilShutdown(
      wakeOnChanges(
        {
          notifier: this.notifier,
          feed: this.feed,
          intervalMs: this.config.MATCH_SYNC_INTERVAL_MS,
        },
        () => void this.syncFromFeed(),
        (change) => this.applyLocal(change),
      ),
    );
  }

  status(): { offerings: number; lastSyncAt: Date | null; watermark: ChangeWatermark } {
    return { offerings: this.engine.size, lastSyncAt: this.lastSyncAt, watermark: this.watermark };
  }

  /** Changes applied so far; anything derived from the engine and schools is valid until it moves. */
  get generation(): number {
    return this.changes;
  }

  /** Every active school, from memory. */
  activeSchools(): IterableIterator<SchoolModel> {
    return this.schools.values();
  }

  /** An active school from memory (kept current from the change feed), or undefined. */
  school(vestigingscode: string): SchoolModel | undefined {
    return this.schools.get(vestigingscode);
  }

  /** Offerings reaching this place through a regional or spatial area (not national). */
  coveringAreas(place: {
    point: GeoPoint;
    municipalityCode: string;
    provinceCode: string;
  }): Map<string, CoverageKind> {
    return this.engine.coveringAreas(place);
  }

  /** Match results (reasons, distance) for these offerings at this place, whatever the needs. */
  resultsFor(
    offeringIds: readonly string[],
    place: { point: GeoPoint; municipalityCode: string; provinceCode: string },
  ): Map<string, MatchResult> {
    return this.engine.resultsFor(offeringIds, { ...place, needs: [] });
  }

  /** Reads the feed once (serialised with any run in progress); used by the timer and tests. */
  syncFromFeed(): Promise<void> {
    return this.serially(async () => {
      try {
        for (;;) {
          const events = await readChangesSince(this.db, this.watermark);
          if (events.length === 0) break;
          await this.apply(events);
          this.watermark = watermarkOf(events, this.watermark);
        }
        this.lastSyncAt = new Date();
      } catch (error) {
        // The next tick retries from the same watermark; nothing is skipped.
        this.logger.warn(
          `Synchronisatie mislukt: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
  }

  private async applyLocal(change: LocalChange): Promise<void> {
    await this.apply(
      change.ids.map((id) => ({
        id: '0',
        txid: '0',
        entity: change.entity,
        entityId: id,
        op: 'UPSERT',
      })),
    );
  }

  // Bumped before and after: a cache filled while a change is half applied is never reused.
  private async apply(events: readonly ChangeEvent[]): Promise<void> {
    this.changes++;
    // The shared offering/organisation cache follows the same feed, before anything awaits.
    for (const e of events) this.readModels.invalidate(e.entity, [e.entityId]);
    try {
      await this.applyEvents(events);
    } finally {
      this.changes++;
    }
    this.rememberSchoolAreas();
  }

  /**
   * Lets the engine work out which radius and polygon areas contain each active school (about
   * 2 s at national scale), in slices between requests: after start, and again after the
   * engine has rebuilt its spatial index (which forgets them). Matches stay correct meanwhile;
   * a school not yet done is worked out at its first match.
   */
  private rememberSchoolAreas(): void {
    if (this.stopped || this.engine.rememberedPoints > 0 || this.schools.size === 0) return;
    if (this.remembering) return;
    const points = [...this.schools.values()].map((s) => s.location);
    this.remembering = new Promise<void>((resolve) => {
      let i = 0;
      const slice = () => {
        if (!this.stopped) this.engine.rememberPoints(points.slice(i, i + REMEMBER_SLICE));
        i += REMEMBER_SLICE;
        if (i < points.length && !this.stopped) setImmediate(slice);
        else resolve();
      };
      setImmediate(slice);
    }).finally(() => {
      this.remembering = undefined;
    });
  }

  /** Resolves when the schools' areas have been worked out; for benchmarks and tests. */
  async schoolAreasRemembered(): Promise<void> {
    await this.remembering;
  }

  private async applyEvents(events: readonly ChangeEvent[]): Promise<void> {
    const offerings = new Set<string>();
    const organisations = new Set<string>();
    let regions = false;
    const schools = new Set<string>();
    for (const e of events) {
      if (e.entity === 'SCHOOL') schools.add(e.entityId);
      else if (e.entity === 'OFFERING') offerings.add(e.entityId);
      else if (e.entity === 'ORGANISATION') organisations.add(e.entityId);
      else if (e.entity === 'MUNICIPALITY' || e.entity === 'PROVINCE') regions = true;
    }
    if (regions) await this.reloadPlaceNames();
    if (schools.size > 0) await this.schools.reload([...schools]);
    if (offerings.size > 0) {
      const ids = [...offerings];
      const found = await loadMatchableOfferings(this.db, { offeringIds: ids });
      const present = new Set(found.map((o) => o.id));
      for (const o of found) this.put(o);
      for (const id of ids) if (!present.has(id)) this.drop(id);
    }
    if (organisations.size > 0) {
      const orgIds = [...organisations];
      const found = await loadMatchableOfferings(this.db, { organisationIds: orgIds });
      const present = new Set(found.map((o) => o.id));
      for (const o of found) this.put(o);
      // Offerings archived or deleted with their organisation drop out.
      const known = orgIds.flatMap((org) => [...(this.offeringsByOrganisation.get(org) ?? [])]);
      for (const id of known) if (!present.has(id)) this.drop(id);
    }
  }

  private put(offering: MatchableOffering): void {
    const previous = this.organisationOf.get(offering.id);
    if (previous && previous !== offering.organisationId)
      this.offeringsByOrganisation.get(previous)?.delete(offering.id);
    this.organisationOf.set(offering.id, offering.organisationId);
    const set = this.offeringsByOrganisation.get(offering.organisationId) ?? new Set<string>();
    set.add(offering.id);
    this.offeringsByOrganisation.set(offering.organisationId, set);
    this.engine.upsert(offering);
  }

  private drop(offeringId: string): void {
    const org = this.organisationOf.get(offeringId);
    if (org) this.offeringsByOrganisation.get(org)?.delete(offeringId);
    this.organisationOf.delete(offeringId);
    this.engine.remove(offeringId);
  }

  private async reloadPlaceNames(): Promise<void> {
    const { municipalities, provinces } = await this.regions.placeNames();
    const names: PlaceNames = {
      municipality: (code) => municipalities.get(code),
      province: (code) => provinces.get(code),
    };
    this.engine.setPlaceNames(names);
  }
}
