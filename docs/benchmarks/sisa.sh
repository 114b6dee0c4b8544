#!/usr/bin/env bash
# The SISA figures of docs/BENCHMARKS.md: one JSON line per bench run, each ratio measured within one run,
# each line preceded by the machine's load average (other work on the machine skews every timing).
# Usage: docs/benchmarks/sisa.sh [DELETIONS] [--fashion]   then: python3 docs/benchmarks/sisa_tables.py LOG
set -euo pipefail
cd "$(dirname "$0")/../.."
deletions=${1:-20}
with_fashion=${2:-}
digits=sample-data/digits_8x8.csv
mnist=sample-data/mnist_10k.csv.gz
satellite=sample-data/statlog_satellite.csv.gz
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
run() {
  echo "# load $(cut -d' ' -f1-3 /proc/loadavg) | $*"
  java -Xmx6g --add-modules jdk.incubator.vector -jar app/target/unlearn.jar bench "$@" --json
}

echo "## accuracy against S (R = 5) and the monolithic baseline (S = 1, R = 1, same learner and epochs)"
for data in "$digits target" "$satellite class" "$mnist label"; do
  set -- $data
  for learner in softmax mlp tree; do
    for s in 1 5 10 20; do
      run "$1" --label "$2" --model sisa --shards "$s" --slices 5 --learner "$learner" --deletions 0 --seed 1
    done
  done
done

echo "## single requests, S = 10, R = 5: unlearning against retraining the ensemble and the monolithic model;"
echo "## training on one thread against one per core (scaling=1)"
for data in "$digits target" "$satellite class" "$mnist label"; do
  set -- $data
  for learner in softmax mlp tree; do
    run "$1" --label "$2" --model sisa --shards 10 --slices 5 --learner "$learner" --deletions "$deletions" \
      --warmup 3 --seed 1 --set scaling=1
  done
done

echo "## trade-off on mnist_10k, softmax: S and R against accuracy, retrained fraction and speedup"
for sr in "5 5" "20 5" "10 1" "10 2" "10 10"; do
  set -- $sr
  run "$mnist" --label label --model sisa --shards "$1" --slices "$2" --learner softmax --deletions "$deletions" \
    --warmup 3 --seed 1
done

if [ "$with_fashion" = "--fashion" ] && [ -f "$fashion" ]; then
  echo "## scale: Fashion-MNIST 60k, softmax, S = 10, R = 5"
  run "$fashion" --label label --model sisa --shards 10 --slices 5 --learner softmax --deletions 5 --warmup 2 \
    --seed 1 --set scaling=1
fi
