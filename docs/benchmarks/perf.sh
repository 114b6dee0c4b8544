#!/usr/bin/env bash
# Issue 17's pairs, measured honestly: ours against scikit-learn (/usr/bin/python3, Debian's 1.2.1) on the
# same encoded matrix, run alternately; `uptime` before every run; a run started above load 1.5 is flagged
# (after waiting up to WAIT seconds for the machine to calm down) and left out of the table's verdicts.
# Writes the raw log (LOG) and the markdown table (perf_table.py LOG).
#
# Usage: docs/benchmarks/perf.sh [quick|full] [LOG]
#   quick: one seed, few repeats and requests (a smoke run, ~6 minutes on an idle 2-core VM, estimated)
#   full:  the figures for docs/BENCHMARKS.md (~30 minutes on an idle 2-core VM, estimated)
# ONLY="lloyd-fashion lloyd-shuttle first-fit loss dc sisa qkmeans" runs those sections only (first-fit: shuttle's
# first, second and warm fit, docs/benchmarks/first_fit.sh); WAIT (s, default 120)
# bounds the wait for the load to fall under 1.5 before each run.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-quick}
log=${2:-perf-$(date -u +%Y%m%dT%H%M%S).log}
shuttle=sample-data/statlog_shuttle.csv.gz
satellite=sample-data/statlog_satellite.csv.gz
mnist=sample-data/mnist_10k.csv.gz
fashion=../shared/datasets/fashion_mnist_60k.csv.gz
[ -f "$fashion" ] || fashion=/work/shared/datasets/fashion_mnist_60k.csv.gz
WAIT=${WAIT:-120}
if [ "$mode" = full ]; then
  seeds="1 2 3"; loss_seeds="1 2 3 4 5"; repeat=5; deletions=200; warmup=2000; sisa_deletions=200; sisa_warmup=10; q_deletions=20
else
  seeds="1"; loss_seeds="1"; repeat=2; deletions=30; warmup=300; sisa_deletions=3; sisa_warmup=2; q_deletions=3
fi
[ -f app/target/unlearn.jar ] || mvn -B -q -o -DskipTests package
# The Vector API kernel needs the incubator module (a one-line warning on stderr at start).
JAVA=(java -Xmx6g --add-modules jdk.incubator.vector)
jsa=app/target/unlearn-cli.jsa

: > "$log"
say() { echo "$*" | tee -a "$log"; }
calm() {
  local waited=0
  while awk -v lim=1.5 '{exit !($1 > lim)}' /proc/loadavg && [ "$waited" -lt "$WAIT" ]; do
    sleep 10; waited=$((waited + 10))
  done
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  say "# uptime: $(uptime)"
  if awk -v l="$load" 'BEGIN{exit !(l > 1.5)}'; then say "# FLAGGED: load $load above 1.5"; fi
}
ours() { local tag=$1; shift; calm; say "ours[$tag]: $("${JAVA[@]}" "$@" -jar app/target/unlearn.jar bench "${BENCH[@]}" --json 2>/dev/null)"; }
theirs() { local tag=$1; shift; calm; say "sklearn[$tag]: $(/usr/bin/python3 docs/benchmarks/sklearn_kmeans.py "$@")"; }

want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

if want lloyd-fashion; then
say "## lloyd-fashion: Lloyd, Fashion-MNIST 60k, k = 10, tol 0, caps 20 and 100, median of $repeat fits in one process"
for cap in 20 100; do
  for s in $seeds; do
    BENCH=("$fashion" --label label --model kmeans --k 10 --iterations "$cap" --set tol=0 --deletions 0 --seed "$s" --repeat "$repeat")
    ours "lloyd-fashion cap=$cap seed=$s"
    theirs "lloyd-fashion cap=$cap seed=$s" "$fashion" label 10 "$cap" "$s" "$repeat"
  done
done

fi

if want lloyd-shuttle; then
say "## lloyd-shuttle: Lloyd, shuttle, k = 7, 10 iterations: first fit in a fresh process and warm (median)"
"${JAVA[@]}" -XX:ArchiveClassesAtExit="$jsa" -jar app/target/unlearn.jar bench "$shuttle" --label Class --model kmeans \
  --k 7 --iterations 10 --deletions 0 --seed 9 --json >/dev/null 2>&1 || true
for s in $seeds; do
  BENCH=("$shuttle" --label Class --model kmeans --k 7 --iterations 10 --set tol=0 --deletions 0 --seed "$s" --repeat "$repeat")
  ours "lloyd-shuttle seed=$s"
  [ -f "$jsa" ] && ours "lloyd-shuttle-cds seed=$s" -XX:SharedArchiveFile="$jsa"
  theirs "lloyd-shuttle seed=$s" "$shuttle" Class 7 10 "$s" "$repeat"
done

fi

if want first-fit; then
say "## first-fit: see docs/benchmarks/first_fit.sh (its own log and table: ${log%.log}-first-fit.md)"
docs/benchmarks/first_fit.sh "$([ "$mode" = full ] && echo 5 || echo 2)" "${log%.log}-first-fit.log" >/dev/null

fi

if want loss; then
say "## loss: greedy k-means++ then Lloyd to convergence (tol 1e-4, cap 300), loss per row"
for data in "$shuttle Class 7" "$fashion label 10"; do
  set -- $data
  for s in $loss_seeds; do
    BENCH=("$1" --label "$2" --model kmeans --k "$3" --deletions 0 --seed "$s")
    ours "loss $(basename "$1") seed=$s"
    calm; say "sklearn[loss $(basename "$1") seed=$s]: $(/usr/bin/python3 - "$1" "$2" "$3" "$s" <<'PY'
import json, sys, numpy as np, pandas as pd
from sklearn.cluster import KMeans
path, label, k, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
x = pd.read_csv(path).drop(columns=[label]).to_numpy(dtype="float64")
sd = x.std(axis=0); keep = sd > 0
x = np.ascontiguousarray((x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep])
km = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(x)
print(json.dumps({"loss": km.inertia_ / x.shape[0], "n_iter": int(km.n_iter_)}))
PY
)"
  done
done

fi

if want dc; then
say "## dc-shuttle: DC-k-means, shuttle, 16 leaves: a deletion against the retrain from scratch"
BENCH=("$shuttle" --label Class --model dckmeans --k 7 --leaves 16 --deletions "$deletions" --warmup "$warmup")
ours "dc-shuttle"

fi

if want sisa; then
say "## sisa: S = 10, R = 5, softmax: one request against the whole ensemble retrained on both cores ($sisa_deletions requests after $sisa_warmup warm-up; a quarter of them on Fashion-MNIST)"
for data in "$satellite class" "$shuttle Class" "$mnist label" "$fashion label"; do
  set -- $data
  d=$sisa_deletions; [ "$(basename "$1")" = fashion_mnist_60k.csv.gz ] && d=$(( (d + 3) / 4 ))
  BENCH=("$1" --label "$2" --model sisa --shards 10 --slices 5 --learner softmax --deletions "$d" --warmup "$sisa_warmup" --seed 1)
  ours "sisa $(basename "$1")"
done

fi

if want qkmeans; then
say "## qkmeans: Q-k-means certified fraction against epsilon and the dimension d"
for data in "$shuttle Class 7" "sample-data/digits_8x8.csv target 10" "$mnist label 10" "$fashion label 10"; do
  set -- $data
  for eps in 0.05 0.2 0.5; do
    BENCH=("$1" --label "$2" --model qkmeans --k "$3" --epsilon "$eps" --deletions "$q_deletions" --warmup 2 --seed 1)
    ours "qkmeans $(basename "$1") eps=$eps"
  done
done

fi

/usr/bin/python3 docs/benchmarks/perf_table.py "$log" | tee "${log%.log}.md"
