// Merges Stryker incremental reports of narrowed runs (scripts/mutation.mjs --mutate=…) into
// one incremental file, so that a run of a whole area can start from them: Stryker then reuses
// a mutant's result only where its code is unchanged and (for one that was not killed) no test
// covers it that did not before, and runs everything else again. The figure that run prints is
// the area's, with all of its tests — the narrowed runs only save time.
// Usage: node scripts/mutation-merge.mjs OUT.json IN.json [IN.json …]
// Per mutated file and per test file it keeps the version from the last input whose source
// equals the file on disk (else the last input that has it). Test ids are only unique within a
// report, so tests are matched by file and name across inputs; a reference to a test the kept
// version does not have is dropped (a mutant killed by it then runs again).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('Gebruik / usage: node scripts/mutation-merge.mjs OUT.json IN.json [IN.json …]');
  process.exit(2);
}

const reports = inputs.map((path) => JSON.parse(readFileSync(path, 'utf8')));
const onDisk = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** For each file name, the input index whose version is kept. */
function pick(section) {
  const chosen = new Map();
  reports.forEach((report, index) => {
    for (const [file, entry] of Object.entries(report[section] ?? {})) {
      const current = chosen.get(file);
      const matches = entry.source !== undefined && entry.source === onDisk(file);
      if (current === undefined || matches || !current.matches) {
        chosen.set(file, { index, matches });
      }
    }
  });
  return chosen;
}

const testKey = (file, name) => `${file}\u0000${name}`;

// The kept test files, with fresh ids unique over the merged report.
const testFiles = {};
const idByKey = new Map();
for (const [file, { index }] of pick('testFiles')) {
  const entry = reports[index].testFiles[file];
  testFiles[file] = {
    ...entry,
    tests: entry.tests.map((test) => {
      const id = String(idByKey.size);
      idByKey.set(testKey(file, test.name), id);
      return { ...test, id };
    }),
  };
}

// Each input's own test ids, translated to the merged ids.
const translators = reports.map((report) => {
  const own = new Map();
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
    for (const test of entry.tests) own.set(test.id, idByKey.get(testKey(file, test.name)));
  }
  return (ids) => (ids ?? []).map((id) => own.get(id)).filter((id) => id !== undefined);
});

const files = {};
let mutantCount = 0;
for (const [file, { index, matches }] of pick('files')) {
  const entry = reports[index].files[file];
  const translate = translators[index];
  files[file] = {
    ...entry,
    mutants: entry.mutants.map((mutant) => ({
      ...mutant,
      coveredBy: translate(mutant.coveredBy),
      killedBy: translate(mutant.killedBy),
    })),
  };
  mutantCount += entry.mutants.length;
  if (!matches) console.log(`gewijzigd sinds de meting / changed since measured: ${file}`);
}

// The merged score, counted as scripts/mutation.mjs counts a run's (killed + timeout over
// killed + timeout + survived + no coverage; ignored and runtime errors left out).
const count = {};
for (const { mutants } of Object.values(files)) {
  for (const { status } of mutants) count[status] = (count[status] ?? 0) + 1;
}
const n = (status) => count[status] ?? 0;
const detected = n('Killed') + n('Timeout');
const valid = detected + n('Survived') + n('NoCoverage');
console.log(
  `mutatiescore / score ${((100 * detected) / valid).toFixed(2)} % (${detected} / ${valid}: ${n('Killed')} killed, ` +
    `${n('Timeout')} timeout, ${n('Survived')} survived, ${n('NoCoverage')} no coverage; ` +
    `${n('Ignored')} ignored, ${n('RuntimeError') + n('CompileError')} errors)`,
);

const { config: _config, ...base } = reports[reports.length - 1];
writeFileSync(out, `${JSON.stringify({ ...base, files, testFiles })}\n`);
console.log(
  `${Object.keys(files).length} bestanden, ${mutantCount} mutanten, ${idByKey.size} tests → ${out}`,
);
