import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nextDigestAt, type MatchableOffering } from '@partnerwijzer/domain';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { accountRowById } from '../accounts/index.js';
import { queueMail } from '../mail/index.js';
import { MatchingIndexService } from '../matching/index.js';
import { loadMatchableOfferings } from '../organisations/index.js';
import { RegionsService } from '../regions/index.js';
import { AlertWorker } from './alert.worker.js';
import { GapSnapshots, type Gap } from './gap-snapshots.js';
import {
  dueSearches,
  finishDigest,
  lockDueSearch,
  markHitsMailed,
  unmailedOfferingIds,
  type SavedSearchRow,
} from './repository.js';
import { digestMail } from './saved-search-mails.js';
import { issueUnsubscribeLink, LINK_DAYS } from './unsubscribe-links.js';

/** How often the job looks for due digests. */
const CHECK_MS = 60_000;
const PAGE = 100;

/**
 * Mails each due saved search once (docs/decisions/0021): its hits not yet mailed whose
 * offering is still public, and for a municipality the gaps that are new since the last
 * digest. Nothing new: no mail, only the next due time. The mail goes into the outbox in the
 * transaction that marks the hits mailed and moves the due time, so a crash mails nothing
 * twice; the row is locked (SKIP LOCKED) so two replicas never mail the same search.
 */
@Injectable()
export class DigestJob extends BackgroundWorker {
  private readonly logger = new Logger('AlertDigests');

  constructor(
    private readonly db: DataSource,
    private readonly alerts: AlertWorker,
    private readonly matching: MatchingIndexService,
    private readonly regions: RegionsService,
    private readonly gaps: GapSnapshots,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.every(CHECK_MS, () => void this.runDue().catch(() => undefined));
  }

  /** Sends every digest due at `now`; resolves to the number of mails queued. */
  runDue(now: Date = new Date()): Promise<number> {
    return this.serially(async () => {
      if (this.stopped) return 0;
      await this.alerts.sync();
      let mailed = 0;
      const seen = new Set<string>();
      for (;;) {
        const due = (await dueSearches(this.db, now, PAGE)).filter((r) => !seen.has(r.id));
        if (due.length === 0) break;
        for (const row of due) {
          seen.add(row.id);
          try {
            if (await this.digest(row, now)) mailed++;
          } catch (error) {
            // Left due: the next check tries again.
            this.logger.warn(
              `Samenvatting ${row.id} mislukt: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
      }
      if (mailed > 0) this.logger.log(`${mailed} samenvatting(en) in de outbox`);
      return mailed;
    });
  }

  private async digest(row: SavedSearchRow, now: Date): Promise<boolean> {
    // Read outside the transaction (PGlite has one connection); checked again inside it.
    const account = await accountRowById(this.db, row.userId);
    const offerings = await this.publicOfferings(await unmailedOfferingIds(this.db, row.id));
    const gapsNow =
      row.kind === 'MUNICIPALITY' ? await this.gaps.current(row.municipalityCode!) : [];
    const known = new Set(row.gapKeys);
    const newGaps = gapsNow.filter((g) => !known.has(g.key));
    const about = await this.subjectOf(row);
    return this.db.transaction(async (tx) => {
      if (!(await lockDueSearch(tx, row.id, now))) return false;
      const still = new Set(await unmailedOfferingIds(tx, row.id));
      const listed = offerings.filter((o) => still.has(o.id));
      const next = nextDigestAt(now, row.frequency);
      const gapKeys = gapsNow.map((g: Gap) => g.key);
      if ((listed.length === 0 && newGaps.length === 0) || !account) {
        await finishDigest(tx, row.id, null, next, gapKeys);
        return false;
      }
      const unsubscribeUrl = await issueUnsubscribeLink(tx, this.config.PUBLIC_URL, row.id);
      const mail = digestMail({
        subject: about.subject,
        frequency: row.frequency,
        offerings: listed.map((o) => ({ title: o.title, organisationName: o.organisationName })),
        gaps: newGaps,
        viewUrl: about.viewUrl,
        unsubscribeUrl,
        linkDays: LINK_DAYS,
      });
      await queueMail(tx, account.email, mail.subject, mail.body);
      await markHitsMailed(
        tx,
        row.id,
        listed.map((o) => o.id),
        now,
      );
      await finishDigest(tx, row.id, now, next, gapKeys);
      return true;
    });
  }

  /** Of these offerings, the ones the finder may still show (active, organisation not
   * suspended or draft), in the order given. */
  private async publicOfferings(ids: readonly string[]): Promise<MatchableOffering[]> {
    if (ids.length === 0) return [];
    const byId = new Map(
      (await loadMatchableOfferings(this.db, { offeringIds: [...ids] })).map((o) => [o.id, o]),
    );
    return ids
      .map((id) => byId.get(id))
      .filter(
        (o): o is MatchableOffering =>
          o !== undefined &&
          o.status === 'ACTIVE' &&
          (o.organisationStatus === 'VERIFIED' || o.organisationStatus === 'PENDING'),
      );
  }

  private async subjectOf(row: SavedSearchRow): Promise<{ subject: string; viewUrl: string }> {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    if (row.kind === 'MUNICIPALITY') {
      const [m] = await this.regions.municipalitiesByCodes([row.municipalityCode!]);
      return {
        subject: `gemeente ${m?.name ?? row.municipalityCode} (${row.municipalityCode})`,
        viewUrl: `${base}/gemeente?code=${row.municipalityCode}`,
      };
    }
    const school = this.matching.school(row.vestigingscode!);
    const needs = row.needs.length > 0 ? `&behoeften=${row.needs.join(',')}` : '';
    return {
      subject: `${school?.name ?? 'uw school'} (${row.vestigingscode})`,
      viewUrl: `${base}/?school=${row.vestigingscode}${needs}`,
    };
  }
}
