import { Injectable } from '@nestjs/common';
import {
  cellUnmetTenths,
  type CoverageBudget,
  type CoverageCandidate,
  coveredShare,
  fitsSchoolType,
  fromTenths,
  haversineKm,
  INTERVENTION_CODES,
  type InterventionCode,
  isInNetherlands,
  type MatchableOffering,
  type OptimiserMode,
  optimiseCoverage,
  parseVestigingscode,
  schoolNeedCells,
  toTenths,
} from '@partnerwijzer/domain';
import { DataSource } from 'typeorm';
import {
  type Actor,
  canSeeMunicipality,
  forbidden,
  requireRole,
} from '../../../common/auth/roles.js';
import { type FieldProblem, UserInputError } from '../../../common/errors/user-input.error.js';
import { bothNamesMessage, renamedValue } from '../../../common/graphql/renamed-field.js';
import { MatchingIndexService } from '../../matching/index.js';
import { CoverageService } from '../coverage.service.js';
import type {
  ScenarioCandidateInput,
  ScenarioInput,
  ScenarioModel,
  ScenarioResultModel,
} from '../models/scenario.model.js';
import { NeedGapService } from './need-gap.service.js';
import {
  deleteScenario,
  insertScenario,
  scenariosByIds,
  scenariosOf,
} from './scenario.repository.js';
import { N } from './figures.js';

export const SCENARIO_LIMITS = {
  candidates: 500,
  count: 50,
  euros: 1_000_000_000,
  title: 120,
  radiusKm: [0.1, 100] as const,
  schoolsPerCandidate: 1000,
  capacity: 10_000,
};

export const MODE_TEXT_NL: Record<OptimiserMode, string> = {
  EXACT:
    'Exact: dit is de best mogelijke keuze binnen het budget; alle combinaties zijn doorzocht (branch and bound).',
  GREEDY:
    'Stap voor stap (greedy): telkens de kandidaat die de meeste onvervulde behoefte erbij dekt. Te veel kandidaten om alles te doorzoeken; gegarandeerd minstens 63 % (1 − 1/e) van het best mogelijke.',
  GREEDY_BUDGETED:
    'Stap voor stap per euro (greedy), vergeleken met de beste enkele kandidaat. Te veel kandidaten om alles te doorzoeken; gegarandeerd minstens 32 % (½ · (1 − 1/e)) van het best mogelijke.',
};

export const MODE_TEXT_EN: Record<OptimiserMode, string> = {
  EXACT:
    'Exact: this is the best possible choice within the budget; every combination was searched (branch and bound).',
  GREEDY:
    'Step by step (greedy): each time the candidate that adds the most unmet need met. Too many candidates to search everything; guaranteed at least 63 % (1 − 1/e) of the best possible.',
  GREEDY_BUDGETED:
    'Step by step per euro (greedy), compared with the best single candidate. Too many candidates to search everything; guaranteed at least 32 % (½ · (1 − 1/e)) of the best possible.',
};

interface Prepared {
  label: string;
  types: InterventionCode[];
  schools: number;
  cost: number | null;
}

/**
 * Programming scenarios ("wat levert het meeste op?", README "Scenarios"): the candidates'
 * reach over the municipality's need cells, the maximum-coverage optimiser from libs/domain,
 * and saved scenarios. For the municipality's officers and admins.
 */
@Injectable()
export class ScenarioService {
  constructor(
    private readonly db: DataSource,
    private readonly coverage: CoverageService,
    private readonly needs: NeedGapService,
    private readonly index: MatchingIndexService,
  ) {}

  private async authorise(actor: Actor | null, rawCode: string): Promise<string> {
    const a = requireRole(actor, 'MUNICIPALITY_OFFICER', 'ADMIN');
    const { code } = await this.coverage.municipality(rawCode);
    if (!canSeeMunicipality(a, code)) throw forbidden();
    return code;
  }

  /** Runs a scenario without saving it. */
  async run(actor: Actor | null, input: ScenarioInput): Promise<ScenarioResultModel> {
    const code = await this.authorise(actor, input.code);
    return this.compute(code, input);
  }

  /** Runs and saves a scenario (named). */
  async save(actor: Actor | null, input: ScenarioInput): Promise<ScenarioModel> {
    const code = await this.authorise(actor, input.code);
    const name = (input.name ?? '').trim();
    if (name.length === 0 || name.length > SCENARIO_LIMITS.title) {
      throw UserInputError.field(
        'name',
        `is nodig om te bewaren, 1–${SCENARIO_LIMITS.title} tekens (required to save, 1–${SCENARIO_LIMITS.title} characters)`,
        { code: 'LENGTH_OUT_OF_RANGE', params: { min: 1, max: SCENARIO_LIMITS.title } },
      );
    }
    const result = await this.compute(code, input);
    const a = actor as Actor;
    return insertScenario(this.db, {
      municipalityCode: code,
      name,
      budgetKind: input.budgetKind,
      budget: input.budget,
      input: { budgetKind: input.budgetKind, budget: input.budget, candidates: input.candidates },
      result,
      createdBy: a.userId,
      createdByLabel: a.label,
    });
  }

  async list(actor: Actor | null, rawCode: string): Promise<ScenarioModel[]> {
    return scenariosOf(this.db, await this.authorise(actor, rawCode));
  }

  /** Saved scenarios by id, in the order asked; each must belong to a municipality the actor sees. */
  byIds(actor: Actor | null, ids: readonly string[]): Promise<ScenarioModel[]> {
    return this.read(actor, ids, (i) => `ids[${i}]`);
  }

  /** One saved scenario, as byIds reads it; a refusal names the argument `id`. */
  async one(actor: Actor | null, id: string): Promise<ScenarioModel> {
    const [s] = await this.read(actor, [id], () => 'id');
    return s!;
  }

  async remove(actor: Actor | null, id: string): Promise<boolean> {
    return deleteScenario(this.db, (await this.one(actor, id)).id);
  }

  private async read(
    actor: Actor | null,
    ids: readonly string[],
    fieldOf: (index: number) => string,
  ): Promise<ScenarioModel[]> {
    const a = requireRole(actor, 'MUNICIPALITY_OFFICER', 'ADMIN');
    if (ids.length === 0 || ids.length > 20) {
      throw UserInputError.field('ids', '1–20 scenario’s (1–20 scenarios)', {
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: 20 },
      });
    }
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    ids.forEach((id, i) => {
      if (!uuid.test(id))
        throw UserInputError.field(fieldOf(i), 'geen geldig id (not a valid id)', {
          code: 'INVALID_ID',
        });
    });
    const found = await scenariosByIds(this.db, ids);
    return ids.map((id, i) => {
      const s = found.find((x) => x.id === id);
      // Someone else's scenario reads as unknown, so ids cannot be probed.
      if (!s || !canSeeMunicipality(a, s.municipalityCode))
        throw UserInputError.notFound(fieldOf(i), id);
      return s;
    });
  }

  /** The optimisation itself (validated input, municipality already authorised). */
  async compute(
    code: string,
    input: ScenarioInput,
    options: { baseline?: 'CURRENT' | 'NONE' } = {},
  ): Promise<ScenarioResultModel> {
    const problems: FieldProblem[] = [];
    const budget = this.budgetOf(input, problems);
    if (
      !Array.isArray(input.candidates) ||
      input.candidates.length === 0 ||
      input.candidates.length > SCENARIO_LIMITS.candidates
    ) {
      problems.push({
        field: 'candidates',
        message: `1–${SCENARIO_LIMITS.candidates} kandidaten (1–${SCENARIO_LIMITS.candidates} candidates)`,
        code: 'OUT_OF_RANGE',
        params: { min: 1, max: SCENARIO_LIMITS.candidates },
      });
    }
    if (problems.length) throw new UserInputError(problems);

    const { schools } = await this.needs.needInputs(code, null, true);
    // Each cell weighs its unmet need as the needs view shows it, in whole tenths (the domain's
    // rounding rule), at level 0: a candidate (level 1) meets all of it. So the optimiser's sums
    // are exact integers and "unmet before" is the needs summary's own figure.
    const weights = new Float64Array(schools.length * N);
    const levels = new Float64Array(schools.length * N);
    let needTenths = 0;
    schools.forEach((s, si) => {
      const c = schoolNeedCells(s);
      needTenths += c.needTenths;
      for (let i = 0; i < N; i++) {
        if (c.status[i] === 'NOT_APPLICABLE') continue;
        const need = toTenths(c.weight[i]);
        // Baseline NONE (benchmarks, planning from scratch): as if nothing reached the schools yet.
        weights[si * N + i] =
          options.baseline === 'NONE' ? need : cellUnmetTenths(need, c.status[i]);
      }
    });
    const byCode = new Map(schools.map((s, si) => [s.school.vestigingscode, si]));

    const prepared: Prepared[] = [];
    const candidates: CoverageCandidate[] = input.candidates.map((c, k) => {
      const p = this.candidate(c, k, input.budgetKind === 'EUROS', problems);
      let reached: number[] = [];
      if (p) {
        if (c.vestigingscodes && c.vestigingscodes.length > 0) {
          c.vestigingscodes.forEach((raw, j) => {
            const v = parseVestigingscode(raw);
            const si = v === null ? undefined : byCode.get(v);
            if (si === undefined) {
              problems.push({
                field: `candidates[${k}].vestigingscodes[${j}]`,
                message:
                  'geen actieve school in deze gemeente (not an active school in this municipality)',
                code: 'NO_ACTIVE_SCHOOL_HERE',
              });
            } else reached.push(si);
          });
        } else {
          reached = schools.map((_, si) => si);
        }
        if (c.center && c.radiusKm) {
          const center = { lat: c.center.lat, lng: c.center.lng };
          reached = reached.filter(
            (si) => haversineKm(center, schools[si].school.location) <= (c.radiusKm as number),
          );
        }
        if (p.offering) {
          const o = p.offering;
          reached = reached.filter((si) => {
            const t = schools[si].schoolType;
            return t === null || fitsSchoolType(o, t);
          });
        }
      }
      const types = p?.types ?? [];
      const typeIdx = types.map((t) => INTERVENTION_CODES.indexOf(t));
      const unmetOf = (si: number) => typeIdx.reduce((a, i) => a + weights[si * N + i], 0);
      if (p && c.capacitySchools && reached.length > c.capacitySchools) {
        // Capacity: the schools with the most unmet need it could meet, chosen up front.
        reached = [...reached]
          .sort((a, b) => unmetOf(b) - unmetOf(a) || a - b)
          .slice(0, c.capacitySchools);
      }
      prepared.push({
        label: p?.label ?? '',
        types,
        schools: reached.length,
        cost: p?.cost ?? null,
      });
      return {
        id: String(k),
        cells: reached.flatMap((si) => typeIdx.map((i) => si * N + i)),
        level: 1,
        cost: p?.cost ?? null,
      };
    });
    if (problems.length) throw new UserInputError(problems);

    const solution = optimiseCoverage({ weights, levels, candidates, budget });
    // Whole tenths throughout (integer weights, levels 0 or 1): the sums below are exact.
    const metTenths = needTenths - solution.unmetBefore;
    return {
      mode: solution.mode,
      guarantee: solution.guarantee,
      modeTextNl: MODE_TEXT_NL[solution.mode],
      value: fromTenths(solution.value),
      unmetBefore: fromTenths(solution.unmetBefore),
      unmetAfter: fromTenths(solution.unmetBefore - solution.value),
      shareBefore: coveredShare(metTenths, needTenths),
      shareAfter: coveredShare(metTenths + solution.value, needTenths),
      spentEur: solution.spent,
      candidates: candidates.length,
      steps: solution.steps.map((s) => {
        const k = Number(s.candidateId);
        return {
          candidateIndex: k,
          label: prepared[k].label,
          interventionCodes: prepared[k].types,
          gain: fromTenths(s.gain),
          cumulative: fromTenths(s.cumulative),
          costEur: prepared[k].cost,
          schoolsReached: prepared[k].schools,
        };
      }),
    };
  }

  private budgetOf(input: ScenarioInput, problems: FieldProblem[]): CoverageBudget {
    const b = input.budget;
    if (input.budgetKind === 'COUNT') {
      if (!Number.isInteger(b) || b < 1 || b > SCENARIO_LIMITS.count) {
        problems.push({
          field: 'budget',
          message: `een geheel aantal aanbiedingen van 1 tot en met ${SCENARIO_LIMITS.count} (a whole number 1–${SCENARIO_LIMITS.count})`,
          code: 'WHOLE_NUMBER_RANGE',
          params: { min: 1, max: SCENARIO_LIMITS.count, unit: 'OFFERINGS' },
        });
      }
      return { kind: 'COUNT', count: b };
    }
    if (!Number.isFinite(b) || b <= 0 || b > SCENARIO_LIMITS.euros) {
      problems.push({
        field: 'budget',
        message: `een bedrag in euro’s groter dan 0 en hoogstens ${SCENARIO_LIMITS.euros} (euros > 0, at most 10^9)`,
        code: 'EUROS_ABOVE_ZERO',
        params: { max: SCENARIO_LIMITS.euros },
      });
    }
    return { kind: 'EUROS', euros: b };
  }

  /** One candidate checked; null (with problems noted) when it cannot be used. */
  private candidate(
    c: ScenarioCandidateInput,
    k: number,
    euros: boolean,
    problems: FieldProblem[],
  ): {
    label: string;
    types: InterventionCode[];
    cost: number | null;
    offering: MatchableOffering | null;
  } | null {
    const at = `candidates[${k}]`;
    const before = problems.length;
    const codes = renamedValue(
      { name: 'interventionCodes', value: c.interventionCodes },
      { name: 'interventionTypes', value: c.interventionTypes },
    );
    let offering: MatchableOffering | null = null;
    if (c.offeringId) {
      offering = this.index.engine.store.slots.get(c.offeringId)?.offering ?? null;
      if (!offering) {
        problems.push({
          field: `${at}.offeringId`,
          message: 'onbekend of niet actief aanbod (unknown or inactive offering)',
          code: 'OFFERING_NOT_ACTIVE',
        });
      }
    } else {
      const title = (c.title ?? '').trim();
      if (title.length === 0 || title.length > SCENARIO_LIMITS.title) {
        problems.push({
          field: `${at}.title`,
          message: `nodig voor een geschetst aanbod, 1–${SCENARIO_LIMITS.title} tekens (required for a sketched offering)`,
          code: 'LENGTH_OUT_OF_RANGE',
          params: { min: 1, max: SCENARIO_LIMITS.title },
        });
      }
      if (!codes.value || codes.value.length === 0) {
        problems.push({
          field: `${at}.${codes.field}`,
          message: 'noem minstens één interventiesoort (name at least one intervention type)',
          code: 'AT_LEAST_ONE',
        });
      }
    }
    if (codes.both) {
      problems.push({
        field: `${at}.interventionCodes`,
        message: bothNamesMessage('interventionCodes', 'interventionTypes'),
        code: 'BOTH_NAMES',
      });
    }
    if (codes.value && codes.value.length > N) {
      problems.push({
        field: `${at}.${codes.field}`,
        message: 'te veel (too many)',
        code: 'TOO_MANY',
        params: { max: N },
      });
    }
    if ((c.radiusKm === null || c.radiusKm === undefined) !== !c.center) {
      problems.push({
        field: `${at}.radiusKm`,
        message:
          'een straal hoort bij een middelpunt (center) en omgekeerd (radius and center go together)',
        code: 'RADIUS_WITH_CENTRE',
      });
    } else if (c.radiusKm !== null && c.radiusKm !== undefined) {
      const [lo, hi] = SCENARIO_LIMITS.radiusKm;
      if (!Number.isFinite(c.radiusKm) || c.radiusKm < lo || c.radiusKm > hi) {
        problems.push({
          field: `${at}.radiusKm`,
          message: `moet tussen ${String(lo).replace('.', ',')} en ${hi} km liggen (must be between ${lo} and ${hi} km)`,
          code: 'RADIUS_RANGE',
          params: { min: lo, max: hi },
        });
      }
      if (
        c.center &&
        !(
          Number.isFinite(c.center.lat) &&
          Number.isFinite(c.center.lng) &&
          isInNetherlands(c.center)
        )
      ) {
        problems.push({
          field: `${at}.center`,
          message: 'moet in Nederland liggen (must lie in the Netherlands)',
          code: 'OUTSIDE_NETHERLANDS',
        });
      }
    }
    if (c.vestigingscodes && c.vestigingscodes.length > SCENARIO_LIMITS.schoolsPerCandidate) {
      problems.push({
        field: `${at}.vestigingscodes`,
        message: `hoogstens ${SCENARIO_LIMITS.schoolsPerCandidate} scholen (at most ${SCENARIO_LIMITS.schoolsPerCandidate})`,
        code: 'TOO_MANY',
        params: { max: SCENARIO_LIMITS.schoolsPerCandidate, unit: 'SCHOOLS' },
      });
    }
    if (
      c.capacitySchools !== null &&
      c.capacitySchools !== undefined &&
      (!Number.isInteger(c.capacitySchools) ||
        c.capacitySchools < 1 ||
        c.capacitySchools > SCENARIO_LIMITS.capacity)
    ) {
      problems.push({
        field: `${at}.capacitySchools`,
        message: `een geheel aantal scholen van 1 tot en met ${SCENARIO_LIMITS.capacity} (1–${SCENARIO_LIMITS.capacity})`,
        code: 'WHOLE_NUMBER_RANGE',
        params: { min: 1, max: SCENARIO_LIMITS.capacity, unit: 'SCHOOLS' },
      });
    }
    let cost: number | null = c.costEur ?? null;
    if (cost !== null && (!Number.isFinite(cost) || cost < 0 || cost > SCENARIO_LIMITS.euros)) {
      problems.push({
        field: `${at}.costEur`,
        message: 'een bedrag van 0 tot 10^9 euro (0–10^9 euros)',
        code: 'OUT_OF_RANGE',
        params: { min: 0, max: 1_000_000_000 },
      });
    }
    if (cost === null && offering) {
      cost = offering.costType === 'FREE' ? 0 : offering.costAmountEur;
    }
    if (euros && cost === null) {
      problems.push({
        field: `${at}.costEur`,
        message:
          'kosten zijn nodig bij een budget in euro’s (a cost is required with a euro budget)',
        code: 'COST_NEEDED_FOR_EUROS',
      });
    }
    if (problems.length > before) return null;
    const types = [
      ...new Set(
        codes.value && codes.value.length > 0 ? codes.value : (offering?.interventionCodes ?? []),
      ),
    ];
    const label = offering
      ? `${offering.title} (${offering.organisationName})`
      : (c.title ?? '').trim();
    return { label, types, cost, offering };
  }
}
