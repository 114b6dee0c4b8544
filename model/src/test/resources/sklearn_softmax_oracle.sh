#!/usr/bin/env bash
# Writes sklearn_softmax_expected.csv: scikit-learn's multinomial LogisticRegression fitted to convergence on
# the objective our softmax descends (mean cross-entropy + 1e-4/2 · |W|², i.e. C = 1 / (1e-4 · n); lbfgs,
# max_iter 10000, no ConvergenceWarning) on our encoded Statlog shuttle rows and the bench's 80/20 split by the
# seed 1 (MonolithicSideBySide.java exports them, monolithic_reference.py softmax-same fits), for
# SoftmaxAgainstScikitLearnTest. Refuses to write a reference that did not converge.
# Usage (from the repository, after mvn -B -o -DskipTests package):
#   model/src/test/resources/sklearn_softmax_oracle.sh > model/src/test/resources/sklearn_softmax_expected.csv
set -euo pipefail
cd "$(dirname "$0")/../../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$(java -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java sample-data/statlog_shuttle.csv.gz \
  Class softmax "$work/shuttle" 20 2>/dev/null)
theirs=$(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/shuttle" softmax-same 2>/dev/null)
/usr/bin/python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = (json.loads(a) for a in sys.argv[1:3])
if not theirs["converged"]:
    sys.exit("scikit-learn did not converge: no reference written")
print("file,label,train_rows,test_rows,features,C,iterations,accuracy")
print(f"statlog_shuttle.csv.gz,Class,{ours['train_rows']},{ours['test_rows']},{ours['features']},{theirs['C']},"
      f"{theirs['iterations']},{theirs['accuracy']}")
PY
