#!/usr/bin/env bash
# Many blogs on one service: makes SITES small blogs (5-20 posts each) from the corpora, indexes them
# all with one `index` run, serves them, and measures /api/search with wrk at 8 connections:
#   A. one of the sites served alone, as a single blog (its own queries);
#   B. the same site inside the many-site service (its own queries: the site's index stays open);
#   C. every site in turn (each site's own queries, cycling through all sites: most requests find their
#      site's index closed and open it).
# Prints index time, p50/p99 and req/s of each run, and the server's RSS after C.
# Run by hand on a quiet machine. Usage: src/bench/many-sites.sh [SITES] [SECONDS]
# Defaults: 2000 sites, 10 s per run; CORPORA (default ../shared/corpora); OPEN_SITES passes
# --open-sites to serve. Needs a JDK 21+, python3, curl and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
sites=${1:-2000}
seconds=${2:-10}
corpora=${CORPORA:-../shared/corpora}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
cp target/blogsearch.jar "$work/blogsearch.jar"
python3 src/bench/make-sites.py "$corpora" "$work" "$sites"
now_ms() { date +%s%3N; }

start=$(now_ms)
"$java" -jar "$work/blogsearch.jar" index --config "$work/blogsearch.toml" --index "$work/index" --quiet
echo "index of $sites sites: $(( $(now_ms) - start )) ms, $(du -sm "$work/index" | cut -f1) MB on disk"

serve() {
  "$java" -Xmx128m -XX:+UseSerialGC -jar "$work/blogsearch.jar" serve --port 7091 "$@" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:7091/healthz" >/dev/null && return 0
    sleep 0.1
  done
  cat "$work/serve.log" >&2
  return 1
}
load() {
  local label=$1 queries=$2
  WRK_QUERIES=$queries wrk -t1 -c8 -d2s -s src/bench/sites.lua http://127.0.0.1:7091 >/dev/null
  WRK_QUERIES=$queries wrk -t1 -c8 -d"${seconds}s" --latency -s src/bench/sites.lua http://127.0.0.1:7091 \
    | awk -v label="$label" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /Non-2xx|Socket errors/ {err=err" "$0}
        END {printf "%-44s p50 %8s  p99 %8s  %8s req/s%s\n", label, p50, p99, rps, err}'
}

grep -P '^s1\t' "$work/queries.tsv" > "$work/one.tsv"
# A single blog is asked without site=: the same queries, plain.
awk -F'\t' '{print $2}' "$work/one.tsv" > "$work/one-plain.txt"
serve --content "$work/sites/s1" --index "$work/single"
WRK_QUERIES="$work/one-plain.txt" wrk -t1 -c8 -d2s -s src/bench/queries.lua http://127.0.0.1:7091 >/dev/null
WRK_QUERIES="$work/one-plain.txt" wrk -t1 -c8 -d"${seconds}s" --latency -s src/bench/queries.lua http://127.0.0.1:7091 \
  | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2}
      END {printf "%-44s p50 %8s  p99 %8s  %8s req/s\n", "A. site s1 alone", p50, p99, rps}'
kill "$server"; wait "$server" 2>/dev/null || true

serve --config "$work/blogsearch.toml" --index "$work/index" ${OPEN_SITES:+--open-sites $OPEN_SITES}
load "B. site s1 among $sites" "$work/one.tsv"
load "C. every site in turn, $sites sites" "$work/queries.tsv"
echo "server RSS after C: $(ps -o rss= -p "$server" | awk '{printf "%.0f MB", $1/1024}')"
