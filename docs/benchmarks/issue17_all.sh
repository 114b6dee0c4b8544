#!/usr/bin/env bash
# Every pair of issue 17 in one run, for a quiet machine (nothing else running; about 25 minutes on the 2-core VM):
# Lloyd on Fashion-MNIST (caps 20 and 100, 4 fits a side), the first and warm shuttle fit, SISA requests
# (satellite twice, mnist_10k three times, Fashion-MNIST 60k), DC-k-means, ridge against Izzo's numpy code and
# logistic regression against scikit-learn. `uptime` is printed before every part; the linear scripts flag runs
# started above load 1.5 (the benchmark's own two cores bring the 1-minute load to about 2).
#
# Usage: docs/benchmarks/issue17_all.sh OUTDIR
set -uo pipefail
cd "$(dirname "$0")/../.."
out=${1:?give an output folder}
mkdir -p "$out"
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f "$fashion" ] || fashion=/work/shared/datasets/fashion_mnist_60k.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -o -DskipTests package
J=(java -Xmx6g --add-modules jdk.incubator.vector -jar app/target/unlearn.jar)
summary() {
  /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["file"], "request", d["unlearn_ms"], "ms; retrain", d["retrain_ms"], "ms;", d["speedup"], "x; exact", d["exact"])' "$1"
}
echo "== Lloyd, Fashion-MNIST 60k, k = 10, tol 0, 4 fits a side $(uptime)"
for cap in 20 100; do
  echo "# ours $(uptime)"
  "${J[@]}" bench "$fashion" --label label --model kmeans --k 10 --iterations "$cap" --set tol=0 --deletions 0 \
    --seed 1 --repeat 4 --json 2>/dev/null > "$out/lloyd-fashion-$cap.json"
  /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("ours cap", d["options"]["iterations"], "median", d["train_ms"], d["train_ms_each"], "iterations", d["details"]["iterations"], "loss", d["quality_before"])' "$out/lloyd-fashion-$cap.json"
  echo "# scikit-learn $(uptime)"
  /usr/bin/python3 docs/benchmarks/sklearn_kmeans.py "$fashion" label 10 "$cap" 1 4
done
echo "== first fit (shuttle Lloyd) $(uptime)"
docs/benchmarks/first_fit.sh 3 "$out/first-fit.log" > "$out/first-fit.out" 2>&1
tail -14 "$out/first-fit.out"
echo "== SISA requests $(uptime)"
docs/benchmarks/sisa_requests.sh "$out/sisa.log" 2>&1
for r in 2 3; do
  echo "# mnist_10k run $r $(uptime)"
  "${J[@]}" bench sample-data/mnist_10k.csv.gz --label label --model sisa --shards 10 --slices 5 --learner softmax \
    --deletions 60 --warmup 10 --seed 1 --json 2>/dev/null > "$out/sisa-mnist-$r.json"
  summary "$out/sisa-mnist-$r.json"
done
echo "== DC-k-means, shuttle, 16 leaves, 200 requests after 300 $(uptime)"
"${J[@]}" bench sample-data/statlog_shuttle.csv.gz --label Class --model dckmeans --k 7 --leaves 16 --deletions 200 \
  --warmup 300 --seed 1 --json 2>/dev/null > "$out/dc.json"
summary "$out/dc.json"
echo "== ridge against Izzo's numpy code $(uptime)"
docs/benchmarks/linear_side_by_side.sh 3 7 credit_ridge,attrition_ridge,mnist_3v8_ridge 2>&1 | grep -v -i warning
echo "== logistic against scikit-learn $(uptime)"
docs/benchmarks/linear_side_by_side.sh 3 5 breast_cancer,credit,mnist_3v8 2>&1 | grep -v -i warning
docs/benchmarks/linear_side_by_side.sh 1 1 fashion_0v6,mnist_10k 2>&1 | grep -v -i warning
echo "== done $(uptime)"
