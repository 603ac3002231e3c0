import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  getInterventionType,
  nextDigestAt,
  type DigestFrequency,
  type MatchFilters,
} from '@partnerwijzer/domain';
import { recordAudit } from '../../common/audit/audit-log.js';
import {
  canSeeMunicipality,
  canSeeSchool,
  forbidden,
  requireSignedIn,
  type Actor,
} from '../../common/auth/roles.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import type { Queryable } from '../../database/queryable.js';
import {
  requireMunicipalityCode,
  requireVestigingscode,
} from '../../common/validation/code-inputs.js';
import { MatchingIndexService } from '../matching/index.js';
import { RegionsService } from '../regions/index.js';
import { SchoolsService } from '../schools/index.js';
import { alertSearchesOf, schoolMatchQuery } from './alert-searches.js';
import type {
  SaveSearchInput,
  SubscribeMunicipalityAlertsInput,
} from './dto/saved-search.inputs.js';
import { GapSnapshots } from './gap-snapshots.js';
import type { SavedSearchModel, UnsubscribeLinkModel } from './models/saved-search.model.js';
import {
  countSavedSearchesOfUser,
  deleteSavedSearchRow,
  insertBaselineHits,
  insertSavedSearch,
  savedSearchById,
  sameSavedSearch,
  savedSearchesOfUser,
  unsubscribeSavedSearch,
  type NewSavedSearch,
  type SavedSearchRow,
} from './repository.js';
import { resolveUnsubscribeLink } from './unsubscribe-links.js';

/** Saved searches per account: enough for every school of a board, and a bound on the work. */
export const MAX_SAVED_SEARCHES = 50;

const NOT_YOURS =
  'Geen toegang: deze zoekopdracht is niet van u of bestaat niet (forbidden: not yours or unknown)';
const FREQUENCY_WORDS: Record<DigestFrequency, { nl: string; en: string }> = {
  DAILY: { nl: 'dagelijks een e-mail', en: 'an email every day' },
  WEEKLY: { nl: 'wekelijks een e-mail', en: 'an email every week' },
};
const NEEDS_ACCOUNT =
  'Bewaren kan alleen met een eigen account (saving a search needs a personal account)';

/**
 * Saved searches of one account (docs/decisions/0021): a school's staff save a finder search,
 * an officer subscribes to a municipality; each lists and deletes only their own. What a search
 * already finds when it is saved is stored as known (the baseline), so the digest only lists
 * what starts to match later.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    private readonly db: DataSource,
    private readonly index: MatchingIndexService,
    private readonly schools: SchoolsService,
    private readonly regions: RegionsService,
    private readonly gaps: GapSnapshots,
  ) {}

  async saveSchoolSearch(actor: Actor | null, input: SaveSearchInput): Promise<SavedSearchModel> {
    const a = ownerOf(actor);
    const code = requireVestigingscode(input.vestigingscode);
    if (a.role !== 'SCHOOL_STAFF' && a.role !== 'ADMIN') throw forbidden();
    if (!canSeeSchool(a, code)) {
      throw forbidden('Geen toegang: dit is niet uw school (forbidden: not your school)');
    }
    const duplicate = input.needs.find((c, i) => input.needs.indexOf(c) !== i);
    if (duplicate) {
      throw UserInputError.field('needs', `dubbele behoefte (duplicate need): ${duplicate}`, {
        code: 'LISTED_TWICE',
      });
    }
    await this.schools.get(code); // unknown → BAD_USER_INPUT on vestigingscode
    const school = this.index.school(code);
    if (!school) {
      throw UserInputError.field(
        'vestigingscode',
        'deze school is niet (meer) actief (this school is not active)',
        { code: 'SCHOOL_NOT_ACTIVE' },
      );
    }
    const scope = {
      groepMin: input.groepMin ?? null,
      groepMax: input.groepMax ?? null,
      targetGroups: [...new Set(input.targetGroups ?? [])],
    };
    if (scope.groepMin !== null && scope.groepMax !== null && scope.groepMin > scope.groepMax) {
      throw UserInputError.field(
        'groepMax',
        'moet minstens groepMin zijn (must be at least groepMin)',
        { code: 'RANGE_REVERSED' },
      );
    }
    const filters = plainFilters(input.filters);
    const baseline = this.index.engine
      .match(schoolMatchQuery(school, input.needs, filters as MatchFilters, scope))
      .matches.map((m) => m.offeringId);
    return this.store(
      a,
      {
        kind: 'SCHOOL',
        vestigingscode: code,
        municipalityCode: null,
        needs: input.needs,
        filters,
        ...scope,
        frequency: input.frequency,
        gapKeys: [],
      },
      baseline,
      { vestigingscode: code, needs: input.needs, frequency: input.frequency },
    );
  }

  async subscribeMunicipality(
    actor: Actor | null,
    input: SubscribeMunicipalityAlertsInput,
  ): Promise<SavedSearchModel> {
    const a = ownerOf(actor);
    const code = requireMunicipalityCode(input.municipalityCode);
    if (a.role !== 'MUNICIPALITY_OFFICER' && a.role !== 'ADMIN') throw forbidden();
    if (!canSeeMunicipality(a, code)) {
      throw forbidden('Geen toegang: dit is niet uw gemeente (forbidden: not your municipality)');
    }
    const provinceCode = await this.regions.provinceOfMunicipality(code);
    if (provinceCode === undefined) throw UserInputError.notFound('municipalityCode', code);
    // What reaches the municipality's schools now is known; only later arrivals are news.
    const probe = { id: 'probe', kind: 'MUNICIPALITY', municipalityCode: code } as SavedSearchRow;
    const baseline = new Set<string>();
    for (const entry of alertSearchesOf([probe], this.index)) {
      for (const m of this.index.engine.match(entry.query).matches) baseline.add(m.offeringId);
    }
    const gapKeys = (await this.gaps.current(code)).map((g) => g.key);
    return this.store(
      a,
      {
        kind: 'MUNICIPALITY',
        vestigingscode: null,
        municipalityCode: code,
        needs: [],
        filters: {},
        groepMin: null,
        groepMax: null,
        targetGroups: [],
        frequency: input.frequency,
        gapKeys,
      },
      [...baseline],
      { municipalityCode: code, frequency: input.frequency },
    );
  }

  /**
   * Stores a new search of the owner `a` (within its limit), with the offerings it matches now
   * as already known (only later arrivals are news), and audits it.
   */
  private async store(
    a: Actor,
    search: Omit<NewSavedSearch, 'userId' | 'nextDigestAt'>,
    baseline: readonly string[],
    audited: Record<string, unknown>,
  ): Promise<SavedSearchModel> {
    const row = await this.db.transaction(async (tx) => {
      await this.checkRoom(tx, a.userId!);
      const saved = await insertSavedSearch(tx, {
        ...search,
        userId: a.userId!,
        nextDigestAt: nextDigestAt(new Date(), search.frequency),
      });
      if (!saved) return null;
      await insertBaselineHits(tx, saved.id, baseline);
      await recordAudit(tx, a, 'SAVED_SEARCH', saved.id, 'CREATE', audited);
      return saved;
    });
    // The refusal is worded after the transaction: naming a municipality reads the regions on
    // the pool, which on PGlite (one connection) would wait for this transaction for ever.
    if (!row) throw await this.alreadySaved(this.db, { ...search, userId: a.userId! });
    return this.toModel(row);
  }

  /**
   * The refusal of a second copy of a search, naming the one the account has (a second row
   * would mail the same news twice). A refusal rather than the existing search returned as if
   * just saved: the frequency chosen this time may differ, and the user should know it did not
   * change.
   */
  private async alreadySaved(
    tx: Queryable,
    search: Parameters<typeof sameSavedSearch>[1],
  ): Promise<UserInputError> {
    const existing = await sameSavedSearch(tx, search);
    // Gone meanwhile (deleted by another request after the conflict): still a conflict now.
    // No brackets around the name: the English half is the message's last bracketed part.
    const named = existing
      ? {
          nl: `: ‘${await this.describe(existing)}’, ${FREQUENCY_WORDS[existing.frequency].nl}`,
          en: `: ‘${await this.describe(existing, 'en')}’, ${FREQUENCY_WORDS[existing.frequency].en}`,
        }
      : { nl: '', en: '' };
    return UserInputError.field(
      'input',
      `u heeft deze zoekopdracht al bewaard${named.nl}; u vindt hem onder Mijn zoekopdrachten` +
        ` (you have already saved this search${named.en}; find it under My searches)`,
      { code: 'SEARCH_ALREADY_SAVED' },
      'DUPLICATE',
    );
  }

  async mine(actor: Actor | null): Promise<SavedSearchModel[]> {
    const a = requireSignedIn(actor);
    if (a.userId === null) return [];
    const rows = await savedSearchesOfUser(this.db, a.userId);
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  /** Deletes one's own saved search; anyone else's (or an unknown id) is refused alike. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const a = requireSignedIn(actor);
    const row = UUID.test(id) ? await savedSearchById(this.db, id) : undefined;
    if (!row || row.userId !== a.userId || row.unsubscribedAt !== null) throw forbidden(NOT_YOURS);
    await this.db.transaction(async (tx) => {
      await deleteSavedSearchRow(tx, id);
      await recordAudit(tx, a, 'SAVED_SEARCH', id, 'DELETE');
    });
    return true;
  }

  /** What an unsubscribe link is for (the landing page shows it before the button). */
  async byUnsubscribeLink(token: string): Promise<UnsubscribeLinkModel> {
    const row = await resolveUnsubscribeLink(this.db, token);
    return {
      description: await this.describe(row),
      frequency: row.frequency,
      unsubscribed: row.unsubscribedAt !== null,
    };
  }

  /** Stops the digests of the link's search (no account needed); again is harmless. */
  async unsubscribe(token: string): Promise<UnsubscribeLinkModel> {
    const row = await resolveUnsubscribeLink(this.db, token);
    if (row.unsubscribedAt === null) {
      await this.db.transaction(async (tx) => {
        await unsubscribeSavedSearch(tx, row.id);
        await recordAudit(tx, null, 'SAVED_SEARCH', row.id, 'UNSUBSCRIBE');
      });
    }
    return { description: await this.describe(row), frequency: row.frequency, unsubscribed: true };
  }

  private async checkRoom(tx: Parameters<typeof countSavedSearchesOfUser>[0], userId: string) {
    if ((await countSavedSearchesOfUser(tx, userId)) >= MAX_SAVED_SEARCHES) {
      throw UserInputError.field(
        'input',
        `u heeft al ${MAX_SAVED_SEARCHES} bewaarde zoekopdrachten; verwijder er eerst een (you already have ${MAX_SAVED_SEARCHES} saved searches; delete one first)`,
        { code: 'TOO_MANY_SAVED_SEARCHES', params: { max: MAX_SAVED_SEARCHES } },
        'TOO_MANY',
      );
    }
  }

  /** What the search is for, in a sentence (Dutch unless asked for English). */
  async describe(row: SavedSearchRow, lang: 'nl' | 'en' = 'nl'): Promise<string> {
    const nl = lang === 'nl';
    if (row.kind === 'MUNICIPALITY') {
      const name = (await this.municipalityName(row.municipalityCode!)) ?? row.municipalityCode;
      return nl
        ? `Nieuw aanbod en nieuwe witte vlekken in ${name}`
        : `New offerings and new gaps in ${name}`;
    }
    const school = this.index.school(row.vestigingscode!);
    const needs = row.needs.map((c) => {
      const type = getInterventionType(c);
      return (nl ? type.labelNl : type.labelEn).toLowerCase();
    });
    return (
      `${nl ? 'Aanbod voor' : 'Offerings for'} ${school?.name ?? row.vestigingscode} (${row.vestigingscode})` +
      (needs.length > 0 ? `: ${needs.join(', ')}` : '')
    );
  }

  private async municipalityName(code: string): Promise<string | undefined> {
    const [m] = await this.regions.municipalitiesByCodes([code]);
    return m?.name;
  }

  private async toModel(row: SavedSearchRow): Promise<SavedSearchModel> {
    return {
      id: row.id,
      kind: row.kind,
      vestigingscode: row.vestigingscode,
      schoolName: row.vestigingscode ? (this.index.school(row.vestigingscode)?.name ?? null) : null,
      municipalityCode: row.municipalityCode,
      municipalityName: row.municipalityCode
        ? ((await this.municipalityName(row.municipalityCode)) ?? null)
        : null,
      needs: row.needs,
      filters: row.filters,
      groepMin: row.groepMin,
      groepMax: row.groepMax,
      targetGroups: row.targetGroups,
      frequency: row.frequency,
      description: await this.describe(row),
      createdAt: row.createdAt,
      nextDigestAt: row.nextDigestAt,
      lastDigestAt: row.lastDigestAt,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A signed-in account of its own (the operator token has none: a search needs an owner). */
function ownerOf(actor: Actor | null): Actor {
  const a = requireSignedIn(actor);
  if (a.userId === null) throw forbidden(NEEDS_ACCOUNT);
  return a;
}

/** The filters as a plain object without empty fields (stored as JSON). */
function plainFilters(filters: object | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters ?? {}).filter(([, v]) => v !== undefined && v !== null),
  );
}
