#!/usr/bin/env bash
# The monolithic SISA constituent (S = 1, R = 1, softmax and MLP, default options, 20 epochs) against
# scikit-learn's LogisticRegression and MLPClassifier (MLP at its defaults with the same 64 hidden units) on the
# same exported matrix and 80/20 split by the seed 1, ours then theirs for each pair; `uptime` before each pair,
# flagged when the load is above 1.5. The softmax gets three references (monolithic_reference.py): scikit-learn's
# defaults, a converged fit of our own objective (C = 1 / (1e-4 n)) and a C tuned on held-out training rows;
# each prints C, lbfgs's iterations, whether it converged, and our objective at both solutions. The tuned and the
# same-objective fits take minutes on the image sets (lbfgs needs 200-800+ iterations there).
# Accuracy is deterministic on both sides (one seed); the times are for information only.
# Usage: docs/benchmarks/monolithic.sh [FASHION_TRAIN_ROWS (default 10000)] > monolithic.log
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f app/target/unlearn.jar ] || mvn -B -q -o -DskipTests package
data=../shared/datasets
[ -d "$data" ] || data=/work/shared/datasets
cap=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for spec in "sample-data/mnist_10k.csv.gz label mnist_10k 0" "$data/fashion_mnist_60k.csv.gz label fashion $cap" \
  "sample-data/statlog_shuttle.csv.gz Class shuttle 0" "$data/credit_data.csv Status credit 0"; do
  set -- $spec
  rows=$4; [ "$rows" = 0 ] && rows=2147483647
  for learner in softmax mlp; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "# uptime: $(uptime)$(awk -v l="$load" 'BEGIN { if (l > 1.5) print "  (LOADED: above 1.5, times not to be recorded)" }')"
    echo "$3 $learner ours: $(java -Xmx4g -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java "$1" "$2" "$learner" "$work/$3" 20 "$rows" 2>/dev/null)"
    if [ "$learner" = softmax ]; then
      for reference in softmax softmax-same softmax-tuned; do
        echo "$3 $learner sklearn: $(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/$3" "$reference" 2>/dev/null)"
      done
    else
      echo "$3 $learner sklearn: $(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/$3" "$learner" 64)"
    fi
  done
done
