#!/usr/bin/env bash
# compare.sh: lastmile end to end against prose's segmenter alone, lastmile's
# own sentence splitting alone, and the sbd npm package's splitting alone,
# over the same turns of the E2E benchmark's calls, each on one core
# (taskset -c 0), medians of RUNS runs (default 6). Needs node and npm.
# Run from the repository root: bash testdata/bench/sbd/compare.sh
set -euo pipefail
runs=${1:-6}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"
pin="taskset -c 0"
command -v taskset >/dev/null || pin=""
[ -d "$here/node_modules/sbd" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
out=$(mktemp -d)
# The Go side first: it makes the benchmark calls (cmd/gencalls) if needed.
$pin go test ./cmd/lastmile -run '^$' -bench 'E2E/jobs=1|Prose|Sentences' -count "$runs" -cpu 1 | tee "$out/go.txt"
dir=${LASTMILE_BENCH_DIR:-${TMPDIR:-/tmp}/lastmile-bench-punctuated-300}
go build -o "$out/lastmile" ./cmd/lastmile
"$out/lastmile" turns --format json "$dir" | $pin node "$here/bench.js" "$runs" | tee "$out/sbd.txt"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
e2e=$(awk '/^BenchmarkE2E/ {print $3}' "$out/go.txt" | median)
prose=$(awk '/^BenchmarkProse/ {print $3}' "$out/go.txt" | median)
sents=$(awk '/^BenchmarkSentences/ {print $3}' "$out/go.txt" | median)
sbd=$(awk '/^sbd [0-9]/ {print $2}' "$out/sbd.txt" | median)
echo
awk -v e="$e2e" -v p="$prose" -v s="$sents" -v j="$sbd" 'BEGIN {
  printf "medians (ns/op): lastmile score %d, prose %d, lastmile sentences %d, sbd %d\n", e, p, s, j
  printf "lastmile score --jobs 1 speed / prose alone:       %.2f\n", p / e
  printf "lastmile score --jobs 1 speed / sbd alone:         %.2f\n", j / e
  printf "lastmile sentences alone speed / prose alone:      %.2f\n", p / s
  printf "lastmile sentences alone speed / sbd alone:        %.2f\n", j / s
}'
