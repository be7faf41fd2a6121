#!/usr/bin/env bash
# Compares two builds over HTTP in the same minutes: serves each jar in turn on the same index, warms
# it up for 60 s at 32 connections (the JIT compiler settles in about a minute of load), then runs
# wrk at 8 and at 32 connections, ROUNDS times (default 2), alternating. This machine's speed drifts
# over a day; only builds measured side by side can be compared. Run by hand, never in CI.
# Usage: src/bench/pair.sh BEFORE.jar AFTER.jar [CORPUS_DIR] [SECONDS]
# Defaults: ../shared/corpora/chrome-developers, 10 s per run. The queries are the corpus's
# multi-word queries of its sets in EVAL_DIR (default ../shared/eval), as report.sh sends them.
# Needs a JDK 21+ (JAVA_HOME or java on the PATH), curl and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/query-sets.sh
[ $# -ge 2 ] || { echo "usage: src/bench/pair.sh BEFORE.jar AFTER.jar [CORPUS_DIR] [SECONDS]" >&2; exit 2; }
before=$1 after=$2
corpus=${3:-../shared/corpora/chrome-developers}
corpus=${corpus%/}
seconds=${4:-10}
eval_dir=${EVAL_DIR:-../shared/eval}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

name=$(basename "$corpus")
query_sets "$name" "$(dirname "$corpus")" "$eval_dir" "$work/all-queries"
multi_word "$work/all-queries" "$work/queries" || { echo "no multi-word queries for $name in $eval_dir" >&2; exit 1; }
# Each build indexes the corpus itself, so an index format change between them cannot skew the pair.
for jar in "$before" "$after"; do
  "$java" -jar "$jar" index --full --content "$corpus" --index "$work/index-$(basename "$jar")" > /dev/null 2>&1
done

echo "| round | build | connections | requests/s | p50 | p99 |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for round in $(seq "${ROUNDS:-2}"); do
  for jar in "$before" "$after"; do
    port=$((20000 + RANDOM % 10000))
    "$java" -jar "$jar" serve --index "$work/index-$(basename "$jar")" --content "$corpus" --port "$port" \
      > "$work/serve.log" 2>&1 &
    server=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
      kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
      sleep 0.2
    done
    WRK_QUERIES="$work/queries" wrk -t1 -c32 -d60s -s src/bench/queries.lua "http://127.0.0.1:$port" > /dev/null
    for connections in 8 32; do
      WRK_QUERIES="$work/queries" wrk -t1 -c"$connections" -d"${seconds}s" --latency -s src/bench/queries.lua \
        "http://127.0.0.1:$port" | awk -v round="$round" -v build="$(basename "$jar")" -v c="$connections" '
          /Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
          END {printf "| %s | %s | %s | %.0f | %s | %s |\n", round, build, c, rps, p50, p99}'
    done
    kill "$server"
    wait "$server" 2>/dev/null || true
  done
done
