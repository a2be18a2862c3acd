#!/usr/bin/env bash
# Builds the bench module, runs the JMH suite with -prof gc (P1 frame decode included: FrameDecodeBenchmark), the journal-append latency harness (P4), the
# sustained no-GC run (P3), the backtest scaling run (P8), the tick-to-order (P6, and P4's run without the journal) and
# webhook-to-order (P7) latency harnesses, and regenerates bench/RESULTS.md from their output
# (com.tradefinder.bench.ResultsReport).
# RESULTS.md is never edited by hand.
#
#   bench/run-benchmarks.sh            full run (~25-30 minutes on a 2-core VM, 10 of them the sustained run), writes bench/RESULTS.md
#   bench/run-benchmarks.sh --smoke    one short iteration each (CI, ~3-5 minutes), writes bench/target/RESULTS-smoke.md;
#                                      the scaling run's largest input is reduced from 100x to 25x, the sustained run to 5 s
#   options: --no-build (reuse bench/target/benchmarks.jar), --out=FILE (where the report goes)
#
# Needs the real data in ../shared (or TRADEFINDER_SHARED=DIR, DIR holding data/). Run from anywhere.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

mode=full
build=1
out=""
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --no-build) build=0 ;;
    --out=*) out="${arg#--out=}" ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "run-benchmarks.sh: unknown option $arg (use --smoke, --no-build, --out=FILE)" >&2; exit 2 ;;
  esac
done
if [[ -z "$out" ]]; then
  if [[ "$mode" == smoke ]]; then out=bench/target/RESULTS-smoke.md; else out=bench/RESULTS.md; fi
fi

shared="${TRADEFINDER_SHARED:-../shared}"
if [[ ! -d "$shared/data" ]]; then
  echo "run-benchmarks.sh: benchmarks need real data: $shared/data not found (set TRADEFINDER_SHARED=DIR, DIR holding data/)" >&2
  exit 1
fi
export TRADEFINDER_SHARED="$(cd "$shared" && pwd)"

command_line="bench/run-benchmarks.sh${*:+ $*}"
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
started=$(date +%s)

if [[ "$build" == 1 ]]; then
  echo "== build: ./mvnw -B -q -pl bench -am package -DskipTests"
  ./mvnw -B -q -pl bench -am package -DskipTests
fi
built=$(date +%s)
jar=bench/target/benchmarks.jar
[[ -f "$jar" ]] || { echo "run-benchmarks.sh: $jar missing (build first)" >&2; exit 1; }

# the same flags the JMH forks get through @Fork(jvmArgsAppend), for the latency main
flags=$(sed -n 's:.*<engine.jvm.args>\(.*\)</engine.jvm.args>.*:\1:p' pom.xml)

jmh_opts=(-prof gc -rf json -rff bench/target/jmh-results.json)
# 3 s of warm-up per path writes past the first 16 MiB mapping chunk of each journal (its first pass is interpreted)
latency_opts=(--rate 100000 --seconds 5 --warmup-seconds 3)
# P3: 10 minutes at 100k events/s into the engine, in a bounded heap so that even a slow leak would show as a GC
sustained_opts=(--rate 100000 --seconds 600 --warmup-seconds 10)
# P8: 1x, 10x, 100x the input (2,000 / 20,000 / 200,000 hourly bars per instrument) in one JVM with a 512 MB heap
scaling_opts=(--base-bars 2000 --max-factor 100 --repeats 5)
# P6 and P7: each runs its echo baseline, then its path, at the same rate
tick_opts=(--rate 2000 --events 100000 --warmup-events 20000)
webhook_opts=(--rate 200 --events 6000 --warmup-events 2000)
if [[ "$mode" == smoke ]]; then
  jmh_opts+=(-wi 1 -i 1 -w 1s -r 1s)
  latency_opts=(--rate 100000 --seconds 1 --warmup-seconds 3)
  sustained_opts=(--rate 100000 --seconds 5 --warmup-seconds 2)
  # smoke: the largest input reduced from 100x to 25x, the 1x case repeated 3 times
  scaling_opts=(--base-bars 2000 --max-factor 25 --repeats 3)
  tick_opts=(--rate 2000 --events 4000 --warmup-events 2000)
  webhook_opts=(--rate 200 --events 400 --warmup-events 200)
fi

echo "== JMH: java -jar $jar ${jmh_opts[*]}"
java -jar "$jar" "${jmh_opts[@]}" 2>&1 | tee bench/target/jmh-output.txt
if grep -q '<failure>' bench/target/jmh-output.txt; then
  echo "run-benchmarks.sh: a benchmark failed (see bench/target/jmh-output.txt)" >&2
  exit 1
fi
jmh_done=$(date +%s)

echo "== latency: JournalAppendLatency ${latency_opts[*]}"
# shellcheck disable=SC2086
java $flags -cp "$jar" com.tradefinder.bench.JournalAppendLatency "${latency_opts[@]}" \
  --out bench/target/latency.properties
latency_done=$(date +%s)

echo "== sustained: SustainedEngineRun ${sustained_opts[*]}"
# shellcheck disable=SC2086
java $flags -Xms512m -Xmx512m -cp "$jar" com.tradefinder.bench.SustainedEngineRun "${sustained_opts[@]}" \
  --out bench/target/sustained.properties
sustained_done=$(date +%s)

echo "== scaling: BacktestScaling ${scaling_opts[*]}"
# shellcheck disable=SC2086
java $flags -Xmx512m -cp "$jar" com.tradefinder.bench.BacktestScaling "${scaling_opts[@]}" \
  --out bench/target/scaling.properties
scaling_done=$(date +%s)

echo "== tick-to-order: TickToOrderLatency ${tick_opts[*]}"
# shellcheck disable=SC2086
java $flags -cp "$jar" com.tradefinder.bench.TickToOrderLatency "${tick_opts[@]}" \
  --out bench/target/tick-to-order.properties
tick_done=$(date +%s)

echo "== webhook: WebhookLatency ${webhook_opts[*]}"
# shellcheck disable=SC2086
java $flags -cp "$jar" com.tradefinder.bench.WebhookLatency "${webhook_opts[@]}" \
  --out bench/target/webhook.properties
finished=$(date +%s)

load="before: $load; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
timings="build $((built - started)) s, JMH $((jmh_done - built)) s, latency $((latency_done - jmh_done)) s, sustained $((sustained_done - latency_done)) s, scaling $((scaling_done - sustained_done)) s, tick-to-order $((tick_done - scaling_done)) s, webhook $((finished - tick_done)) s, total $((finished - started)) s"
java -cp "$jar" com.tradefinder.bench.ResultsReport \
  --json bench/target/jmh-results.json \
  --latency bench/target/latency.properties \
  --scaling bench/target/scaling.properties \
  --tickToOrder bench/target/tick-to-order.properties \
  --webhook bench/target/webhook.properties \
  --sustained bench/target/sustained.properties \
  --out "$out" \
  --mode "$mode" \
  --command "$command_line" \
  --jmhCommand "java -jar $jar ${jmh_opts[*]}" \
  --latencyCommand "java \${engine.jvm.args} -cp $jar com.tradefinder.bench.JournalAppendLatency ${latency_opts[*]}" \
  --scalingCommand "java \${engine.jvm.args} -Xmx512m -cp $jar com.tradefinder.bench.BacktestScaling ${scaling_opts[*]}" \
  --tickToOrderCommand "java \${engine.jvm.args} -cp $jar com.tradefinder.bench.TickToOrderLatency ${tick_opts[*]}" \
  --webhookCommand "java \${engine.jvm.args} -cp $jar com.tradefinder.bench.WebhookLatency ${webhook_opts[*]}" \
  --sustainedCommand "java \${engine.jvm.args} -Xms512m -Xmx512m -cp $jar com.tradefinder.bench.SustainedEngineRun ${sustained_opts[*]}" \
  --git "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet 2>/dev/null || echo ' (uncommitted changes)')" \
  --date "$(date -u +%Y-%m-%dT%H:%MZ)" \
  --timings "$timings" \
  --load "$load"
echo "== done: $timings; report in $out"
