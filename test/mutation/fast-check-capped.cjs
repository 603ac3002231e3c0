// fast-check for mutation runs only (jest.mutation-libs.config.js maps 'fast-check' here).
// When PARTNERWIJZER_MUTATION_NUM_RUNS is set (scripts/mutation.mjs sets it), every property
// runs at most that many cases: each mutant runs the properties that reach it, and at 100 to
// 1,000 cases per property the domain's run took hours. Fewer cases can only let a mutant
// survive that more cases would kill, so a score measured this way is a lower bound.
// The seed is fixed too (unless a property names its own): every mutant then meets the same
// cases as the first test run, so a random unlucky draw cannot count as a kill.
// `npm test` does not use this file: its properties keep their own numbers of runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module on purpose
const real = require('../../node_modules/fast-check/lib/cjs/fast-check.js');

const cap = Number(process.env.PARTNERWIJZER_MUTATION_NUM_RUNS);
const limit = (run) =>
  Number.isInteger(cap) && cap > 0
    ? (property, parameters = {}) =>
        run(property, {
          seed: 20261205,
          ...parameters,
          numRuns: Math.min(parameters.numRuns ?? 100, cap),
        })
    : run;

const api = { ...real.default, assert: limit(real.assert), check: limit(real.check) };
module.exports = { ...api, __esModule: true, default: api };
