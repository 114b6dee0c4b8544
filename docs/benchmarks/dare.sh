#!/usr/bin/env bash
# The DaRE figures of docs/BENCHMARKS.md, each ratio measured within one run: single-row forget requests
# against growing the forest from scratch on the remaining rows (one thread each), and held-out accuracy on
# the 80/20 split (scikit-learn's forest on the same rows: model/src/test/resources/sklearn_forest_oracle.sh).
# Usage: docs/benchmarks/dare.sh [short|full]
#   short: 20 trees, 30 requests, one retrain per dataset, no Fashion-MNIST (a minute or two; checks it works)
#   full (default): 100 trees, depth 10, 200 requests after 100 warm-up ones, 3 retrains; Fashion-MNIST
#   (60,000 rows x 784 features) with 50 trees, which alone takes tens of minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-full}
credit=sample-data/credit_data.csv
attrition=sample-data/employee_attrition.csv
shuttle=sample-data/statlog_shuttle.csv.gz
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
mvn -B -o -q -pl model test-compile
mvn -B -o -q -pl model dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/model/target/dare-bench.cp"
cp="model/target/test-classes:model/target/classes:$(cat model/target/dare-bench.cp)"
run() { java -Xmx6g -cp "$cp" org.unlearn.model.dare.DareBench "$@" 2>/dev/null; }

if [ "$mode" = short ]; then
  common="trees=20 deletions=30 warmup=20 retrains=1"
  echo "credit: $(run "$credit" Status $common)"
  echo "attrition: $(run "$attrition" Attrition $common)"
  echo "shuttle: $(run "$shuttle" Class $common)"
  exit 0
fi
echo "# uptime: $(uptime)"
for seed in 1 2 3; do
  echo "credit: $(run "$credit" Status trees=100 depth=10 deletions=200 warmup=100 retrains=3 seed=$seed)"
  echo "attrition: $(run "$attrition" Attrition trees=100 depth=10 deletions=200 warmup=100 retrains=3 seed=$seed)"
done
echo "shuttle: $(run "$shuttle" Class trees=100 depth=10 deletions=200 warmup=100 retrains=3 seed=1)"
echo "# the random-split depth (d_rmax) trades accuracy for cheaper forgetting"
for random in 0 2 3; do
  echo "credit random=$random: $(run "$credit" Status trees=100 depth=10 random=$random deletions=200 warmup=100 retrains=3)"
done
echo "fashion: $(run "$fashion" label trees=50 depth=10 deletions=100 warmup=50 retrains=1 seed=1)"
