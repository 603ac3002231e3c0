// npm run bench:needs — need-weighted gaps and scenarios at national scale:
//   1. the national weighted-gap summary (every active school × 11 intervention types: need,
//      met-ness, per municipality, province and the country), computed afresh: the first call
//      (reads every indicator and profile), then NeedGapService.computeNationalSummary with the
//      inputs held by their owners after a version check, and the computation alone;
//   2. a Rotterdam (GM0599) scenario with 200 candidates (100 existing offerings extended into
//      the municipality, 100 sketched ones with a radius and capacity) and a budget of 10
//      offerings (greedy mode), and the same with a euro budget;
//   3. memory (heap and RSS) after each.
// Data: real schools and municipalities from ../shared/data, the schoolweging and CBS
// achterstandsscores from ../shared/data/indicators, 5,000 organisations and 20,000 generated
// offerings (bench/match/dataset.ts, the seed of bench:match). Results: bench/results/needs.json.
// The machine is shared with other agents: figures are noisy; load averages are recorded.
import { join } from 'node:path';
import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import type { DataSource } from 'typeorm';
import { writeImportedIndicators } from '../apps/api/src/modules/indicators/index.js';
import { MatchingIndexService } from '../apps/api/src/modules/matching/index.js';
import {
  NeedGapService,
  ScenarioService,
} from '../apps/api/src/modules/municipality-view/index.js';
import type { ScenarioInput } from '../apps/api/src/modules/municipality-view/models/scenario.model.js';
import { DATASET_SEED } from './match/dataset.js';
import { Prng } from './match/prng.js';
import { mb, round } from './match/stats.js';
import { achterstandRows, indicatorFilesPresent, schoolwegingRows } from './needs/indicators.js';
import {
  startNationalBench,
  timeRuns as time,
  withNationalApi,
  writeReport,
} from './support/national-api.js';
import { DATA_DIR, RESULTS_DIR } from './support/paths.js';

const INDICATOR_DIR = join(DATA_DIR, 'indicators');
const DB_NAME = 'pw_bench_needs';
const SEED = Number(process.env.BENCH_NEEDS_SEED ?? DATASET_SEED);
const RUNS = Number(process.env.BENCH_NEEDS_RUNS ?? 10);
const CODE = 'GM0599';
const TARGETS = { nationalSummaryMs: 200, scenarioMs: 1000 };

const log = (line: string): void => console.log(`[bench:needs] ${line}`);

const memory = () => ({
  heapUsedMb: mb(process.memoryUsage().heapUsed),
  rssMb: mb(process.memoryUsage().rss),
});

async function main(): Promise<void> {
  if (!indicatorFilesPresent(INDICATOR_DIR)) {
    console.log(`SKIPPED bench:needs: ${INDICATOR_DIR} absent (the indicator files are needed)`);
    return;
  }
  const { started, report, places, partners } = startNationalBench('needs', SEED);
  report.dataset = {
    places: places.source,
    schools: places.schools.length,
    offerings: partners.offerings.length,
    organisations: partners.organisations.length,
  };
  log(`data: ${JSON.stringify(report.dataset)}`);

  const known = new Set(places.schools.map((s) => s.vestigingscode));
  const sw = schoolwegingRows(INDICATOR_DIR, known);
  const ach = achterstandRows(INDICATOR_DIR, known);
  report.indicators = { schoolweging: sw.length, achterstandsscore: ach.length };
  const indicators = async (ds: DataSource) =>
    ds.transaction(async (tx) => {
      await writeImportedIndicators(tx, 'SCHOOLWEGING', '2021-2024', sw);
      await writeImportedIndicators(tx, 'ACHTERSTANDSSCORE', '2019', ach);
    });
  const options = { dbName: DB_NAME, places, partners, listen: false, log, extra: indicators };
  await withNationalApi(options, async ({ app, database, bootMs }) => {
    report.database = database;
    const index = app.get(MatchingIndexService);
    const needs = app.get(NeedGapService);
    const scenarios = app.get(ScenarioService);
    report.api = { bootMs, offeringsInIndex: index.engine.size, ...memory() };
    log(`API up with ${index.engine.size} offerings`);
    // ---- 1. national weighted-gap summary ----
    const memBefore = memory();
    // The first call reads every indicator and opted-in profile (the owners then hold them
    // and check one version counter per table on later calls: migration 1764000700000).
    const coldStart = performance.now();
    await needs.computeNationalSummary();
    const coldMs = round(performance.now() - coldStart, 1);
    log(`national summary, first call (reads all indicators and profiles): ${coldMs} ms`);
    const full = await time(RUNS, 1, async () => {
      needs.clearCaches();
      await needs.computeNationalSummary();
    });
    const summary = await needs.computeNationalSummary();
    log(
      `national summary afresh (inputs held, their versions checked in the database) × ${RUNS}: p50 ${full.wallMs.p50} ms, p95 ${full.wallMs.p95} ms, max ${full.wallMs.max} ms (CPU p50 ${full.cpuMs.p50} ms) (load ${full.loadAverage1m.join(' → ')})`,
    );
    // The computation alone: inputs (indicators, profiles) read once, then masks + formula + sums.
    const inputs = await needs.loadNationalInputs();
    const schools = inputs.schools;
    const computeOnly = await time(RUNS, 1, () => needs.summariseNational(inputs));
    log(
      `national summary, computation only (coverage masks + formula + sums, inputs in memory) × ${RUNS}: p50 ${computeOnly.wallMs.p50} ms, p95 ${computeOnly.wallMs.p95} ms, max ${computeOnly.wallMs.max} ms (CPU p50 ${computeOnly.cpuMs.p50} ms; load ${computeOnly.loadAverage1m.join(' → ')})`,
    );
    const memSummary = memory();

    // ---- 2. Rotterdam scenario, 200 candidates, budget 10 ----
    const prng = new Prng(SEED);
    const rnd = () => prng.next();
    const rotterdam = schools.filter((s) => s.municipalityCode === CODE);
    const offeringIds = [...index.engine.store.slots.keys()];
    const existing = Array.from({ length: 100 }, () => ({
      offeringId: offeringIds[Math.floor(rnd() * offeringIds.length)],
    }));
    const sketched = Array.from({ length: 100 }, (_, i) => {
      const at = rotterdam[Math.floor(rnd() * rotterdam.length)].location;
      const types = new Set(
        Array.from(
          { length: 1 + Math.floor(rnd() * 3) },
          () => INTERVENTION_CODES[Math.floor(rnd() * 11)],
        ),
      );
      return {
        title: `Geschetst aanbod ${i + 1}`,
        interventionCodes: [...types],
        center: { lat: at.lat, lng: at.lng },
        radiusKm: 1 + Math.round(rnd() * 40) / 10,
        capacitySchools: 5 + Math.floor(rnd() * 30),
        costEur: 5_000 + Math.floor(rnd() * 45) * 1_000,
      };
    });
    const input: ScenarioInput = {
      code: CODE,
      budgetKind: 'COUNT',
      budget: 10,
      candidates: [...existing, ...sketched],
    };
    const first = await scenarios.compute(CODE, input);
    const scenario = await time(RUNS, 1, () => scenarios.compute(CODE, input));
    log(
      `scenario ${CODE}, ${input.candidates.length} candidates, budget 10 (${first.mode}) × ${RUNS}: p50 ${scenario.wallMs.p50} ms, p95 ${scenario.wallMs.p95} ms, max ${scenario.wallMs.max} ms; value ${first.value} of ${first.unmetBefore} unmet, share ${first.shareBefore} → ${first.shareAfter}`,
    );
    // The generated offerings reach every Rotterdam cell locally (no unmet need, a trivial
    // instance); the same candidates from a baseline where nothing reaches the schools yet
    // give the optimiser real work.
    const fromZero = await scenarios.compute(CODE, input, { baseline: 'NONE' });
    const scenarioZero = await time(RUNS, 1, () =>
      scenarios.compute(CODE, input, { baseline: 'NONE' }),
    );
    log(
      `scenario ${CODE} from a zero baseline, 200 candidates, budget 10 (${fromZero.mode}, guarantee ${round(fromZero.guarantee, 3)}) × ${RUNS}: p50 ${scenarioZero.wallMs.p50} ms, p95 ${scenarioZero.wallMs.p95} ms, max ${scenarioZero.wallMs.max} ms (CPU p50 ${scenarioZero.cpuMs.p50} ms); value ${fromZero.value} of ${fromZero.unmetBefore}, ${fromZero.steps.length} steps`,
    );
    const eurosInput: ScenarioInput = {
      ...input,
      budgetKind: 'EUROS',
      budget: 200_000,
      candidates: [...existing.map((c) => ({ ...c, costEur: 10_000 })), ...sketched],
    };
    const firstEuros = await scenarios.compute(CODE, eurosInput, { baseline: 'NONE' });
    const scenarioEuros = await time(RUNS, 1, () =>
      scenarios.compute(CODE, eurosInput, { baseline: 'NONE' }),
    );
    log(
      `scenario ${CODE} from a zero baseline, euro budget 200,000 (${firstEuros.mode}) × ${RUNS}: p50 ${scenarioEuros.wallMs.p50} ms, p95 ${scenarioEuros.wallMs.p95} ms; value ${firstEuros.value}, spent ${firstEuros.spentEur}`,
    );
    const memScenario = memory();

    const targets = {
      nationalSummaryMs: {
        target: `<= ${TARGETS.nationalSummaryMs}`,
        value: full.wallMs.p50,
        basis:
          'median of the runs computed afresh: every school × 11 types from the engine, with the indicator and profile inputs held in memory after a version check in the database',
        pass: full.wallMs.p50 <= TARGETS.nationalSummaryMs,
        p95: full.wallMs.p95,
        max: full.wallMs.max,
        firstCallMs: coldMs,
        computationOnlyP50: computeOnly.wallMs.p50,
        computationOnlyMax: computeOnly.wallMs.max,
      },
      scenarioMs: {
        target: `<= ${TARGETS.scenarioMs}`,
        value: Math.max(scenario.wallMs.max, scenarioZero.wallMs.max),
        basis: `slowest run, ${CODE}, 200 candidates, budget 10, current coverage and zero baseline`,
        pass: Math.max(scenario.wallMs.max, scenarioZero.wallMs.max) <= TARGETS.scenarioMs,
      },
    };
    Object.assign(report, {
      nationalSummary: {
        schools: summary.schools,
        cells: summary.cells,
        municipalities: summary.byMunicipality.size,
        // The accumulators count whole tenths of a pupil.
        need: summary.national.needTenths / 10,
        met: summary.national.metTenths / 10,
        share: round(summary.national.metTenths / summary.national.needTenths, 3),
        firstCallMs: coldMs,
        afresh: full,
        computationOnly: computeOnly,
      },
      scenario: {
        municipality: CODE,
        schools: rotterdam.length,
        candidates: input.candidates.length,
        budget: 10,
        mode: first.mode,
        guarantee: first.guarantee,
        steps: first.steps.length,
        value: first.value,
        unmetBefore: first.unmetBefore,
        shareBefore: first.shareBefore,
        shareAfter: first.shareAfter,
        timing: scenario,
        fromZeroBaseline: {
          note: 'the generated offerings leave no unmet need in Rotterdam; the same candidates as if nothing reached the schools yet',
          mode: fromZero.mode,
          guarantee: fromZero.guarantee,
          steps: fromZero.steps.length,
          value: fromZero.value,
          unmetBefore: fromZero.unmetBefore,
          timing: scenarioZero,
        },
        euros: {
          budget: 200_000,
          mode: firstEuros.mode,
          value: firstEuros.value,
          spent: firstEuros.spentEur,
          timing: scenarioEuros,
        },
      },
      memory: { beforeSummary: memBefore, afterSummary: memSummary, afterScenarios: memScenario },
      targets,
    });
    log(`targets: ${JSON.stringify(targets)}`);
    log(`memory: ${JSON.stringify(report.memory)}`);
  });
  writeReport(report, started, RESULTS_DIR, 'needs.json');
  log(`written bench/results/needs.json in ${String(report.totalRuntimeS)} s`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
