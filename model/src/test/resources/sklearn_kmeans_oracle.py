#!/usr/bin/python3
"""The k-means optima the Lloyd tests compare with, from scikit-learn on the same encoded matrices.

Regenerate: /usr/bin/python3 model/src/test/resources/sklearn_kmeans_oracle.py > model/src/test/resources/sklearn_kmeans_expected.csv
Features are every numeric column but the label (and its one-to-one copy), standardized as the app
does (mean 0, population standard deviation 1, constant columns dropped) unless standardize is false.
best_loss is the lowest inertia per row over 100 k-means++ initializations run to strict convergence,
median_loss the median of those 100 runs (scikit-learn's greedy k-means++, one initialization each).
"""
import sys

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans

CASES = [
    ("iris.csv", ["target", "target_name"], 3, False),
    ("iris.csv", ["target", "target_name"], 3, True),
    ("breast_cancer_wdbc.csv", ["target", "target_name"], 2, True),
    ("digits_8x8.csv", ["target", "target_name"], 10, True),
]


def matrix(path, drop, standardize):
    frame = pd.read_csv(path)
    x = frame.drop(columns=[c for c in drop if c in frame.columns]).to_numpy(dtype="float64")
    if standardize:
        sd = x.std(axis=0)
        keep = sd > 0
        x = (x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep]
    return x


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "sample-data"
    print("file,k,standardize,rows,features,best_loss,median_loss,sklearn")
    for name, drop, k, standardize in CASES:
        x = matrix(f"{folder}/{name}", drop, standardize)
        losses = [KMeans(n_clusters=k, n_init=1, tol=0, max_iter=1000, random_state=seed).fit(x).inertia_ / x.shape[0]
                  for seed in range(100)]
        print(f"{name},{k},{str(standardize).lower()},{x.shape[0]},{x.shape[1]},{min(losses):.10g},"
              f"{np.median(losses):.10g},{sklearn.__version__}")


if __name__ == "__main__":
    main()
