#!/usr/bin/env bash
# The pieces of a ridge retrain (Gram, Cholesky, fit) of two builds, alternated rep by rep in one JVM (two class
# loaders), CPU ms of every thread: a ratio that holds on a loaded machine, where separate runs swing by 30%.
# Usage: docs/benchmarks/ridge_pieces_ab.sh BASE_COMMIT [DATASETS]   (compares BASE_COMMIT with the work tree;
#        DATASETS a comma-separated subset of mnist,attrition,credit)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=$1
sets=${2:-mnist,attrition,credit}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -o -q -pl model compile
mvn -B -o -q -pl model dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp=$(cat "$work/cp.txt")
mkdir -p "$work/old-src" "$work/old" "$work/pieces" "$work/drv"
git archive "$base" model/src/main | tar -x -C "$work/old-src"
javac -nowarn -d "$work/old" -cp "$cp" --add-modules jdk.incubator.vector $(find "$work/old-src" -name '*.java') 2>/dev/null
javac -nowarn -d "$work/pieces" -cp model/target/classes:"$cp" --add-modules jdk.incubator.vector docs/benchmarks/ridgeab/Pieces.java 2>/dev/null
javac -d "$work/drv" docs/benchmarks/ridgeab/AB.java
for ds in ${sets//,/ }; do
  echo "[$(uptime | sed 's/.*load average: //')] $(java --add-modules jdk.incubator.vector -cp "$work/drv" AB "$work/old" model/target/classes "$cp" "$ds" "$work/pieces" 2>/dev/null)"
done
