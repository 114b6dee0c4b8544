#!/usr/bin/env bash
# The linear-model figures of docs/BENCHMARKS.md (approximate deletion), each ratio measured within one run.
# Usage: docs/benchmarks/linear.sh [DELETIONS]   (Fashion-MNIST runs take several minutes each)
set -euo pipefail
cd "$(dirname "$0")/../.."
deletions=${1:-50}
credit=../shared/datasets/credit_data.csv
attrition=../shared/datasets/employee_attrition.csv
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
run() { java -Xmx6g -jar app/target/unlearn.jar "$@"; }

echo "# One row per request, N requests in sequence, each compared with a retrain from scratch"
for seed in 1 2 3; do
  for m in newton influence exact; do
    echo "credit logreg $m: $(run bench "$credit" --label Status --model logreg --method "$m" --deletions "$deletions" --warmup 200 --seed "$seed" --json)"
    echo "attrition logreg $m: $(run bench "$attrition" --label Attrition --model logreg --method "$m" --deletions "$deletions" --warmup 200 --seed "$seed" --json)"
  done
done
echo "credit logreg pru: $(run bench "$credit" --label Status --model logreg --method pru --deletions "$deletions" --warmup 200 --seed 1 --json)"
echo "attrition logreg pru: $(run bench "$attrition" --label Attrition --model logreg --method pru --deletions "$deletions" --warmup 200 --seed 1 --json)"
echo "credit ridge newton: $(run bench "$credit" --label Status --model ridge --method newton --deletions "$deletions" --warmup 200 --seed 1 --json)"
echo "# Fashion-MNIST, two classes (0 T-shirt/top, 6 shirt), d = 784"
echo "fashion logreg newton: $(run bench "$fashion" --label label --model logreg --set classes=0,6 --method newton --deletions 5 --warmup 10 --seed 1 --json)"
echo "# k rows at once, typical and outlying rows (Izzo Table 4), with the feature-injection test"
echo "credit table: $(run deletion-table "$credit" --label Status --model logreg --ks 1,10,100 --fit --seed 1 --json)"
echo "attrition table: $(run deletion-table "$attrition" --label Attrition --model logreg --ks 1,10,100 --fit --seed 1 --json)"
echo "credit ridge table: $(run deletion-table "$credit" --label Status --model ridge --ks 1,10,100 --fit --seed 1 --json)"
echo "fashion table: $(run deletion-table "$fashion" --label label --model logreg --set classes=0,6 --ks 1,10,100 --fit --repeat 3 --seed 1 --json)"
