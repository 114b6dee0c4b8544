#!/usr/bin/python3
"""Times scikit-learn's KMeans on the matrix `unlearn bench` clusters, for the Lloyd comparison.

Usage: /usr/bin/python3 docs/benchmarks/sklearn_kmeans.py FILE LABEL K MAX_ITER [SEED] [REPEAT]
Features are every column but LABEL, standardized as the app does (mean 0, population standard
deviation 1, constant columns dropped). One k-means++ initialization, tol=0 (run to the cap or until the
assignment stops changing), Lloyd's algorithm. Fits REPEAT times (default 1) and prints one JSON object:
fit_ms (the median KMeans.fit time, the data already in memory), fit_ms_first, fit_ms_each (every fit in
order), n_iter, loss (inertia per row), threads.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_info


def main():
    path, label, k, max_iter = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    repeat = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    x = pd.read_csv(path).drop(columns=[label]).to_numpy(dtype="float64")
    sd = x.std(axis=0)
    keep = sd > 0
    x = np.ascontiguousarray((x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep])
    times = []
    for _ in range(repeat):
        km = KMeans(n_clusters=k, n_init=1, max_iter=max_iter, tol=0, algorithm="lloyd", random_state=seed)
        t0 = time.perf_counter()
        km.fit(x)
        times.append((time.perf_counter() - t0) * 1000)
    print(json.dumps({"file": os.path.basename(path), "rows": x.shape[0], "features": x.shape[1], "k": k,
                      "max_iter": max_iter, "fit_ms": round(float(np.median(times)), 1),
                      "fit_ms_first": round(times[0], 1), "fit_ms_each": [round(t, 1) for t in times],
                      "repeat": repeat, "n_iter": int(km.n_iter_),
                      "loss": km.inertia_ / x.shape[0], "sklearn": sklearn.__version__,
                      "threads": [p.get("num_threads") for p in threadpool_info()]}))


if __name__ == "__main__":
    main()
