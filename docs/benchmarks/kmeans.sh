#!/usr/bin/env bash
# The k-means figures of docs/BENCHMARKS.md, each ratio measured within one run.
# Usage: docs/benchmarks/kmeans.sh [DELETIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
deletions=${1:-200}
shuttle=sample-data/statlog_shuttle.csv.gz
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
run() { java -Xmx4g --add-modules jdk.incubator.vector -jar app/target/unlearn.jar "$@"; }

echo "# Q-k-means on Statlog shuttle: certified deletion against our Lloyd retrain"
run bench "$shuttle" --label Class --model qkmeans --k 7 --epsilon 0.05 --deletions "$deletions" --warmup 2000 --json
echo "# DC-k-means on Statlog shuttle, 16 leaves: deletion against a retrain from scratch"
run bench "$shuttle" --label Class --model dckmeans --k 7 --leaves 16 --deletions "$deletions" --warmup 2000 --json
echo "# Lloyd on Fashion-MNIST, k = 10, one init, tol 0: ours against scikit-learn, alternating;"
echo "# each side fits 5 times from scratch in one process and reports the median and the first"
for cap in 20 100; do
  for i in 1 2 3; do
    echo "unlearn: $(run bench "$fashion" --label label --model kmeans --k 10 --iterations "$cap" --set tol=0 --deletions 0 --seed "$i" --repeat 5 --json)"
    echo "sklearn: $(/usr/bin/python3 docs/benchmarks/sklearn_kmeans.py "$fashion" label 10 "$cap" "$i" 5)"
  done
done
