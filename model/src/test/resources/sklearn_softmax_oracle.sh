#!/usr/bin/env bash
# Writes the references SoftmaxAgainstScikitLearnTest compares with, on our encoded rows and the bench's 80/20
# split by the seed 1 (MonolithicSideBySide.java exports them, monolithic_reference.py fits):
#  same  (default) -> sklearn_softmax_expected.csv: Statlog shuttle, scikit-learn's multinomial LogisticRegression
#        fitted to convergence on the objective our softmax descends (mean cross-entropy + 1e-4/2 · |W|², i.e.
#        C = 1 / (1e-4 · n); lbfgs, max_iter 10000, softmax-same);
#  tuned -> sklearn_softmax_tuned_expected.csv: mnist_10k, C chosen among 0.001 ... 100 on a random fifth of the
#        training rows held out, refitted on all of them to convergence (softmax-tuned): the best a converged
#        softmax reaches on these rows. Takes minutes (lbfgs on 673 columns). The row checked in was measured so
#        (docs/BENCHMARKS.md, "The monolithic constituent against scikit-learn"; scikit-learn 1.2.1).
# Refuses to write a reference that did not converge.
# Usage (from the repository, after mvn -B -o -DskipTests package):
#   model/src/test/resources/sklearn_softmax_oracle.sh same > model/src/test/resources/sklearn_softmax_expected.csv
#   model/src/test/resources/sklearn_softmax_oracle.sh tuned > model/src/test/resources/sklearn_softmax_tuned_expected.csv
set -euo pipefail
cd "$(dirname "$0")/../../../.."
mode=${1:-same}
case "$mode" in
  same) file=statlog_shuttle.csv.gz label=Class ;;
  tuned) file=mnist_10k.csv.gz label=label ;;
  *) echo "the mode is same or tuned, not $mode" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$(java -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java "sample-data/$file" \
  "$label" softmax "$work/data" 20 2>/dev/null)
theirs=$(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/data" "softmax-$mode" 2>/dev/null)
/usr/bin/python3 - "$ours" "$theirs" "$file" "$label" "$mode" <<'PY'
import json, sys
ours, theirs = (json.loads(a) for a in sys.argv[1:3])
file, label, mode = sys.argv[3:6]
if not theirs["converged"]:
    sys.exit("scikit-learn did not converge: no reference written")
iterations = ("iterations", theirs.get("iterations")) if mode == "same" else None
names = ["file", "label", "train_rows", "test_rows", "features", "C"] + ([iterations[0]] if iterations else []) + ["accuracy"]
values = [file, label, ours["train_rows"], ours["test_rows"], ours["features"], theirs["C"]] \
    + ([iterations[1]] if iterations else []) + [theirs["accuracy"]]
print(",".join(names))
print(",".join(str(v) for v in values))
PY
