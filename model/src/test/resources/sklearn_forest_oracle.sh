#!/usr/bin/env bash
# Writes sklearn_forest_expected.csv for DareAgainstScikitLearnTest: scikit-learn's RandomForestClassifier at
# DaRE's trees and depth (50 trees, max_depth 10: DaRE's root is depth 0 and a node at depth 10 is a leaf;
# ⌊√d⌋ features per node, bootstrap, Gini) on our encoded rows and the 80/20 split by the seed 1 that
# DareData uses (MonolithicSideBySide.java exports them), credit and employee attrition. A forest's held-out
# accuracy moves by a point or so with its seed, so the row holds the mean and the range over random_state 1-5.
# Usage (from the repository, after mvn -B -o -DskipTests package):
#   model/src/test/resources/sklearn_forest_oracle.sh > model/src/test/resources/sklearn_forest_expected.csv
set -euo pipefail
cd "$(dirname "$0")/../../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "file,label,train_rows,test_rows,trees,depth,accuracy_mean,accuracy_min,accuracy_max"
for case in "credit_data.csv Status" "employee_attrition.csv Attrition"; do
  set -- $case
  java -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java "sample-data/$1" "$2" softmax \
    "$work/$1" 1 > /dev/null 2>&1
  /usr/bin/python3 - "$work/$1" "$1" "$2" <<'PY'
import sys
import numpy as np
from sklearn.ensemble import RandomForestClassifier

prefix, name, label = sys.argv[1:4]
def load(part):
    n, d = (int(v) for v in open(f"{prefix}.{part}.shape").read().split())
    return np.fromfile(f"{prefix}.{part}.x", dtype="<f8").reshape(n, d), np.fromfile(f"{prefix}.{part}.y", dtype="<i4")
x, y = load("train")
xt, yt = load("test")
scores = [RandomForestClassifier(n_estimators=50, max_depth=10, max_features="sqrt", random_state=s)
          .fit(x, y).score(xt, yt) for s in range(1, 6)]
print(f"{name},{label},{len(y)},{len(yt)},50,10,{np.mean(scores):.4f},{min(scores):.4f},{max(scores):.4f}")
PY
done
