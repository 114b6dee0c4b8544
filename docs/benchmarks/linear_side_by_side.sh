#!/usr/bin/env bash
# Linear models against the fair references on the same matrix (issues 15 and 17), peers alternating
# with ours, `uptime` before each run; a run started at a 1-minute load above 1.5 is flagged "LOADED"
# and must not be recorded. Ours: LinearSideBySide.java (the app's encoding, written to a file the
# reference then reads); reference: linear_reference.py (scikit-learn's LogisticRegression; for ridge,
# Izzo et al.'s numpy formulas). Each line is one JSON object of medians over REPEAT runs after a warm-up.
#
# Usage: docs/benchmarks/linear_side_by_side.sh [ROUNDS] [REPEAT]      (quiet machine; about 20 min at 3 × 3)
#        docs/benchmarks/linear_side_by_side.sh 1 1 short             (a quick check that it all runs)
#        docs/benchmarks/linear_side_by_side.sh 2 3 mnist_10k,credit_ridge (the named cases only)
# Logistic lines also give each side's summed objective, largest gradient norm and training accuracy.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
repeat=${2:-3}
short=${3:-}
data=../shared/datasets
[ -d "$data" ] || data=/work/shared/datasets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -f app/target/unlearn.jar ]; then
  cp=app/target/unlearn.jar
else
  mvn -B -o -q -pl model compile
  mvn -B -o -q -pl model dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  cp=model/target/classes:$(cat "$work/cp.txt")
fi

load() { uptime | sed 's/.*load average: \([0-9.]*\).*/\1/' | tr -d ','; }
flag() { awk -v l="$(load)" 'BEGIN { print (l > 1.5 ? "LOADED " l : "load " l) }'; }

# name file label model lambda classes
cases=(
  "breast_cancer sample-data/breast_cancer_wdbc.csv target logreg 1 -"
  "credit sample-data/credit_data.csv Status logreg 1 -"
  "credit_ridge sample-data/credit_data.csv Status ridge 1 -"
  "mnist_3v8 sample-data/mnist_10k.csv.gz label logreg 1 3,8"
  "fashion_0v6 $data/fashion_mnist_60k.csv.gz label logreg 1 0,6"
  "mnist_10k sample-data/mnist_10k.csv.gz label logreg 1 -"
  "fashion_60k $data/fashion_mnist_60k.csv.gz label logreg 1 -"
  "attrition_ridge sample-data/employee_attrition.csv Attrition ridge 1 -"
  "mnist_3v8_ridge sample-data/mnist_10k.csv.gz label ridge 1 3,8"
)
if [ "$short" = short ]; then
  cases=("${cases[@]:0:4}")
elif [ -n "$short" ]; then
  # a comma-separated list of case names: docs/benchmarks/linear_side_by_side.sh 1 3 mnist_10k,fashion_0v6
  picked=()
  for c in "${cases[@]}"; do
    [[ ",$short," == *",${c%% *},"* ]] && picked+=("$c")
  done
  cases=("${picked[@]}")
fi
for c in "${cases[@]}"; do
  read -r name file label model lambda classes <<<"$c"
  for ((r = 1; r <= rounds; r++)); do
    echo "$name round $r ours [$(flag)]: $(java -Xmx6g --add-modules jdk.incubator.vector -cp "$cp" docs/benchmarks/LinearSideBySide.java "$file" "$label" "$model" "$lambda" "$work/$name" "$classes" "$repeat")"
    if [ "$model" = ridge ]; then
      # the same on one thread: narrow Grams sum their row blocks on every core by default
      echo "$name round $r ours-1-thread [$(flag)]: $(java -Xmx6g -Dunlearn.rowBlockThreads=1 --add-modules jdk.incubator.vector -cp "$cp" docs/benchmarks/LinearSideBySide.java "$file" "$label" "$model" "$lambda" "$work/$name" "$classes" "$repeat")"
    fi
    echo "$name round $r reference [$(flag)]: $(/usr/bin/python3 docs/benchmarks/linear_reference.py "$work/$name" "$model" "$lambda" "$repeat")"
  done
done
