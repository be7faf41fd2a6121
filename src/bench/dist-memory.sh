#!/usr/bin/env bash
# Resident memory of the distribution's server, `bin/blogsearch serve` with only the flags the
# launcher carries, under wrk at 32 connections cycling through the corpus' multi-word queries (as
# report.sh sends them); sampled every second. Run after `mvn -Pdist package`, by hand.
# Usage: src/bench/dist-memory.sh [CORPUS] [SECONDS]   (JAVA_OPTS=... adds flags, as to bin/blogsearch)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/chrome-developers}
corpus=${corpus%/}
seconds=${2:-10}
eval_dir=${EVAL_DIR:-../shared/eval}
name=$(basename "$corpus")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
blogsearch=$(echo target/dist/blogsearch-*/bin/blogsearch)
[ -x "$blogsearch" ] || { echo "no distribution in target/dist: mvn -Pdist package" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

cat "$eval_dir/$name"-*.tsv 2>/dev/null | cut -f1 | LC_ALL=C.UTF-8 grep -P '\S\s+\S|\p{Han}.*\p{Han}' \
  > "$work/queries" || { echo "no multi-word queries for $name in $eval_dir" >&2; exit 1; }
# INDEX_DIR=DIR keeps the index there for the next run (it is brought up to date, not rebuilt).
index=${INDEX_DIR:-$work/index}
"$blogsearch" index --quiet --content "$corpus" --index "$index" > /dev/null
port=$((20000 + RANDOM % 10000))
"$blogsearch" serve --index "$index" --content "$corpus" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done
started=$(rss_mb "$server")
WRK_QUERIES="$work/queries" wrk -t1 -c32 -d"${seconds}s" --latency -s src/bench/queries.lua \
  "http://127.0.0.1:$port" > "$work/wrk.out" &
load=$!
samples=()
while kill -0 "$load" 2>/dev/null; do
  samples+=("$(rss_mb "$server")")
  sleep 1
done
wait "$load"
after=$(rss_mb "$server")
peak=$(printf '%s\n' "${samples[@]}" "$after" | sort -n | tail -1)
echo "$("$blogsearch" --version) serving $name ($(wc -l < "$work/queries") multi-word queries), $(nproc) cores:"
sed -n '/Latency Distribution/,$p' "$work/wrk.out" | sed 's/^/  /'
echo "  resident memory: ${started} MB started, peak ${peak} MB under load (samples: ${samples[*]}), ${after} MB after"
