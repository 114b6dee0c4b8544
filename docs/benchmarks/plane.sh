#!/usr/bin/env bash
# The data view's figures of docs/BENCHMARKS.md: the row plane redrawing every row, and a 1,000-vertex
# lasso, on 60,000 and 58,000 rows, three runs each (medians of 30 repetitions after 15 warm-up ones).
# The plane draws on the real toolkit off-screen, so it needs a display: this runs it under Xvfb.
# Usage: docs/benchmarks/plane.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
shuttle=sample-data/statlog_shuttle.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
run() { xvfb-run -a -s "-screen 0 1400x900x24" java -Xmx3g -jar app/target/unlearn.jar "$@"; }

for i in $(seq "$runs"); do
  echo "fashion: $(run bench-plane "$fashion" --label label --seed "$i")"
  echo "shuttle: $(run bench-plane "$shuttle" --label Class --seed "$i")"
done
