#!/usr/bin/env bash
# Measures what the README's Performance section reports, and writes it to src/bench/results/DATE.md:
#   1. `index --full` of every corpus, JVM start included;
#   2. the time from `java -jar ... serve` to the first answer, on an existing index;
#   3. /api/search throughput and latency (p50, p99) at 1, 8 and 32 connections, single-word queries;
#   4. the server's resident memory (RSS) after the warm-up, after the load and after 20 s idle;
# each as `java -jar` runs with no flags, then with the heap bounded as the README recommends.
# The server runs with the default settings: the rate limit never counts clients on this machine (so
# wrk is not limited), and the query log is kept.
# Run by hand on a quiet machine, never in CI: the numbers depend on the machine.
# Usage: src/bench/report.sh [CORPUS_DIR] [SECONDS]
# Defaults: ../shared/corpora/chrome-developers, 10 s per run. Needs a JDK 21+ (JAVA_HOME or java on
# the PATH), curl and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/chrome-developers}
seconds=${2:-10}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
results=src/bench/results/$(date -u +%Y-%m-%d).md
now_ms() { date +%s%3N; }
rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

{
  echo "# Benchmark $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;" \
    "$("$java" -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo
  echo "## Indexing (\`index --full\`, JVM start included)"
  echo
  echo "| corpus | files | posts | wall time |"
  echo "| --- | ---: | ---: | ---: |"
  corpora=$(dirname "$corpus")
  for dir in "$corpora"/*/; do
    name=$(basename "$dir")
    start=$(now_ms)
    "$java" -jar target/blogsearch.jar index --full --content "$dir" --index "$work/$name" > "$work/$name.out" 2>/dev/null
    took=$(( $(now_ms) - start ))
    files=$(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' \) | wc -l)
    posts=$(sed -n 's/.*: \([0-9]*\) posts in the index.*/\1/p' "$work/$name.out")
    echo "| $name | $files | $posts | $(awk -v ms="$took" 'BEGIN {printf "%.1f s", ms/1000}') |"
  done
} | tee "$results"

# Single-word queries: the words of the known-item sets when present, else the words of the titles.
index="$work/$(basename "$corpus")"
if ls ../shared/eval/*.tsv >/dev/null 2>&1; then
  cut -f1 ../shared/eval/*.tsv | tr ' ' '\n' | grep -E '^[a-z]{3,}$' | sort -u > "$work/queries"
else
  "$java" -jar target/blogsearch.jar search --index "$index" --size 50 --json \
    | sed -n 's/.*"title" : "\(.*\)",/\1/p' | tr ' ' '\n' | tr '[:upper:]' '[:lower:]' \
    | grep -E '^[a-z]{3,}$' | sort -u > "$work/queries"
fi
first_word=$(head -1 "$work/queries")

port=$((20000 + RANDOM % 10000))
serve() {
  "$java" -jar target/blogsearch.jar serve --index "$index" --content "$corpus" --port "$port" \
    > "$work/serve.log" 2>&1 &
  server=$!
}
first_answer() {
  local start=$1
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/search?q=$first_word"; do sleep 0.01; done
  echo $(( $(now_ms) - start ))
}
stop() {
  kill "$server"
  wait "$server" || true
}
load() { # connections seconds
  WRK_QUERIES="$work/queries" wrk -t1 -c"$1" -d"${2}s" --latency -s src/bench/queries.lua "http://127.0.0.1:$port"
}

# One pass as `java -jar` runs with no flags, one with the heap bounded as the README recommends.
for options in "" "-Xmx128m -XX:+UseSerialGC"; do
  export JAVA_TOOL_OPTIONS=$options
  starts=()
  for _ in 1 2 3; do
    start=$(now_ms)
    serve
    starts+=("$(first_answer "$start")")
    stop
  done
  serve
  first_answer "$(now_ms)" > /dev/null
  load 32 10 > /dev/null
  rss_warm=$(rss_mb "$server")
  {
    echo
    echo "## Serving $(basename "$corpus") over HTTP, JAVA_TOOL_OPTIONS=\"$options\""
    echo
    echo "First answer after \`serve\` starts on the existing index (3 starts): $(printf '%s ms, ' "${starts[@]}" | sed 's/, $//')."
    echo
    echo "/api/search with $(wc -l < "$work/queries") single-word queries drawn from the known-item query sets,"
    echo "${seconds} s per run after a 10 s warm-up at 32 connections (wrk, one thread):"
    echo
    echo "| connections | requests/s | p50 | p99 | failed requests |"
    echo "| ---: | ---: | ---: | ---: | ---: |"
  } | tee -a "$results"
  for connections in 1 8 32; do
    load "$connections" "$seconds" > "$work/wrk.out"
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.out")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$work/wrk.out")
    echo "| $connections | $rps | $p50 | $p99 | $(( ${non2xx:-0} + ${socket:-0} )) |" | tee -a "$results"
  done
  rss_load=$(rss_mb "$server")
  sleep 20
  rss_idle=$(rss_mb "$server")
  {
    echo
    echo "Resident memory of the server: ${rss_warm} MB after the warm-up, ${rss_load} MB after the runs," \
      "${rss_idle} MB after 20 s idle."
  } | tee -a "$results"
  stop
done
unset JAVA_TOOL_OPTIONS
echo "written to $results"
