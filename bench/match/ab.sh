#!/usr/bin/env bash
# npm run bench:match-ab -- A B [ROUNDS] [NAME] — bench:match's in-process part (engine.match over every
# school × 3 need sets, CoverageIndex.coveringAt) for two commits, interleaved so both see the
# same load; odd rounds run A first, even rounds B first. Each commit is built in its own
# worktree under $TMPDIR. Writes bench/results/NAME.json and NAME.md (NAME: 4th argument, default
# match-ab).
# Why not the whole bench: the HTTP and PostGIS parts do not run the code an A/B is about, and
# on this 2-core machine their minutes let the noise drift between the two sides.
set -euo pipefail
A=$(git rev-parse --short "${1:?commit A}")
B=$(git rev-parse --short "${2:?commit B}")
ROUNDS=${3:-5}
NAME=${4:-match-ab}
ROOT=$(git rev-parse --show-toplevel)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pw-match-ab.XXXXXX")
RUNS="$WORK/runs.jsonl"
trap 'for c in "$A" "$B"; do git -C "$ROOT" worktree remove --force "$WORK/$c" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

for c in "$A" "$B"; do
  git -C "$ROOT" worktree add -q --detach "$WORK/$c" "$c"
  cp -al "$ROOT/node_modules" "$WORK/$c/node_modules"
  ln -sfn "$ROOT/../shared" "$WORK/shared"
  (cd "$WORK/$c" && npx tsc -b libs/search/tsconfig.build.json && npx tsc -p bench/match/tsconfig.json)
done

# One in-process run; stops the bench once its in-process part has printed (the cross-check line).
run() {
  local c=$1 variant=$2 round=$3 log="$WORK/$1-$3.log" pid
  (cd "$WORK/$c" && BENCH_DATA_DIR="$ROOT/../shared/data" BENCH_MATCH_SKIP_POSTGIS=1 BENCH_MATCH_SKIP_10X=1 \
    exec node --expose-gc --max-old-space-size=8192 bench/dist/bench/match.bench.js) >"$log" 2>&1 &
  pid=$!
  until grep -q 'brute-force match' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  node -e '
    const [log, commit, variant, round] = process.argv.slice(1);
    const t = require("fs").readFileSync(log, "utf8");
    const m = t.match(/1x: engine\.match over (\d+) queries: p50 ([\d.]+) ms, p95 ([\d.]+) ms, p99 ([\d.]+) ms \(CPU time p50 ([\d.]+), p99 ([\d.]+) ms; load average ([\d.]+) → ([\d.]+)\)/);
    const cov = t.match(/1x: CoverageIndex\.coveringAt p50 ([\d.]+) ms/);
    if (!m || !cov) throw new Error("no in-process figures in " + log);
    console.log(JSON.stringify({ commit, variant, round: +round, queries: +m[1], p50: +m[2], p95: +m[3],
      p99: +m[4], cpuP50: +m[5], cpuP99: +m[6], coveringAtP50: +cov[1], load: m[7] + "→" + m[8] }));
  ' "$log" "$c" "$variant" "$round" | tee -a "$RUNS"
}

for r in $(seq 1 "$ROUNDS"); do
  if ((r % 2)); then run "$A" A "$r"; run "$B" B "$r"; else run "$B" B "$r"; run "$A" A "$r"; fi
done

node -e '
  const fs = require("fs");
  const [runsFile, a, b, out] = process.argv.slice(1);
  const runs = fs.readFileSync(runsFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const median = (xs) => { const s = [...xs].sort((x, y) => x - y); const n = s.length;
    return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
  const keys = ["p50", "p95", "p99", "cpuP50", "coveringAtP50"];
  const medians = Object.fromEntries(["A", "B"].map((v) => [v, Object.fromEntries(keys.map((k) =>
    [k, +median(runs.filter((r) => r.variant === v).map((r) => r[k])).toFixed(4)]))]));
  const ratio = Object.fromEntries(keys.map((k) => [k, +(medians.B[k] / medians.A[k]).toFixed(3)]));
  const now = new Date().toISOString();
  const what = "bench:match in-process part (engine.match over every school x 3 need sets; CoverageIndex.coveringAt), A = " + a + ", B = " + b + ", interleaved";
  fs.writeFileSync(out + ".json", JSON.stringify({ benchmark: "match-ab", generatedAt: now, what, runs, medians, ratioBOverA: ratio,
    target: "B within noise of A: the runs of B and A overlap; the in-process target of bench:match (p99 <= 2 ms) holds" }, null, 2) + "\n");
  const rows = runs.map((r) => `| ${r.variant}${r.round} | ${r.commit} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.cpuP50} | ${r.coveringAtP50} | ${r.load} |`);
  fs.writeFileSync(out + ".md", [`# bench:match A/B — ${now}`, "", what + ".", "",
    "| run | commit | p50 ms | p95 ms | p99 ms | CPU p50 ms | coveringAt p50 ms | load |", "|---|---|--:|--:|--:|--:|--:|---|",
    ...rows, "", "| median | A | B | B / A |", "|---|--:|--:|--:|",
    ...keys.map((k) => `| ${k} | ${medians.A[k]} | ${medians.B[k]} | ${ratio[k]} |`), ""].join("\n"));
  console.log("medians", JSON.stringify(medians), "B/A", JSON.stringify(ratio));
' "$RUNS" "$A" "$B" "$ROOT/bench/results/$NAME"
