#!/bin/sh
# Lloyd k-means on mnist_10k through the packaged launcher: the SIMD kernel (the launcher as built) against the
# column kernel (-Dunlearn.scalarKernel=true, what the launcher ran before), alternated; CPU and wall per run.
cd "$(dirname "$0")/../.."
I=${IMAGE:-installer/target/image/unlearn-explorer}
D=${DATA:-sample-data/mnist_10k.csv.gz}
N=${PAIRS:-2}
export HOME=${HOME_DIR:-$(mktemp -d)}  # the bench writes its log there, not in your ~/.unlearn-explorer
for i in $(seq 1 $N); do
  for kernel in simd column; do
    if [ $kernel = column ]; then export _JAVA_OPTIONS=-Dunlearn.scalarKernel=true; else unset _JAVA_OPTIONS; fi
    uptime
    /usr/bin/time -f "$kernel cpu_user=%U s cpu_sys=%S s wall=%e s" $I/bin/unlearn-explorer bench $D \
      --label label --model kmeans --deletions 3 --seed 1 --quiet --json 2>&1 \
      | grep -v "^WARNING: Using incubator\|^Picked up" \
      | sed -E 's/.*("train_ms":[^,]*).*("unlearn_ms":[^,]*).*("retrain_ms":[^,]*).*("exact":[^,]*).*/\1 \2 \3 \4/'
  done
done
