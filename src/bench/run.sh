#!/usr/bin/env bash
# Benchmarks to run by hand (never in CI, the numbers depend on the machine):
#   1. `index` of a corpus, full and then with nothing changed, JVM start included;
#   2. /api/search latency and throughput under wrk, single-word queries, CLIENTS connections;
#   3. the server's resident memory after the load.
# Usage: src/bench/run.sh [CORPUS_DIR] [CLIENTS] [SECONDS]
# Defaults: ../shared/corpora/chrome-developers, 8 connections, 20 s. Needs a JDK 21+ (JAVA_HOME or
# java on the PATH), curl and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/chrome-developers}
clients=${2:-8}
seconds=${3:-20}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
timed() {
  local start end
  start=$(date +%s%N)
  "$@"
  end=$(date +%s%N)
  echo "wall: $(( (end - start) / 1000000 )) ms"
}
echo "== index --full $corpus"
timed "$java" -jar target/blogsearch.jar index --full --content "$corpus" --index "$work/index" | sed -n "1,4p"
echo "== index again, nothing changed"
timed "$java" -jar target/blogsearch.jar index --content "$corpus" --index "$work/index" | sed -n "1,4p"

# Single-word queries: the words of the known-item sets when present, else the words of the titles.
if ls ../shared/eval/*.tsv >/dev/null 2>&1; then
  cut -f1 ../shared/eval/*.tsv | tr ' ' '\n' | grep -E '^[a-z]{3,}$' | sort -u > "$work/queries"
else
  "$java" -jar target/blogsearch.jar search --index "$work/index" --size 50 --json \
    | sed -n 's/.*"title" : "\(.*\)",/\1/p' | tr ' ' '\n' | tr '[:upper:]' '[:lower:]' \
    | grep -E '^[a-z]{3,}$' | sort -u > "$work/queries"
fi

port=$((20000 + RANDOM % 10000))
"$java" -jar target/blogsearch.jar serve --content "$corpus" --index "$work/index" --port "$port" \
  > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
echo "== /api/search, $(wc -l < "$work/queries") single-word queries, $clients connections, $seconds s (after 10 s warm-up)"
WRK_QUERIES="$work/queries" wrk -t1 -c"$clients" -d10s -s src/bench/queries.lua "http://127.0.0.1:$port" > /dev/null
WRK_QUERIES="$work/queries" wrk -t1 -c"$clients" -d"${seconds}s" --latency -s src/bench/queries.lua \
  "http://127.0.0.1:$port" | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors'
echo "server RSS: $(ps -o rss= -p "$server" | awk '{printf "%.0f MB", $1/1024}')"
