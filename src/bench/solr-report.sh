#!/usr/bin/env bash
# Measures what the README's SolrCloud section reports, embedded engine beside SolrCloud, and writes it
# to src/bench/results/DATE-solr.md:
#   1. `index --full` of the corpus into each engine, JVM start included (INDEX_RUNS runs each);
#   2. /api/search throughput and latency (p50, p99) at 8 and 32 connections, `serve` on each engine,
#      under the reader's workload: the multi-word queries of the corpus's query sets, as report.sh
#      picks them (src/bench/queries.lua);
#   3. `blogsearch eval` of every set of the evaluation folder on each engine.
# The SolrCloud is the tests' cluster (src/solr-cluster: two nodes and an embedded ZooKeeper in one
# JVM on 127.0.0.1), built with `mvn invoker:run@solr-cluster` if the build has not written its
# classpath yet; blogsearch creates its collection there with 2 shards x 2 replicas. Unlike the tests
# it runs with both JIT compilers and 512 MB of heap, as a server would. The cluster, the servers and
# wrk all run on this machine and share its cores.
# Each measuring phase (an index run, a warm-up with its wrk runs) holds the lock file BENCH_LOCK
# (flock), so that other benchmarks on the machine do not run at the same time.
# Run by hand on a quiet machine, never in CI: the numbers depend on the machine.
# Usage: src/bench/solr-report.sh [CORPUS_DIR] [SECONDS]
# Defaults: ../shared/corpora/chrome-developers, 10 s per run after a 60 s warm-up at 32 connections.
# Environment: EVAL_DIR (default ../shared/eval), INDEX_RUNS (default 2), ROUNDS (of the two engines'
# wrk runs in turn, default 2), SKIP_EVAL=1, CLUSTER_HEAP (the cluster JVM's -Xmx, default 512m),
# BENCH_LOCK (default /tmp/bench.lock).
# Needs a JDK 21+ (JAVA_HOME or java on the PATH), Maven (for the cluster's first build), curl, flock,
# wrk (apt-get install wrk) and, to report the collection's layout, jq.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/query-sets.sh
corpus=${1:-../shared/corpora/chrome-developers}
corpus=${corpus%/}
seconds=${2:-10}
eval_dir=${EVAL_DIR:-../shared/eval}
index_runs=${INDEX_RUNS:-2}
rounds=${ROUNDS:-2}
lock=${BENCH_LOCK:-/tmp/bench.lock}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
for tool in wrk curl flock; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
name=$(basename "$corpus")
corpora=$(dirname "$corpus")
work=$(mktemp -d)
server=
cluster=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "$cluster" ]; then
    exec 3>&- 2>/dev/null || true # the end of its input: the cluster shuts down and exits
    for _ in $(seq 60); do kill -0 "$cluster" 2>/dev/null || break; sleep 1; done
    kill -9 "$cluster" 2>/dev/null || true
    wait "$cluster" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
built=target/solr-cluster-build/solr-cluster/target
[ -f "$built/solr-cluster.classpath" ] || mvn -q invoker:run@solr-cluster
results=src/bench/results/$(date -u +%Y-%m-%d)-solr.md
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
now_ms() { date +%s%3N; }
seconds_of() { awk -v ms="$1" 'BEGIN {printf "%.1f s", ms/1000}'; }

# The queries, as report.sh picks them: the known-item sets and judged claims of the served corpus
# (the corpus folder with the longest name that begins the set's name), the multi-word ones.
query_sets "$name" "$corpora" "$eval_dir" "$work/all-queries"
multi_word "$work/all-queries" "$work/queries" \
  || { echo "no multi-word queries for $name in $eval_dir" >&2; exit 1; }
query_count=$(wc -l < "$work/queries")
first_query=$(head -1 "$work/queries")

# The cluster, in a JVM of its own as the tests start it (TestCluster), its commands on a pipe.
mkdir -p "$work/cluster"
mkfifo "$work/cluster.in"
"$java" "-Xmx${CLUSTER_HEAP:-512m}" -Xss512k -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED \
  -Dhost=127.0.0.1 -Dsolr.zkclienttimeout=10000 -DzkClientTimeout=10000 \
  "-Dsolr.log.dir=$work/cluster/logs" -cp "$built/classes:$(cat "$built/solr-cluster.classpath")" \
  org.blogsearch.solrcluster.SolrTestCluster "$work/cluster/nodes" 2 \
  < "$work/cluster.in" > "$work/cluster.out" 2> "$work/cluster.log" &
cluster=$!
exec 3> "$work/cluster.in"
for _ in $(seq 120); do
  grep -qx ready "$work/cluster.out" && break
  kill -0 "$cluster" 2>/dev/null || { tail -20 "$work/cluster.log" >&2; exit 1; }
  sleep 1
done
grep -qx ready "$work/cluster.out" || { echo "the cluster did not start in 120 s" >&2; exit 1; }
zk=$(sed -n 's/^zk //p' "$work/cluster.out")
solr=(--engine solr --solr-zk "$zk")

# One `index --full`, JVM start included, holding the lock; prints its wall time in ms.
timed_index() { # output-file index-options...
  local out=$1
  shift
  flock "$lock" bash -c 'start=$(date +%s%3N); "$@" > "$0" 2>&1 || exit 1; echo $(( $(date +%s%3N) - start ))' \
    "$out" "$java" -jar target/blogsearch.jar index --full --content "$corpus" "$@" \
    || { tail -20 "$out" >&2; return 1; }
}
embedded_times=()
solr_times=()
for run in $(seq "$index_runs"); do
  embedded_times+=("$(seconds_of "$(timed_index "$work/index-embedded-$run.out" --index "$work/index")")")
  solr_times+=("$(seconds_of "$(timed_index "$work/index-solr-$run.out" "${solr[@]}")")")
done
posts() { sed -n 's/.*: \([0-9]*\) posts in the index.*/\1/p' "$1" | tail -1; }
embedded_posts=$(posts "$work/index-embedded-1.out")
solr_posts=$(posts "$work/index-solr-1.out")
# The collection's layout as the cluster reports it (needs jq; "?" without).
status=$(curl -sf "$(sed -n 's/^node 0 //p' "$work/cluster.out")/admin/collections?action=CLUSTERSTATUS&wt=json") || status=
layout=$(jq -r '[.cluster.collections[] | .shards | length, ([.[] | .replicas | length] | add)]
  | "\(.[0]) shards x \(.[1] / .[0]) replicas"' <<< "$status" 2>/dev/null) || layout='? shards x ? replicas'

port=$((20000 + RANDOM % 10000))
serve() { # serve-options...
  "$java" -jar target/blogsearch.jar serve --content "$corpus" --port "$port" "$@" > "$work/serve.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null -G --data-urlencode "q=$first_query" "http://127.0.0.1:$port/api/search"; do
    kill -0 "$server" 2>/dev/null || { tail -20 "$work/serve.log" >&2; exit 1; }
    sleep 0.1
  done
}
stop() {
  kill "$server"
  wait "$server" || true
  server=
}
# A 60 s warm-up at 32 connections (the JIT compiler settles in about a minute of load), then a run
# at 8 and one at 32, holding the lock throughout.
load() { # engine-label
  flock "$lock" bash -c '
    wrk -t1 -c32 -d60s --latency -s src/bench/queries.lua "$0" > /dev/null
    wrk -t1 -c8 -d"$1"s --latency -s src/bench/queries.lua "$0" > "$2-8.out"
    wrk -t1 -c32 -d"$1"s --latency -s src/bench/queries.lua "$0" > "$2-32.out"' \
    "http://127.0.0.1:$port" "$seconds" "$work/wrk-$1"
}
export WRK_QUERIES="$work/queries"
# The engines in turn, ROUNDS times: this machine's speed drifts, so each round compares them within
# the same few minutes.
for round in $(seq "$rounds"); do
  serve --index "$work/index"
  load "embedded-$round"
  stop
  serve "${solr[@]}"
  load "solr-$round"
  stop
done
row() { # round connections
  local engine out rps p50 p99 non2xx socket
  local cells=("$1" "$2")
  for engine in embedded solr; do
    out=$work/wrk-$engine-$1-$2.out
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
    socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$out")
    cells+=("$rps" "$p50" "$p99" "$(( ${non2xx:-0} + ${socket:-0} ))")
  done
  printf '| %s ' "${cells[@]}"
  echo '|'
}

if [ "${SKIP_EVAL:-}" != 1 ]; then
  "$java" -jar target/blogsearch.jar eval "$eval_dir" --indexes "$work/eval-indexes" > "$work/eval-embedded.out" 2>&1
  "$java" -jar target/blogsearch.jar eval "$eval_dir" "${solr[@]}" > "$work/eval-solr.out" 2>&1
fi

{
  echo "# SolrCloud against the embedded engine, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;" \
    "$("$java" -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "SolrCloud: the test cluster of src/solr-cluster (two nodes and ZooKeeper in one JVM, -Xmx${CLUSTER_HEAP:-512m}," \
    "on this machine, sharing its cores with blogsearch and wrk); the collection: $layout."
  echo "Command: \`src/bench/solr-report.sh $corpus $seconds\`. Load average (1, 5, 15 min) at the start:" \
    "$load_at_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "## Indexing $name (\`index --full\`, JVM start included, $index_runs runs)"
  echo
  echo "| engine | posts | wall time |"
  echo "| --- | ---: | ---: |"
  echo "| embedded | $embedded_posts | $(printf '%s, ' "${embedded_times[@]}" | sed 's/, $//') |"
  echo "| SolrCloud | $solr_posts | $(printf '%s, ' "${solr_times[@]}" | sed 's/, $//') |"
  echo
  echo "## Serving $name over HTTP"
  echo
  echo "/api/search with $query_count multi-word queries drawn from the query sets" \
    "$(printf '%s, ' "${sets[@]}" | sed 's/, $//'); ${seconds} s per run after a 60 s warm-up at 32 connections"
  echo "(wrk, one thread); \`serve\` with no JVM flags on each engine, started afresh for each round, the engines in turn."
  echo
  echo "| round | connections | embedded requests/s | p50 | p99 | failed | SolrCloud requests/s | p50 | p99 | failed |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for round in $(seq "$rounds"); do
    row "$round" 8
    row "$round" 32
  done
  if [ "${SKIP_EVAL:-}" != 1 ]; then
    echo
    echo "## \`blogsearch eval $eval_dir\` on each engine"
    echo
    echo "Embedded:"
    echo
    echo '```'
    grep -v '^\s*$' "$work/eval-embedded.out"
    echo '```'
    echo
    echo "SolrCloud (\`--engine solr --solr-zk ...\`):"
    echo
    echo '```'
    grep -v '^\s*$' "$work/eval-solr.out"
    echo '```'
  fi
} | tee "$results"
echo "written to $results"
