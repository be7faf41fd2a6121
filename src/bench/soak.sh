#!/usr/bin/env bash
# Soak test, by hand: `serve --watch` under a reader's mix of requests for MINUTES, while a post is
# edited every few seconds. Reports to stdout (and appends to src/bench/results/DATE-soak.md):
#   - wrk at 32 connections, one thread: requests/s, latency, and every answer that was not a 200
#     (search 70 %, suggest 20 %, related posts 10 %; see mixed.lua);
#   - how long each edit took to be served (WatchLatency.java, an edit every 3 s), and how many took
#     longer than 2 s;
#   - the server's resident memory (RSS) every minute, and minute 10 against minute 2.
#
# Usage: src/bench/soak.sh [CORPUS_DIR] [MINUTES]
# Defaults: ../shared/corpora/rust-blog, 10 minutes. The corpus is copied: the edits never touch it.
# JAVA_TOOL_OPTIONS is passed to the server as set (e.g. "-Xmx128m -XX:+UseSerialGC").
# Needs a JDK 21+ (JAVA_HOME or java on the PATH), curl and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpora/rust-blog}
corpus=${corpus%/}
minutes=${2:-10}
eval_dir=${EVAL_DIR:-../shared/eval}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
work=$(mktemp -d)
trap 'kill "${server:-}" "${editor:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
name=$(basename "$corpus")
results=src/bench/results/$(date -u +%Y-%m-%d)-soak.md
rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }

cp -r "$corpus" "$work/content"
"$java" -jar target/blogsearch.jar index --quiet --content "$work/content" --index "$work/index" > /dev/null

# The queries: the multi-word ones of the corpus's known-item sets, else the titles of its posts.
cat "$eval_dir/$name"-dev-*.tsv 2>/dev/null | cut -f1 | LC_ALL=C.UTF-8 grep -P '\S\s+\S|\p{Han}.*\p{Han}' \
  > "$work/queries" || true
for page in 1 2 3 4; do
  "$java" -jar target/blogsearch.jar search --index "$work/index" --size 50 --page "$page" --json
done > "$work/posts.json"
sed -n 's/.*"slug" *: *"\(.*\)",*$/\1/p' "$work/posts.json" > "$work/slugs"
if [ ! -s "$work/queries" ]; then
  sed -n 's/.*"title" *: *"\(.*\)",*$/\1/p' "$work/posts.json" | tr '[:upper:]' '[:lower:]' > "$work/queries"
fi

port=$((20000 + RANDOM % 10000))
"$java" -jar target/blogsearch.jar serve --watch --content "$work/content" --index "$work/index" \
  --port "$port" > "$work/serve.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done

# An edit every 3 s for the whole run, each timed until search serves it.
edits=$(( minutes * 60 / 3 - 5 ))
"$java" src/bench/WatchLatency.java "http://127.0.0.1:$port" "$work/content" "$edits" 2500 \
  > "$work/edits.out" 2> "$work/edits.err" &
editor=$!

WRK_QUERIES="$work/queries" WRK_SLUGS="$work/slugs" wrk -t1 -c32 -d"${minutes}m" --latency \
  -s src/bench/mixed.lua "http://127.0.0.1:$port" > "$work/wrk.out" &
load=$!
rss=()
for ((minute = 1; minute <= minutes; minute++)); do
  sleep 60
  rss+=("$(rss_mb "$server")")
done
wait "$load"
wait "$editor" || { cat "$work/edits.err" >&2; exit 1; }
kill "$server"
wait "$server" || true

rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.out")
total=$(awk '/requests in/ {print $1}' "$work/wrk.out")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$work/wrk.out")
server_errors=$(grep -c ' ERROR ' "$work/serve.log" || true)
first=${rss[1]:-${rss[0]}}
last=${rss[$((minutes - 1))]}
{
  echo "# Soak $(date -u +%Y-%m-%d): $name, $minutes minutes"
  echo
  echo "Machine: $(nproc) cores; $("$java" -version 2>&1 | grep -m1 version); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown);" \
    "JAVA_TOOL_OPTIONS=\"${JAVA_TOOL_OPTIONS:-}\"."
  echo
  echo "- $total requests at 32 connections (search 70 %, suggest 20 %, related 10 %): $rps requests/s," \
    "p50 $p50, p99 $p99; answers other than 200: $(( ${non2xx:-0} + ${socket:-0} )); errors in the server log: $server_errors"
  echo "- edits, one every 3 s under \`serve --watch\`: $(cat "$work/edits.out")"
  echo "- resident memory each minute (MB): ${rss[*]}; minute $minutes against minute 2:" \
    "$(awk -v a="$first" -v b="$last" 'BEGIN {printf "%+.1f %%", (b - a) * 100 / a}')"
} | tee -a "$results"
