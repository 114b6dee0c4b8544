#!/usr/bin/python3
"""Writes sklearn_linear_expected.csv: scikit-learn's optima for the problems LinearAgainstScikitLearnTest solves.

Usage: /usr/bin/python3 model/src/test/resources/sklearn_linear_oracle.py SAMPLE_DATA_DIR > sklearn_linear_expected.csv
Features are standardized as the app does (mean 0, population standard deviation 1, constant columns dropped)
and a column of ones is appended; the intercept is that column's weight and is penalized like the others
(fit_intercept=False), as in our models. Logistic: LogisticRegression(C = 1/λ, newton-cholesky, tol 1e-12),
binary or one-vs-rest; ridge: Ridge(alpha = λ) on the ±1-coded second class.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.multiclass import OneVsRestClassifier

PROBLEMS = [
    ("breast_cancer_wdbc.csv", "target", ["target", "target_name"], "logreg", 1.0),
    ("breast_cancer_wdbc.csv", "target", ["target", "target_name"], "logreg", 0.05),
    ("breast_cancer_wdbc.csv", "target", ["target", "target_name"], "ridge", 1.0),
    ("iris.csv", "target_name", ["target", "target_name"], "logreg", 1.0),
]


def main():
    folder = sys.argv[1]
    print("file,label,model,lambda,class,index,coefficient")
    for file, label, drop, model, lam in PROBLEMS:
        table = pd.read_csv(f"{folder}/{file}")
        x = table.drop(columns=drop).to_numpy(dtype="float64")
        sd = x.std(axis=0)
        keep = sd > 0
        x = (x[:, keep] - x[:, keep].mean(axis=0)) / sd[keep]
        x = np.hstack([x, np.ones((x.shape[0], 1))])
        classes = sorted(table[label].unique())
        y = np.array([classes.index(v) for v in table[label]])
        if model == "ridge":
            coef = [Ridge(alpha=lam, fit_intercept=False, solver="cholesky").fit(x, np.where(y == 1, 1.0, -1.0)).coef_]
        else:
            rows = [(c, (y == c).astype(int)) for c in ([1] if len(classes) == 2 else range(len(classes)))]
            coef = []
            for _, target in rows:
                lr = LogisticRegression(C=1 / lam, fit_intercept=False, solver="newton-cholesky", tol=1e-12,
                                        max_iter=1000)
                coef.append(lr.fit(x, target).coef_[0])
        for c, w in enumerate(coef):
            for j, v in enumerate(w):
                print(f"{file},{label},{model},{lam},{c},{j},{v!r}")


if __name__ == "__main__":
    main()
