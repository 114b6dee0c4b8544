#!/usr/bin/env bash
# Compare methods on the same requests (issue 14), timed as the window does it but without the window
# (CompareTiming: open, train FAMILY, forget REQUESTS single rows, Compare, one more request, Compare again).
# Prints `uptime` before each run; a run started at a 1-minute load above 1.5 is flagged LOADED.
# With BASE=<commit> it also builds that commit in a temporary clone and runs the same harness there, so
# before and after are measured side by side (the harness uses only what both have).
#
# Usage: docs/benchmarks/compare.sh [FAMILY] [REQUESTS] [FILE] [LABEL]
#        BASE=8ab269e docs/benchmarks/compare.sh sisa 3        (the quiet run for BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
family=${1:-sisa}
requests=${2:-3}
data=../shared/datasets
[ -d "$data" ] || data=/work/shared/datasets
file=${3:-$data/mnist_10k.csv.gz}
label=${4:-label}
harness=views/src/test/java/org/unlearn/views/consequences/CompareTiming.java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

load() { uptime | sed 's/.*load average: \([0-9.]*\).*/\1/' | tr -d ','; }
flag() { awk -v l="$(load)" 'BEGIN { print (l > 1.5 ? "LOADED " l : "load " l) }'; }

run() { # name jar test-classes
  echo "== $1: $family on $(basename "$file"), $requests requests ($(flag); $(uptime))"
  java -cp "$3:$2" org.unlearn.views.consequences.CompareTiming "$file" "$label" "$family" "$requests" 2>/dev/null \
    | grep -v '^SLF4J'
}

mvn -B -o -q -DskipTests package
if [ -n "${BASE:-}" ]; then
  git clone -q . "$work/base" && git -C "$work/base" checkout -q "$BASE"
  (cd "$work/base" && mvn -B -o -q -DskipTests package)
  mkdir -p "$work/harness"
  # The base has no left-out property: its harness drops that one line.
  grep -v 'leftOutProperty' "$harness" > "$work/harness/CompareTiming.java"
  javac -nowarn -d "$work/harness" -cp "$work/base/app/target/unlearn.jar:$work/base/views/target/test-classes" \
    "$work/harness/CompareTiming.java"
  run "before ($BASE)" "$work/base/app/target/unlearn.jar" "$work/harness:$work/base/views/target/test-classes"
fi
run "after ($(git rev-parse --short HEAD))" app/target/unlearn.jar views/target/test-classes
