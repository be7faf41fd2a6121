#!/usr/bin/env bash
# Measures what the README's Performance section reports, and writes it to src/bench/results/DATE.md:
#   1. `index --full` of every corpus, JVM start included;
#   2. the time from `java -jar ... serve` to the first answer, on an existing index;
#   3. /api/search throughput and latency (p50, p99) at 1, 8 and 32 connections, under the reader's
#      workload: the multi-word queries of the query sets of the served corpus (see below);
#   4. the server's resident memory (RSS) after the warm-up, after the load and after 20 s idle;
# each as `java -jar` runs with no flags, then with the heap bounded as the README recommends;
#   5. beside them, bare Lucene in-process on the same query sets (src/bench/BareLucene.java): its
#      quality and its latency per query, one thread, no HTTP; and blogsearch's own search on the
#      same queries, in-process, one thread (src/bench/SearchLatency.java), with its time per stage.
# The queries: every set of the evaluation folder that belongs to the served corpus (the corpus
# folder with the longest name that begins the set's name, as BareLucene.java decides): the queries of
# each known-item set NAME.tsv, the claims of a judged set NAME-queries.tsv + NAME-judgments.txt; of
# those, the ones of two or more words (or two or more Han characters). Without an evaluation folder,
# the multi-word titles of the served corpus.
# The server runs with the default settings: the rate limit never counts clients on this machine (so
# wrk is not limited), and the query log is kept.
# Run by hand on a quiet machine, never in CI: the numbers depend on the machine.
# Usage: src/bench/report.sh [CORPUS_DIR] [SECONDS]
# Defaults: ../shared/corpora/chrome-developers, 10 s per run. Environment: SKIP_INDEXING=1 indexes
# only the served corpus (a quick rerun of the serving part); EVAL_DIR (default ../shared/eval).
# Needs a JDK 21+ (JAVA_HOME or java on the PATH), curl and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/query-sets.sh
corpus=${1:-../shared/corpora/chrome-developers}
corpus=${corpus%/}
seconds=${2:-10}
eval_dir=${EVAL_DIR:-../shared/eval}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
results=src/bench/results/$(date -u +%Y-%m-%d).md
name=$(basename "$corpus")
corpora=$(dirname "$corpus")
now_ms() { date +%s%3N; }
rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

{
  echo "# Benchmark $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;" \
    "$("$java" -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo
  if [ "${SKIP_INDEXING:-}" = 1 ]; then
    echo "## Indexing (\`index --full\`, JVM start included; only the served corpus, SKIP_INDEXING=1)"
    dirs=("$corpus/")
  else
    echo "## Indexing (\`index --full\`, JVM start included)"
    dirs=("$corpora"/*/)
  fi
  echo
  echo "| corpus | files | posts | wall time |"
  echo "| --- | ---: | ---: | ---: |"
  for dir in "${dirs[@]}"; do
    dir_name=$(basename "$dir")
    start=$(now_ms)
    "$java" -jar target/blogsearch.jar index --full --content "$dir" --index "$work/$dir_name" \
      > "$work/$dir_name.out" 2>/dev/null
    took=$(( $(now_ms) - start ))
    files=$(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' \) | wc -l)
    posts=$(sed -n 's/.*: \([0-9]*\) posts in the index.*/\1/p' "$work/$dir_name.out")
    echo "| $dir_name | $files | $posts | $(awk -v ms="$took" 'BEGIN {printf "%.1f s", ms/1000}') |"
  done
} | tee "$results"
index="$work/$name"

query_sets "$name" "$corpora" "$eval_dir" "$work/all-queries"
if [ ${#sets[@]} -gt 0 ]; then
  source_text="drawn from the query sets $(printf '%s, ' "${sets[@]}" | sed 's/, $//')"
else
  # No query set for this corpus: the titles of the newest posts, lower-cased.
  for page in 1 2 3 4; do
    "$java" -jar target/blogsearch.jar search --index "$index" --size 50 --page "$page" --json
  done | sed -n 's/.*"title" *: *"\(.*\)",*$/\1/p' | sed 's/\\"/"/g' | tr '[:upper:]' '[:lower:]' \
    > "$work/all-queries"
  source_text="from the titles of the newest posts (no query set for $name in $eval_dir)"
fi
multi_word "$work/all-queries" "$work/queries" || { echo "no multi-word queries for $name" >&2; exit 1; }
query_count=$(wc -l < "$work/queries")
first_query=$(head -1 "$work/queries")

# Bare Lucene on the same sets, in-process, before any server runs (so nothing competes for the CPU).
if [ ${#sets[@]} -gt 0 ]; then
  "$java" -cp target/blogsearch.jar src/bench/BareLucene.java "$eval_dir" "$corpora" --corpus "$name" \
    --out "$work/bare.tsv" > "$work/bare.md" 2> "$work/bare.err" \
    || { cat "$work/bare.err" >&2; exit 1; }
  bare_latency=$(awk -F' *[|] *' '/all multi-word queries/ {print $6 " ms | " $7 " ms"}' "$work/bare.md")
fi
# blogsearch's own search on the same queries, in-process, one thread (src/bench/SearchLatency.java).
"$java" -cp target/blogsearch.jar src/bench/SearchLatency.java "$index" "$work/queries" \
  > "$work/ours.txt" 2> "$work/ours.err" || { cat "$work/ours.err" >&2; exit 1; }
ours_latency=$(sed -n 's/.*p50 \([0-9.]*\) ms, p90 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1 ms | \2 ms/p' "$work/ours.txt")

port=$((20000 + RANDOM % 10000))
serve() {
  "$java" -jar target/blogsearch.jar serve --index "$index" --content "$corpus" --port "$port" \
    > "$work/serve.log" 2>&1 &
  server=$!
}
first_answer() {
  local start=$1
  until curl -sf -o /dev/null -G --data-urlencode "q=$first_query" "http://127.0.0.1:$port/api/search"; do
    sleep 0.01
  done
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
one_connection=()
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
  # The JIT compiler settles in about a minute of load: after 10 s, one connection still waited
  # twice as long as after 60 s (2.9 against 1.5 ms at the median).
  load 32 60 > /dev/null
  rss_warm=$(rss_mb "$server")
  {
    echo
    echo "## Serving $name over HTTP, JAVA_TOOL_OPTIONS=\"$options\""
    echo
    echo "First answer after \`serve\` starts on the existing index (3 starts): $(printf '%s ms, ' "${starts[@]}" | sed 's/, $//')."
    echo
    echo "/api/search with $query_count multi-word queries $source_text,"
    echo "${seconds} s per run after a 60 s warm-up at 32 connections (wrk, one thread):"
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
    if [ "$connections" = 1 ]; then one_connection+=("$p50 | $p99 | $rps requests/s"); fi
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

{
  echo
  echo "## Bare Lucene on the same query sets, in-process"
  echo
  if [ ${#sets[@]} -gt 0 ]; then
    echo "\`java -cp target/blogsearch.jar src/bench/BareLucene.java\`: the baseline's quality on each set, and its"
    echo "latency per query with no HTTP, no snippets and one thread, beside the server's at one connection."
    echo
    cat "$work/bare.md"
    echo
    echo "| $query_count multi-word queries, one at a time | p50 | p99 | throughput |"
    echo "| --- | ---: | ---: | ---: |"
    echo "| bare Lucene, in-process | $bare_latency | |"
    echo "| blogsearch, in-process (query, match, hits with snippets, facets) | $ours_latency | |"
    echo "| blogsearch over HTTP, 1 connection, no flags | ${one_connection[0]} |"
    echo "| blogsearch over HTTP, 1 connection, -Xmx128m -XX:+UseSerialGC | ${one_connection[1]} |"
    echo
    echo "blogsearch in-process, $(sed -n 2p "$work/ours.txt")."
  else
    echo "Not run: no query set for $name in $eval_dir."
  fi
} | tee -a "$results"
echo "written to $results"
