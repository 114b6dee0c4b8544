#!/usr/bin/python3
"""Times scikit-learn's KMeans on the matrix `unlearn bench` clusters, for the Lloyd comparison.

Usage: /usr/bin/python3 docs/benchmarks/sklearn_kmeans.py FILE LABEL K MAX_ITER [SEED]
Features are every column but LABEL, standardized as the app does (mean 0, population standard
deviation 1, constant columns dropped). One k-means++ initialization, tol=0 (run to the cap or until the
assignment stops changing), Lloyd's algorithm. Prints one JSON object: fit_ms (KMeans.fit alone, after
the data is in memory), n_iter, loss (inertia per row), threads.
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
    x = pd.read_csv(path).drop(columns=[label]).to_numpy(dtype="float64")
    sd = x.std(axis=0)
    keep = sd > 0
    x = np.ascontiguousarray((x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep])
    km = KMeans(n_clusters=k, n_init=1, max_iter=max_iter, tol=0, algorithm="lloyd", random_state=seed)
    t0 = time.perf_counter()
    km.fit(x)
    t1 = time.perf_counter()
    print(json.dumps({"file": os.path.basename(path), "rows": x.shape[0], "features": x.shape[1], "k": k,
                      "max_iter": max_iter, "fit_ms": round((t1 - t0) * 1000, 1), "n_iter": int(km.n_iter_),
                      "loss": km.inertia_ / x.shape[0], "sklearn": sklearn.__version__,
                      "threads": [p.get("num_threads") for p in threadpool_info()]}))


if __name__ == "__main__":
    main()
