#!/usr/bin/env bash
# Indexes every corpus under a folder (default ../shared/corpora), one full run per corpus, JVM start
# included, and prints each run's summary and wall time, then the total. Run by hand, never in CI.
# Usage: src/bench/index-corpora.sh [CORPORA_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=${1:-../shared/corpora}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -d "$corpora" ] || { echo "no corpora at $corpora" >&2; exit 1; }
[ -f target/blogsearch.jar ] || mvn -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

total=0
for corpus in "$corpora"/*/; do
  name=$(basename "$corpus")
  start=$(date +%s%N)
  "$java" -jar target/blogsearch.jar index --full --content "$corpus" --index "$work/$name" \
    > "$work/$name.summary" 2> /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  total=$(( total + ms ))
  echo "== $name: $ms ms wall"
  cat "$work/$name.summary"
done
echo "== total wall time of the full runs: $total ms"
