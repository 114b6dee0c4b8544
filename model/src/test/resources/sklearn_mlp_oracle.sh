#!/usr/bin/env bash
# Writes sklearn_mlp_expected.csv: scikit-learn's MLPClassifier((64,), random_state=1) at its defaults on our
# encoded credit_data rows and the bench's 80/20 split by the seed 1 (MonolithicSideBySide.java exports them,
# monolithic_reference.py fits), for MlpAgainstScikitLearnTest.
# Usage (from the repository, after mvn -B -o -DskipTests package):
#   model/src/test/resources/sklearn_mlp_oracle.sh > model/src/test/resources/sklearn_mlp_expected.csv
set -euo pipefail
cd "$(dirname "$0")/../../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ours=$(java -cp app/target/unlearn.jar docs/benchmarks/MonolithicSideBySide.java sample-data/credit_data.csv Status mlp \
  "$work/credit" 20 2>/dev/null)
theirs=$(/usr/bin/python3 docs/benchmarks/monolithic_reference.py "$work/credit" mlp 64 2>/dev/null)
/usr/bin/python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = (json.loads(a) for a in sys.argv[1:3])
print("file,label,train_rows,test_rows,features,accuracy")
print(f"credit_data.csv,Status,{ours['train_rows']},{ours['test_rows']},{ours['features']},{theirs['accuracy']}")
PY
