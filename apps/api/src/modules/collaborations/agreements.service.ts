import { Injectable } from '@nestjs/common';
import {
  COLLABORATION_LIMITS as L,
  COLLABORATION_STATUS_LABELS,
  GOAL_ATTAINMENT_LABELS,
  INTERVENTION_TYPES,
  checkPeriod,
  checkText,
  isSchoolType,
  parseMunicipalityCode,
  parseSchoolYear,
  rollupByTheme,
  themeCoverage,
  type Problem,
} from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import { recordAudit } from '../../common/audit/audit-log.js';
import { changedColumns } from '../../common/audit/changed-columns.js';
import {
  canSeeMunicipality,
  forbidden,
  requireSignedIn,
  type Actor,
} from '../../common/auth/roles.js';
import { csvField } from '../../common/csv/csv-field.js';
import { csvNumber } from '../../common/csv/csv-number.js';
import { UserInputError } from '../../common/errors/user-input.error.js';
import { isUuid } from '../../common/validation/uuid.js';
import { organisationNames } from '../organisations/repository.js';
import { existingMunicipalityCodes } from '../regions/repository.js';
import { requireKnownMunicipality } from '../regions/index.js';
import { activeSchoolsIn, schoolNames } from '../schools/repository.js';
import { CollaborationsService } from './collaborations.service.js';
import type { AgreementInput } from './dto/collaboration.input.js';
import type {
  AgreementCoverageModel,
  AgreementModel,
  MunicipalityMonitoringModel,
} from './models/collaboration.model.js';
import {
  deleteAgreement,
  findAgreements,
  monitoringOf,
  saveAgreement,
  type AgreementRow,
} from './repository.js';

const THEMES_MAX = 20;

/**
 * The municipality's side (issue 15, parts 4 and 5): LEA agreements (themes and goals for a
 * period), per agreed theme the schools a collaboration covers and those it does not, and the
 * monitoring rolled up per theme, with a CSV export. Only the municipality's officers and
 * admins; other callers are refused before the code is looked up.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: DataSource,
    private readonly collaborations: CollaborationsService,
  ) {}

  async list(actor: Actor | null, rawCode: string): Promise<AgreementModel[]> {
    const code = await this.officerCode(actor, rawCode, 'municipalityCode');
    return (await findAgreements(this.db, { municipalityCode: code })).map(toModel);
  }

  async save(actor: Actor | null, input: AgreementInput): Promise<AgreementModel> {
    const a = requireSignedIn(actor);
    const code = await this.officerCode(a, input.municipalityCode, 'municipalityCode');
    const problems: Problem[] = [];
    const id = input.id?.trim() || null;
    if (id !== null && !isUuid(id))
      problems.push({
        field: 'id',
        message: 'is geen geldig id (not a valid id)',
        code: 'INVALID_ID',
      });
    const title = checkText(input.title, 'title', L.titleMax, problems, true);
    const period = checkPeriod(input.startsOn, input.endsOn, problems);
    const seen = new Set<string>();
    const themes: { interventionCode: string; goal: string }[] = [];
    if (input.themes.length === 0)
      problems.push({
        field: 'themes',
        message: 'noem ten minste één thema (at least one theme)',
        code: 'AT_LEAST_ONE',
      });
    if (input.themes.length > THEMES_MAX)
      problems.push({
        field: 'themes',
        message: `hoogstens ${THEMES_MAX} (at most ${THEMES_MAX})`,
        code: 'TOO_MANY',
        params: { max: THEMES_MAX },
      });
    else {
      input.themes.forEach((t, i) => {
        if (seen.has(t.interventionCode)) {
          problems.push({
            field: `themes[${i}].interventionCode`,
            message: 'staat er al (listed twice)',
            code: 'LISTED_TWICE',
          });
          return;
        }
        seen.add(t.interventionCode);
        const goal = checkText(t.goal, `themes[${i}].goal`, L.goalMax, problems, true);
        if (goal) themes.push({ interventionCode: t.interventionCode, goal });
      });
    }
    if (problems.length > 0) throw new UserInputError(problems);
    if (!(await existingMunicipalityCodes(this.db, [code])).has(code)) {
      throw UserInputError.notFound('municipalityCode', code);
    }
    // Another municipality's agreement is refused like one that does not exist.
    const existing =
      id === null ? null : await this.allowedAgreement(a, 'id', id, (m) => m === code);
    // An edit audits only what it changes; one that changes nothing writes nothing.
    const byCode = (list: readonly { interventionCode: string; goal: string }[]) =>
      [...list].sort((x, y) => x.interventionCode.localeCompare(y.interventionCode));
    const edit = existing
      ? changedColumns(
          {
            title: existing.title,
            period: { startsOn: existing.startsOn, endsOn: existing.endsOn },
            themes: byCode(existing.themes),
          },
          { title, period, themes: byCode(themes) },
        ).changes
      : null;
    if (existing && Object.keys(edit!).length === 0) return toModel(existing);
    const saved = await this.db.transaction(async (tx) => {
      const newId = await saveAgreement(tx, id, {
        municipalityCode: code,
        title: title!,
        startsOn: period!.startsOn,
        endsOn: period!.endsOn,
        themes,
      });
      // Deleted since it was read: as unknown as any other id.
      if (newId === null) throw gone(a, 'id', id!);
      await recordAudit(
        tx,
        a,
        'LEA_AGREEMENT',
        newId,
        edit ? 'UPDATE' : 'CREATE',
        edit ?? { municipalityCode: code, title, period, themes },
      );
      return newId;
    });
    return toModel((await findAgreements(this.db, { ids: [saved] }))[0]!);
  }

  /**
   * Deletes an agreement of the officer's own municipality (or any, as an admin), with its
   * themes, in the audit log. Another municipality's agreement is refused like one that does not
   * exist; only an admin is told an id is unknown.
   */
  async remove(actor: Actor | null, rawId: string): Promise<boolean> {
    const a = requireSignedIn(actor);
    if (a.role !== 'ADMIN' && a.role !== 'MUNICIPALITY_OFFICER') throw forbidden();
    const id = rawId.trim().slice(0, 60);
    if (!isUuid(id))
      throw UserInputError.field('id', 'is geen geldig id (not a valid id)', {
        code: 'INVALID_ID',
      });
    const agreement = await this.allowedAgreement(a, 'id', id, (m) => canSeeMunicipality(a, m));
    await this.db.transaction(async (tx) => {
      if (!(await deleteAgreement(tx, id))) throw gone(a, 'id', id);
      await recordAudit(tx, a, 'LEA_AGREEMENT', id, 'DELETE', {
        municipalityCode: agreement.municipalityCode,
        title: agreement.title,
      });
    });
    return true;
  }

  /** Per agreed theme of one agreement, the municipality's active schools covered and not. */
  async coverage(actor: Actor | null, rawId: string): Promise<AgreementCoverageModel> {
    const a = requireSignedIn(actor);
    const id = rawId.trim().slice(0, 60);
    if (!isUuid(id))
      throw UserInputError.field('agreementId', 'is geen geldig id (not a valid id)', {
        code: 'INVALID_ID',
      });
    const agreement = await this.allowedAgreement(a, 'agreementId', id, (m) =>
      canSeeMunicipality(a, m),
    );
    const [schools, rows] = await Promise.all([
      activeSchoolsIn(this.db, agreement.municipalityCode),
      this.collaborations.rowsInMunicipality(agreement.municipalityCode),
    ]);
    // The type decides which agreed themes apply to a school (n.v.t. is never a gap).
    const refs = schools.map((s) => ({
      vestigingscode: s.vestigingscode,
      name: s.name,
      schoolType: isSchoolType(s.schoolType) ? s.schoolType : null,
    }));
    const titleOf = new Map(rows.map((r) => [r.id, r.title]));
    const result = themeCoverage(
      agreement.themes.map((t) => t.interventionCode),
      agreement,
      refs,
      rows,
    );
    return {
      agreement: toModel(agreement),
      schools: schools.length,
      themes: result.map((t, i) => ({
        interventionCode: t.interventionCode,
        goal: agreement.themes[i]!.goal,
        covered: t.covered.map((c) => ({
          ...nameAndCode(c.school),
          collaborations: c.collaborationIds.map((cid) => ({ id: cid, title: titleOf.get(cid)! })),
        })),
        uncovered: t.uncovered.map(nameAndCode),
        notApplicable: t.notApplicable.map(nameAndCode),
      })),
    };
  }

  /** What both monitoring views read: the officer's municipality, year, rows and entries. */
  private async monitoringInput(
    actor: Actor | null,
    rawCode: string,
    rawYear: string | null | undefined,
  ) {
    const code = await this.officerCode(actor, rawCode, 'municipalityCode');
    const year = yearOf(rawYear);
    const rows = await this.collaborations.rowsInMunicipality(code);
    const entries = await monitoringOf(
      this.db,
      rows.map((r) => r.id),
      year,
    );
    return { code, year, rows, entries };
  }

  async monitoring(
    actor: Actor | null,
    rawCode: string,
    rawYear: string | null | undefined,
  ): Promise<MunicipalityMonitoringModel> {
    const { code, year, rows, entries } = await this.monitoringInput(actor, rawCode, rawYear);
    return {
      municipalityCode: code,
      schoolYear: year,
      collaborations: rows.length,
      themes: rollupByTheme(rows, entries).map(({ attainment, ...t }) => ({
        ...t,
        goalsMet: attainment.MET,
        goalsPartlyMet: attainment.PARTLY_MET,
        goalsNotMet: attainment.NOT_MET,
      })),
    };
  }

  /**
   * The monitoring of a municipality's collaborations as CSV (`;`, UTF-8 with BOM): one line
   * per collaboration and school year; every text field through csvField, figures with a
   * decimal comma (csvNumber). Status, themes and goal attainment in Dutch words and schools by
   * name, as the page shows them: the officer opens it in Excel, not in a program.
   */
  async monitoringCsv(
    actor: Actor | null,
    rawCode: string,
    rawYear: string | null | undefined,
  ): Promise<string> {
    const { rows, entries } = await this.monitoringInput(actor, rawCode, rawYear);
    const [names, schools] = await Promise.all([
      organisationNames(
        this.db,
        rows.flatMap((r) => r.organisationIds),
      ),
      schoolNames(
        this.db,
        rows.flatMap((r) => r.vestigingscodes),
      ),
    ]);
    const school = (code: string) => `${schools.get(code) ?? code} (${code})`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const header = [
      'samenwerking',
      'status',
      'begin',
      'einde',
      'scholen',
      'partners',
      'thema',
      'schooljaar',
      'leerlingen_bereikt',
      'groepen_bereikt',
      'bijeenkomsten',
      'uren',
      'doel_behaald',
      'evaluatie',
      'bewijs',
    ];
    const lines = [header.join(';')];
    for (const e of entries) {
      const c = byId.get(e.collaborationId)!;
      lines.push(
        [
          c.title,
          COLLABORATION_STATUS_LABELS[c.status].nl,
          c.startsOn,
          c.endsOn,
          c.vestigingscodes.map(school).join(' | '),
          c.organisationIds.map((o) => names.get(o) ?? o).join(' | '),
          c.interventionCodes.map(themeLabel).join(' | '),
          e.schoolYear,
          csvNumber(e.pupilsReached),
          csvNumber(e.groupsReached),
          csvNumber(e.sessionsDelivered),
          csvNumber(e.hoursDelivered),
          e.goalAttainment ? GOAL_ATTAINMENT_LABELS[e.goalAttainment].nl : '',
          e.evaluationNote ?? '',
          e.evidenceUrl ?? '',
        ]
          .map(csvField)
          .join(';'),
      );
    }
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  /**
   * The agreement with this id when `allowed` accepts its municipality; otherwise forbidden,
   * except that an admin is told an unknown id does not exist.
   */
  private async allowedAgreement(
    a: Actor,
    field: string,
    id: string,
    allowed: (municipalityCode: string) => boolean,
  ): Promise<AgreementRow> {
    const [agreement] = await findAgreements(this.db, { ids: [id] });
    if (agreement && allowed(agreement.municipalityCode)) return agreement;
    throw agreement ? forbidden() : gone(a, field, id);
  }

  /** The code, for its officers and admins; UNAUTHENTICATED or FORBIDDEN before any lookup. */
  private async officerCode(actor: Actor | null, raw: string, field: string): Promise<string> {
    const a = requireSignedIn(actor);
    const code = parseMunicipalityCode(raw.slice(0, 20));
    if (code === null) {
      if (a.role !== 'ADMIN' && a.role !== 'MUNICIPALITY_OFFICER') throw forbidden();
      throw UserInputError.field(
        field,
        'moet GM plus 4 cijfers zijn (must be GM plus 4 digits, e.g. GM0606)',
        { code: 'INVALID_MUNICIPALITY_CODE' },
      );
    }
    if (!canSeeMunicipality(a, code)) throw forbidden();
    await requireKnownMunicipality(this.db, code, field);
    return code;
  }
}

/** An agreement that is not there: NOT_FOUND for an admin, FORBIDDEN like another's for others. */
function gone(a: Actor, field: string, id: string): Error {
  return a.role === 'ADMIN' ? UserInputError.notFound(field, id) : forbidden();
}

function yearOf(raw: string | null | undefined): string | null {
  if (raw == null || raw.trim() === '') return null;
  const y = parseSchoolYear(raw.slice(0, 20));
  if (y === null)
    throw UserInputError.field(
      'schoolYear',
      'moet twee opeenvolgende jaren zijn, bv. 2026-2027 (must be two consecutive years, e.g. 2026-2027)',
      { code: 'INVALID_SCHOOL_YEAR' },
    );
  return y;
}

const themeLabel = (code: string): string =>
  INTERVENTION_TYPES.find((t) => t.code === code)?.labelNl ?? code;

const nameAndCode = (s: { vestigingscode: string; name: string }) => ({
  vestigingscode: s.vestigingscode,
  name: s.name,
});

function toModel(r: AgreementRow): AgreementModel {
  return {
    id: r.id,
    municipalityCode: r.municipalityCode,
    title: r.title,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    themes: r.themes,
    updatedAt: r.updatedAt,
  };
}
