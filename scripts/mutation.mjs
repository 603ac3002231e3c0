// Runs Stryker once per area (see stryker.config.mjs) and prints each area's mutation score.
// Usage: npm run test:mutation [-- domain search csv feed]   (no names: every area)
//        npm run test:mutation -- domain --mutate=libs/domain/src/matching/bundle.ts
//        (--mutate narrows an area to some files, for a quicker look;
//        --tests=libs/domain/src/geo/**/*.spec.ts narrows the tests as well;
//        --concurrency=1 runs one test worker, for a shared machine;
//        --ignore-static leaves out the static mutants (module-level constants: data tables,
//        catalogues), each of which runs every test of the area; they are counted as
//        "ignored" and not in the score, so say so wherever the figure is quoted;
//        --coverage-analysis=all runs every test of the area against each mutant instead of
//        only the tests that covered it: slower, but right where per-test coverage is not, as
//        for the embedded search contract, whose documents are written in a beforeAll)
// Reports land in reports/mutation/<area>/ (HTML, JSON); reruns are incremental: only mutants
// in changed code, or covered by changed tests, run again.
import { mkdir, writeFile } from 'node:fs/promises';
import { Stryker } from '@stryker-mutator/core';
import config, { areas } from '../stryker.config.mjs';

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const args = process.argv.slice(2);
const narrowed = args.filter((a) => a.startsWith('--mutate=')).map((a) => a.slice(9));
// --tests=<glob> narrows the tests too (a folder's own specs: a quicker first run, and a
// lower bound of the score, as other folders' tests may also kill its mutants).
const narrowedTests = args
  .filter((a) => a.startsWith('--tests='))
  .map((a) => `<rootDir>/${a.slice(8)}`);
// --concurrency=1 on a busy machine (default: stryker.config.mjs).
const concurrencyArg = args.find((a) => a.startsWith('--concurrency='));
const concurrency = concurrencyArg ? Number(concurrencyArg.slice(14)) : config.concurrency;
const ignoreStatic = args.includes('--ignore-static');
const allTests = args.includes('--coverage-analysis=all');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((a) => !(a in areas));
if (unknown.length > 0) {
  console.error(
    `Onbekend gebied / unknown area: ${unknown.join(', ')} (${Object.keys(areas).join(', ')})`,
  );
  process.exit(2);
}

// Property tests (fast-check) run at most 100 cases per property (fast-check's default), from
// a fixed seed, in a mutation run of the CommonJS areas (test/mutation/fast-check-capped.cjs;
// `npm test` keeps each property's own number and random seeds). The fixed seed matters: the
// match engine's property checks that its cases reach every kind of result ten times, which
// 100 random cases do not always do; from this seed they do.
process.env.PARTNERWIJZER_MUTATION_NUM_RUNS ??= '100';

const summary = {};
// The halves of an area (search-core, search-embedded) run only when named.
for (const area of wanted.length > 0
  ? wanted
  : Object.keys(areas).filter((a) => !a.includes('-'))) {
  // A narrowed run has its own reports and incremental file, named after what it mutates.
  const slug = narrowed
    .join('+')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // Its own incremental file: results kept under per-test coverage are not reused.
  const name = `${area}${narrowed.length > 0 ? `--${slug}` : ''}${ignoreStatic ? '-nostatic' : ''}${allTests ? '-alltests' : ''}`;
  const dir = `reports/mutation/${name}`;
  await mkdir(dir, { recursive: true });
  const { cjs } = areas[area];
  const started = Date.now();
  const results = await new Stryker({
    ...config,
    concurrency,
    // Static mutants can only be told apart with per-test coverage.
    ignoreStatic: ignoreStatic && !allTests,
    ...(allTests ? { coverageAnalysis: 'all' } : {}),
    mutate: narrowed.length > 0 ? narrowed : areas[area].mutate,
    ...(cjs ? { testRunnerNodeArgs: cjs.nodeArgs } : {}),
    jest: {
      ...config.jest,
      ...(cjs ? { configFile: cjs.configFile } : {}),
      config: { testMatch: narrowedTests.length > 0 ? narrowedTests : areas[area].tests },
    },
    incremental: true,
    // Committed (test/mutation/): a rerun after a change tests only the mutants it touches.
    incrementalFile: `test/mutation/${name}.incremental.json`,
    jsonReporter: { fileName: `${dir}/mutation.json` },
    htmlReporter: { fileName: `${dir}/index.html` },
    // Per run, so narrowed runs of one area can go at the same time.
    tempDirName: `.stryker-tmp/${name}`,
  }).runMutationTest();

  const count = (set) => results.filter((r) => set.has(r.status)).length;
  const detected = count(DETECTED);
  const undetected = count(UNDETECTED);
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  summary[area] = {
    score: Math.round(score * 100) / 100,
    mutants: results.length,
    killed: count(new Set(['Killed'])),
    timeout: count(new Set(['Timeout'])),
    survived: count(new Set(['Survived'])),
    noCoverage: count(new Set(['NoCoverage'])),
    ignored: count(new Set(['Ignored'])),
    errors: count(new Set(['CompileError', 'RuntimeError'])),
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

await writeFile('reports/mutation/summary.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log('\nMutatiescore per gebied / mutation score per area:');
for (const [area, s] of Object.entries(summary)) {
  console.log(
    `  ${area.padEnd(9)} ${s.score.toFixed(2).padStart(6)} %  ` +
      `(${s.killed} killed, ${s.timeout} timeout, ${s.survived} survived, ${s.noCoverage} no coverage; ` +
      `${s.ignored} ignored; ${s.seconds} s)`,
  );
}
