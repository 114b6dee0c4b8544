#!/usr/bin/env bash
# Reading Fashion-MNIST 60k into the encoded matrix: ours (1.5 GB heap) against pandas' C reader,
# alternating three times in one run. Usage: docs/benchmarks/read_vs_pandas.sh [FILE] [LABEL]
set -euo pipefail
cd "$(dirname "$0")/../.."
file=${1:-../shared/datasets/fashion_mnist_60k.csv.gz}
label=${2:-label}
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
for i in 1 2 3; do
  echo "unlearn: $(java -Xmx1500m -jar app/target/unlearn.jar bench-read "$file" --label "$label")"
  echo "pandas:  $(/usr/bin/python3 docs/benchmarks/pandas_read.py "$file" "$label")"
  echo "tablesaw: $(java -Xmx1500m -jar app/target/unlearn.jar bench-read "$file" --reader tablesaw)"
done
