import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  NEED_PARAMETERS,
  parseSchoolYear,
  schoolYearOf,
  type SchoolType,
} from '@partnerwijzer/domain';
import { recordAudit } from '../../common/audit/audit-log.js';
import { changedColumns } from '../../common/audit/changed-columns.js';
import { forbidden, requireRole, requireSignedIn, type Actor } from '../../common/auth/roles.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { requireVestigingscode } from '../../common/validation/code-inputs.js';
import { SchoolsService, type SchoolModel } from '../schools/index.js';
import type { SetSchoolNeedsProfileInput } from './dto/set-school-needs-profile.input.js';
import type {
  SchoolNeedsDefaultsModel,
  SchoolNeedsProfileModel,
} from './models/school-needs-profile.model.js';
import { checkNeedItems } from './needs-profile.rules.js';
import { TableBackedCache } from '../../database/table-version.js';
import {
  byTaxonomy,
  needsProfilesFor,
  replaceNeedsProfile,
  type SchoolNeedsProfile,
} from './repository.js';

/** Who may read a school's full profile: its staff, its municipality's officers, admins. */
export function canReadNeedsProfile(actor: Actor, school: SchoolModel): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'SCHOOL_STAFF' && actor.schoolCodes.includes(school.vestigingscode)) ||
    (actor.role === 'MUNICIPALITY_OFFICER' &&
      actor.municipalityCodes.includes(school.municipalityCode))
  );
}

/** Who may change it: its staff and admins. */
export function canEditNeedsProfile(actor: Actor, vestigingscode: string): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'SCHOOL_STAFF' && actor.schoolCodes.includes(vestigingscode))
  );
}

/**
 * Needs profiles of schools (issue 14, part 2). Every read and write is scoped here: a caller
 * without rights on a school is refused the same way whether or not a profile exists.
 */
@Injectable()
export class SchoolNeedsService {
  constructor(
    private readonly db: DataSource,
    private readonly schools: SchoolsService,
  ) {}

  /**
   * The stored profiles of these schools (every school when null) for one school year, by
   * vestigingscode; schools without a profile are absent. `visibleOnly` keeps only the
   * profiles whose school opted in to showing them to partners. No access check: for other
   * modules' services, which decide what their callers may see (notes are included).
   */
  async profilesFor(
    schoolCodes: readonly string[] | null,
    schoolYear: string,
    options: { visibleOnly?: boolean } = {},
  ): Promise<Map<string, SchoolNeedsProfile>> {
    return needsProfilesFor(this.db, schoolCodes, schoolYear, options);
  }

  /** Opted-in profiles of every school per school year, read again only after a write. */
  private readonly published = new TableBackedCache(
    ['school_needs_profile', 'school_needs_item'],
    (db, schoolYear: string) => needsProfilesFor(db, null, schoolYear, { visibleOnly: true }),
  );

  /**
   * The opted-in profiles of every school for one school year, as profilesFor(null, year,
   * { visibleOnly: true }) gives them; held in memory and current across processes. Callers
   * must not change the map or its profiles.
   */
  async publishedProfiles(schoolYear: string): Promise<ReadonlyMap<string, SchoolNeedsProfile>> {
    return this.published.get(this.db, schoolYear);
  }

  /** The current school year ("2026-2027"), by today's date. */
  currentSchoolYear(now = new Date()): string {
    return schoolYearOf(now);
  }

  /** The full profile, for its school's staff, its municipality's officers and admins. */
  async profile(
    actor: Actor | null,
    vestigingscode: string,
    schoolYear: string | null | undefined,
  ): Promise<SchoolNeedsProfileModel | null> {
    const a = requireRole(actor, 'SCHOOL_STAFF', 'MUNICIPALITY_OFFICER', 'ADMIN');
    const code = codeOf(vestigingscode);
    const year = yearOf(schoolYear);
    const school = await this.schoolFor(a, code);
    if (!canReadNeedsProfile(a, school)) throw forbidden();
    return (await this.profilesFor([code], year)).get(code) ?? null;
  }

  /**
   * The needs the finder starts from for a school: the whole profile (without notes) for a
   * caller who may read it, otherwise only a profile the school opted in to showing. null
   * when there is none the caller may see — the same answer as when there is none at all.
   */
  async defaults(
    actor: Actor | null,
    vestigingscode: string,
    schoolYear: string | null | undefined,
  ): Promise<SchoolNeedsDefaultsModel | null> {
    const code = codeOf(vestigingscode);
    const year = yearOf(schoolYear);
    const school = await this.schools.get(code);
    const mayRead = actor !== null && canReadNeedsProfile(actor, school);
    const found = (await this.profilesFor([code], year, { visibleOnly: !mayRead })).get(code);
    if (!found) return null;
    return {
      vestigingscode: code,
      schoolYear: year,
      published: found.visibleToPartners,
      items: found.items.map((i) => ({
        interventionCode: i.interventionCode,
        priority: i.priority,
        weight: NEED_PARAMETERS.priorityWeight[i.priority],
        groups: i.groups,
      })),
    };
  }

  /** Replaces a school's profile for one school year; audit-logged; all or nothing. */
  async setProfile(
    actor: Actor | null,
    input: SetSchoolNeedsProfileInput,
  ): Promise<SchoolNeedsProfileModel> {
    const a = requireRole(actor, 'SCHOOL_STAFF', 'ADMIN');
    const code = codeOf(input.vestigingscode);
    if (!canEditNeedsProfile(a, code)) throw forbidden();
    const year = yearOf(input.schoolYear);
    const school = await this.schools.get(code);
    const { items, problems } = checkNeedItems(input.items, school.schoolType as SchoolType);
    if (problems.length > 0) throw new UserInputError(problems);

    await this.db.transaction(async (tx) => {
      // One writer per school and year at a time, so the audit's "from" is what was replaced.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `school_needs:${code}:${year}`,
      ]);
      const before = (await needsProfilesFor(tx, [code], year)).get(code) ?? null;
      // A profile saved again as it is stored writes nothing (no audit line); an update audits
      // only the parts that changed.
      const sent = {
        visibleToPartners: input.visibleToPartners,
        items: [...items].sort(byTaxonomy),
      };
      const { changes } = changedColumns(before ?? { visibleToPartners: null, items: [] }, sent);
      if (before && Object.keys(changes).length === 0) return;
      await replaceNeedsProfile(tx, code, year, input.visibleToPartners, items);
      await recordAudit(
        tx,
        a,
        'SCHOOL_NEEDS_PROFILE',
        `${code}:${year}`,
        before ? 'UPDATE' : 'CREATE',
        before
          ? changes
          : {
              visibleToPartners: { from: null, to: input.visibleToPartners },
              items: { from: [], to: items },
            },
      );
    });
    return (await this.profilesFor([code], year)).get(code)!;
  }

  /**
   * The school, for a caller who may ask about it. An officer or staff member asking about a
   * school that does not exist is refused like one asking about another school, so the
   * answer says nothing about what exists; only an admin learns that a code is unknown.
   */
  private async schoolFor(actor: Actor, code: string): Promise<SchoolModel> {
    try {
      return await this.schools.get(code);
    } catch (error) {
      if (requireSignedIn(actor).role === 'ADMIN') throw error;
      throw forbidden();
    }
  }
}

function codeOf(raw: string): string {
  return requireVestigingscode(raw.slice(0, 20));
}

function yearOf(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === '') return schoolYearOf(new Date());
  const year = parseSchoolYear(raw.slice(0, 20));
  if (year === null) {
    throw UserInputError.field(
      'schoolYear',
      'moet twee opeenvolgende jaren zijn, bv. 2026-2027 (two consecutive years, e.g. 2026-2027)',
      { code: 'INVALID_SCHOOL_YEAR' },
    );
  }
  return year;
}
