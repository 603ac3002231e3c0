import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  INTERVENTION_CODES,
  NEED_PARAMETERS,
  parseSchoolYear,
  parseVestigingscode,
  schoolYearOf,
  type SchoolType,
} from '@partnerwijzer/domain';
import { recordAudit } from '../../common/audit/audit-log.js';
import { forbidden, requireRole, requireSignedIn, type Actor } from '../../common/auth/roles.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { SchoolsService, type SchoolModel } from '../schools/index.js';
import type { SetSchoolNeedsProfileInput } from './dto/set-school-needs-profile.input.js';
import type {
  SchoolNeedsDefaultsModel,
  SchoolNeedsProfileModel,
} from './models/school-needs-profile.model.js';
import { checkNeedItems, type NeedItem } from './needs-profile.rules.js';

/** A school's needs profile for one school year, as stored (notes included). */
export interface SchoolNeedsProfile {
  vestigingscode: string;
  schoolYear: string;
  visibleToPartners: boolean;
  /** In taxonomy order. */
  items: NeedItem[];
  updatedAt: Date;
}

interface ProfileRow {
  vestigingscode: string;
  school_year: string;
  visible_to_partners: boolean;
  updated_at: Date;
  intervention_code: string | null;
  priority: string | null;
  groups: number[] | null;
  note: string | null;
}

const SELECT = `
  SELECT p.vestigingscode, p.school_year, p.visible_to_partners, p.updated_at,
         i.intervention_code, i.priority, i.groups, i.note
    FROM school_needs_profile p
    LEFT JOIN school_needs_item i
      ON i.vestigingscode = p.vestigingscode AND i.school_year = p.school_year`;

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
    const where = ['p.school_year = $1'];
    const params: unknown[] = [schoolYear];
    if (schoolCodes !== null) {
      params.push([...schoolCodes]);
      where.push(`p.vestigingscode = ANY($${params.length}::text[])`);
    }
    if (options.visibleOnly) where.push('p.visible_to_partners');
    const rows = (await this.db.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.vestigingscode`,
      params,
    )) as ProfileRow[];
    return toProfiles(rows);
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
      const before = (await this.readIn(tx, code, year)) ?? null;
      await tx.query(
        `INSERT INTO school_needs_profile (vestigingscode, school_year, visible_to_partners)
         VALUES ($1, $2, $3)
         ON CONFLICT (vestigingscode, school_year)
         DO UPDATE SET visible_to_partners = EXCLUDED.visible_to_partners, updated_at = now()`,
        [code, year, input.visibleToPartners],
      );
      await tx.query(
        `DELETE FROM school_needs_item WHERE vestigingscode = $1 AND school_year = $2`,
        [code, year],
      );
      for (const item of items) {
        await tx.query(
          `INSERT INTO school_needs_item (vestigingscode, school_year, intervention_code, priority, groups, note)
           VALUES ($1, $2, $3, $4, $5::smallint[], $6)`,
          [code, year, item.interventionCode, item.priority, item.groups, item.note],
        );
      }
      await recordAudit(
        tx,
        a,
        'SCHOOL_NEEDS_PROFILE',
        `${code}:${year}`,
        before ? 'UPDATE' : 'CREATE',
        {
          visibleToPartners: {
            from: before?.visibleToPartners ?? null,
            to: input.visibleToPartners,
          },
          items: { from: before?.items ?? [], to: items },
        },
      );
    });
    return (await this.profilesFor([code], year)).get(code)!;
  }

  private async readIn(
    tx: EntityManager,
    code: string,
    year: string,
  ): Promise<SchoolNeedsProfile | undefined> {
    const rows = (await tx.query(`${SELECT} WHERE p.vestigingscode = $1 AND p.school_year = $2`, [
      code,
      year,
    ])) as ProfileRow[];
    return toProfiles(rows).get(code);
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
  const code = parseVestigingscode(raw.slice(0, 20));
  if (code === null) {
    throw UserInputError.field(
      'vestigingscode',
      'moet 4 tekens plus 2 cijfers zijn, bv. 00AH07 (e.g. 00AH07)',
    );
  }
  return code;
}

function yearOf(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === '') return schoolYearOf(new Date());
  const year = parseSchoolYear(raw.slice(0, 20));
  if (year === null) {
    throw UserInputError.field(
      'schoolYear',
      'moet twee opeenvolgende jaren zijn, bv. 2026-2027 (two consecutive years, e.g. 2026-2027)',
    );
  }
  return year;
}

function toProfiles(rows: readonly ProfileRow[]): Map<string, SchoolNeedsProfile> {
  const out = new Map<string, SchoolNeedsProfile>();
  for (const r of rows) {
    let p = out.get(r.vestigingscode);
    if (!p) {
      p = {
        vestigingscode: r.vestigingscode,
        schoolYear: r.school_year,
        visibleToPartners: r.visible_to_partners,
        items: [],
        updatedAt: new Date(r.updated_at),
      };
      out.set(r.vestigingscode, p);
    }
    if (r.intervention_code !== null) {
      p.items.push({
        interventionCode: r.intervention_code as NeedItem['interventionCode'],
        priority: r.priority as NeedItem['priority'],
        groups: (r.groups ?? []).map(Number),
        note: r.note,
      });
    }
  }
  for (const p of out.values()) p.items.sort(byTaxonomy);
  return out;
}

function byTaxonomy(a: NeedItem, b: NeedItem): number {
  return (
    INTERVENTION_CODES.indexOf(a.interventionCode) - INTERVENTION_CODES.indexOf(b.interventionCode)
  );
}
