#!/usr/bin/env bash
# Issue 17's SISA pair: one forget request (S = 10, R = 5, softmax) against the whole ensemble retrained on
# every core, on Landsat satellite (two runs), mnist_10k and Fashion-MNIST 60k; `uptime` before each run and
# one summary line after it (median request, median retrain, their ratio, whether every request was exact).
# For the figures in docs/BENCHMARKS.md run it with nothing else running.
#
# Usage: docs/benchmarks/sisa_requests.sh [LOG]
set -euo pipefail
cd "$(dirname "$0")/../.."
log=${1:-sisa-requests-$(date -u +%Y%m%dT%H%M%S).log}
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f "$fashion" ] || fashion=/work/shared/datasets/fashion_mnist_60k.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -o -DskipTests package
for run in "sample-data/statlog_satellite.csv.gz class 60 10" "sample-data/statlog_satellite.csv.gz class 60 10" \
           "sample-data/mnist_10k.csv.gz label 60 10" "$fashion label 20 3"; do
  set -- $run
  echo "# $(uptime)" | tee -a "$log"
  java -Xmx6g --add-modules jdk.incubator.vector -jar app/target/unlearn.jar bench "$1" --label "$2" --model sisa \
    --shards 10 --slices 5 --learner softmax --deletions "$3" --warmup "$4" --seed 1 --json 2>/dev/null \
    | tee -a "$log" \
    | python3 -c 'import json, sys
d = json.load(sys.stdin)
print(d["file"], "request", d["unlearn_ms"], "ms; retrain", d["retrain_ms"], "ms;", d["speedup"], "x; exact", d["exact"])'
done
