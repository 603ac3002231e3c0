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
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERVENTION_CODES } from '@partnerwijzer/domain';
import { loadConfig } from '../apps/api/src/config/config.schema.js';
import { createApp } from '../apps/api/src/create-app.js';
import { writeImportedIndicators } from '../apps/api/src/modules/indicators/index.js';
import { MatchingIndexService } from '../apps/api/src/modules/matching/index.js';
import {
  NeedGapService,
  ScenarioService,
} from '../apps/api/src/modules/municipality-view/index.js';
import type { ScenarioInput } from '../apps/api/src/modules/municipality-view/models/scenario.model.js';
import { SearchSyncWorker } from '../apps/api/src/modules/search/search-sync.worker.js';
import { generatePartners, loadPlaces } from './match/dataset.js';
import { createBenchDatabase, loadBenchData } from './match/db-load.js';
import { mb, round, summarise, type LatencySummary } from './match/stats.js';
import { achterstandRows, indicatorFilesPresent, schoolwegingRows } from './needs/indicators.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA_DIR = process.env.BENCH_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data');
const INDICATOR_DIR = join(DATA_DIR, 'indicators');
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = 'pw_bench_needs';
const SEED = Number(process.env.BENCH_NEEDS_SEED ?? 20251123);
const RUNS = Number(process.env.BENCH_NEEDS_RUNS ?? 10);
const CODE = 'GM0599';
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
const TARGETS = { nationalSummaryMs: 200, scenarioMs: 1000 };

const log = (line: string): void => console.log(`[bench:needs] ${line}`);
const load1 = (): number => round(loadavg()[0], 2);

interface Timed {
  wallMs: LatencySummary;
  cpuMs: LatencySummary;
  loadAverage1m: [number, number];
}

async function time(
  runs: number,
  warmup: number,
  fn: () => Promise<unknown> | unknown,
): Promise<Timed> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  const before = load1();
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wallMs: summarise(wall), cpuMs: summarise(cpu), loadAverage1m: [before, load1()] };
}

const memory = () => ({
  heapUsedMb: mb(process.memoryUsage().heapUsed),
  rssMb: mb(process.memoryUsage().rss),
});

/** Small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  if (!indicatorFilesPresent(INDICATOR_DIR)) {
    console.log(`SKIPPED bench:needs: ${INDICATOR_DIR} absent (the indicator files are needed)`);
    return;
  }
  const started = performance.now();
  const now = new Date();
  const cpu = cpus();
  const report: Record<string, unknown> = {
    benchmark: 'needs',
    generatedAt: now.toISOString(),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cpus: cpu.length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      platform: `${platform()} ${release()}`,
      node: process.version,
      loadAverageAtStart: loadavg().map((v) => round(v, 2)),
      note: 'shared machine: 2 cores used by several agents at once; figures are noisy, see the load averages per section',
    },
    seed: SEED,
  };
  const places = loadPlaces(DATA_DIR, SEED);
  const partners = generatePartners(places, {
    organisations: 5_000,
    offerings: 20_000,
    seed: SEED,
    now,
  });
  report.dataset = {
    places: places.source,
    schools: places.schools.length,
    offerings: partners.offerings.length,
    organisations: partners.organisations.length,
  };
  log(`data: ${JSON.stringify(report.dataset)}`);

  const { db, fallbackReason } = await createBenchDatabase(POSTGRES_URL, DB_NAME);
  report.database = db.description + (fallbackReason ? ` (${fallbackReason})` : '');
  try {
    let t0 = performance.now();
    const handle = await db.open();
    await loadBenchData(handle.dataSource, places, partners);
    const known = new Set(places.schools.map((s) => s.vestigingscode));
    const sw = schoolwegingRows(INDICATOR_DIR, known);
    const ach = achterstandRows(INDICATOR_DIR, known);
    await handle.dataSource.transaction(async (tx) => {
      await writeImportedIndicators(tx, 'SCHOOLWEGING', '2021-2024', sw);
      await writeImportedIndicators(tx, 'ACHTERSTANDSSCORE', '2019', ach);
    });
    await handle.close();
    report.indicators = { schoolweging: sw.length, achterstandsscore: ach.length };
    log(
      `database loaded in ${Math.round(performance.now() - t0)} ms; indicators ${JSON.stringify(report.indicators)}`,
    );

    t0 = performance.now();
    const app = await createApp(
      loadConfig({
        ...db.env,
        NODE_ENV: 'production',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        SEARCH_SYNC_INTERVAL_MS: '60000',
      }),
    );
    await app.init();
    // Let the search worker finish its first full index build before measuring.
    await app.get(SearchSyncWorker).drain();
    const index = app.get(MatchingIndexService);
    const needs = app.get(NeedGapService);
    const scenarios = app.get(ScenarioService);
    report.api = {
      bootMs: Math.round(performance.now() - t0),
      offeringsInIndex: index.engine.size,
      ...memory(),
    };
    log(`API up with ${index.engine.size} offerings`);
    try {
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
      const rnd = prng(SEED);
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
          interventionTypes: [...types],
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
          need: round(summary.national.need, 1),
          met: round(summary.national.met, 1),
          share: round(summary.national.met / summary.national.need, 3),
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
    } finally {
      await app.close();
    }
  } finally {
    await db.drop().catch((e: unknown) => log(`could not drop the bench database: ${String(e)}`));
  }
  report.totalRuntimeS = Math.round((performance.now() - started) / 1000);
  report.loadAverageAtEnd = loadavg().map((v) => round(v, 2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'needs.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`written bench/results/needs.json in ${String(report.totalRuntimeS)} s`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
