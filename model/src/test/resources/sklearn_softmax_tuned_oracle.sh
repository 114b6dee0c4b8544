#!/usr/bin/env bash
# Writes sklearn_softmax_tuned_expected.csv: scikit-learn's multinomial LogisticRegression with C chosen among
# 0.001 ... 100 on a random fifth of the training rows held out, refitted on all of them to convergence
# (monolithic_reference.py softmax-tuned), on our encoded mnist_10k rows and the bench's 80/20 split by the seed 1
# (MonolithicSideBySide.java exports them), for SoftmaxAgainstScikitLearnTest: the best a converged softmax
# reaches on these rows. Refuses to write a reference that did not converge. Takes minutes (lbfgs on 673 columns).
# The row checked in was measured so (docs/BENCHMARKS.md, "The monolithic constituent against scikit-learn";
# scikit-learn 1.2.1, the grid cut to 0.003-0.3 around the peak for time).
# Usage (from the repository, after mvn -B -o -DskipTests package):
#   model/src/test/resources/sklearn_softmax_tuned_oracle.sh > model/src/test/resources/sklearn_softmax_tuned_expected.csv
set -euo pipefail
cd "$(dirname "$0")/../../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$(java -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java sample-data/mnist_10k.csv.gz \
  label softmax "$work/mnist" 20 2>/dev/null)
theirs=$(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/mnist" softmax-tuned 2>/dev/null)
/usr/bin/python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = (json.loads(a) for a in sys.argv[1:3])
if not theirs["converged"]:
    sys.exit("scikit-learn did not converge: no reference written")
print("file,label,train_rows,test_rows,features,C,accuracy")
print(f"mnist_10k.csv.gz,label,{ours['train_rows']},{ours['test_rows']},{ours['features']},{theirs['C']},"
      f"{theirs['accuracy']}")
PY
