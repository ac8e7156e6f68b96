#!/usr/bin/env bash
# Builds the benchmarks module (and what it needs), runs the JMH suite sized for a 2-core machine
# (one fork, short iterations; about 10 minutes), and turns the JMH JSON into
# benchmarks/results/RESULTS.md and benchmarks/results/ratios.svg.
#
#   benchmarks/run.sh                      # the whole suite
#   benchmarks/run.sh ScanBenchmark        # JMH include regex(es); other JMH options pass through
#   QUICK=1 benchmarks/run.sh              # smoke run: tiny iterations and data (not for numbers)
#   PRELIMINARY=1 benchmarks/run.sh        # label the numbers preliminary (machine busy)
#
# Every benchmark compares, in one run and on the same data, raw FlightSqlClient, Quiver, the
# official Arrow Flight SQL JDBC driver and DuckDB in-process (JMH parameter "variant").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/benchmarks"
RESULTS="${RESULTS_DIR:-$MODULE/results}"
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "Building the benchmarks module..." >&2
(cd "$ROOT" && mvn -B -q -DskipTests package -pl benchmarks -am)
CLASSPATH_FILE="$MODULE/target/runtime-classpath.txt"
CP="$MODULE/target/classes:$(cat "$CLASSPATH_FILE")"

if [[ "${QUICK:-0}" == "1" ]]; then
  # Enough to prove every benchmark runs; the numbers mean nothing.
  JMH_SIZE=(-f 1 -wi 1 -w 1s -i 1 -r 1s -p rows=20000 -p batchRows=500 -prof gc)
else
  # The sizes are the annotations': one fork; two warm-up and three measured iterations of 3 s;
  # getColumns, whose calls take seconds, one warm-up call and three measured single calls.
  # -prof gc adds bytes allocated per operation (gc.alloc.rate.norm) to the report.
  JMH_SIZE=(-f 1 -prof gc)
fi

mkdir -p "$RESULTS"
LOAD_BEFORE="$(uptime)"
echo "Load before: $LOAD_BEFORE" >&2
# -foe false: a variant that fails (e.g. a driver that cannot do something) is reported as
# "no result" instead of stopping the suite. The forks get their JVM flags from @Fork.
"$JAVA_BIN" --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$CP" org.openjdk.jmh.Main \
  "${JMH_SIZE[@]}" -foe false -rf json -rff "$RESULTS/jmh.json" "$@" 2>&1 | tee "$RESULTS/jmh.log"
LOAD_AFTER="$(uptime)"
echo "Load after: $LOAD_AFTER" >&2

REPORT_ARGS=(--json "$RESULTS/jmh.json" --out "$RESULTS" \
  --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" --notes "$MODULE/NOTES.md")
if [[ "${PRELIMINARY:-0}" == "1" ]]; then
  REPORT_ARGS+=(--preliminary)
fi
"$JAVA_BIN" -cp "$CP" dev.quiver.bench.report.ReportMain "${REPORT_ARGS[@]}"
