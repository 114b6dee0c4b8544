#!/usr/bin/python3
"""The reference side of docs/benchmarks/linear_side_by_side.sh, on the matrix LinearSideBySide.java wrote.

Usage: /usr/bin/python3 docs/benchmarks/linear_reference.py OUT logreg|ridge LAMBDA [REPEAT]
logreg: scikit-learn's LogisticRegression(C = 1/λ, fit_intercept=False) on x̃ (the constant column penalized
like the rest, as ours), binary or one-vs-rest, solvers lbfgs and newton-cholesky at tol 1e-8 (our Newton–CG
stops at a gradient 1e-10 of its first; scikit-learn's tol is on the scaled gradient, so tighter than ours).
ridge: the numpy formulas of Izzo et al. (retraining.py: lin_exact, lin_newton with a precomputed inverse
Hessian and the Sherman–Morrison–Woodbury update), written afresh here for λ instead of their fixed 1e-4.
Prints one JSON line of times in milliseconds (medians over REPEAT after a warm-up of one run and up to 2 s,
as ours; numpy has no JIT, so the longer warm-up changes nothing on this side), with each fit's CPU time
(the process's, OpenBLAS's threads included: comparable with ours on a loaded machine, where wall times are not).
"""
import json
import sys
import time
import warnings

import numpy as np


def timed(work, repeat, keep=None, cpu=None):
    """Median milliseconds of REPEAT runs after the warm-up; the last run's result goes to keep (a list); the
    process's CPU time per run (every OpenBLAS thread's included, the mean over REPEAT) goes to cpu (a list)."""
    start = time.perf_counter()
    work()
    for _ in range(199_999):
        if time.perf_counter() - start > 2:
            break
        work()
    times = []
    cpu_start = time.process_time()
    for _ in range(repeat):
        t = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - t) * 1000)
        if keep is not None:
            keep[:] = [result]
    if cpu is not None:
        cpu[:] = [round((time.process_time() - cpu_start) * 1000 / repeat, 3)]
    return round(float(np.median(times)), 3)


def logreg(x, y, lam, repeat):
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    out = {}
    for solver in ["lbfgs", "newton-cholesky"]:
        def fit():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = LogisticRegression(C=1 / lam, fit_intercept=False, solver=solver, tol=1e-8, max_iter=1000)
                if len(np.unique(y)) > 2:
                    m = OneVsRestClassifier(m)
                return m.fit(x, y)
        key = solver.replace("-", "_")
        model = []
        cpu = []
        out[key + "_fit_ms"] = timed(fit, repeat, model, cpu)
        out[key + "_fit_cpu_ms"] = cpu[0]
        out.update({key + "_" + k: v for k, v in quality(model[0], x, y, lam).items()})
    return out


def quality(model, x, y, lam):
    """The summed objective over the problems, the largest gradient norm and the training accuracy, as ours."""
    coefs = [e.coef_.ravel() for e in model.estimators_] if hasattr(model, "estimators_") else [model.coef_.ravel()]
    classes = np.unique(y)
    objective, gradient = 0.0, 0.0
    for k, theta in enumerate(coefs):
        target = (y == classes[1]) if len(coefs) == 1 else (y == classes[k])
        m = x @ theta
        objective += float(np.sum(np.logaddexp(0, m) - target * m) + lam / 2 * theta @ theta)
        g = x.T @ (1 / (1 + np.exp(-m)) - target) + lam * theta
        gradient = max(gradient, float(np.linalg.norm(g)))
    accuracy = float(np.mean(model.predict(x) == y))
    return {"objective": float("%.10g" % objective), "gradient": float("%.3g" % gradient), "accuracy": round(accuracy, 5)}


def smw(inv, u):
    """(H − UᵀU)⁻¹ from H⁻¹ by Sherman–Morrison–Woodbury, U the k removed rows (k × d)."""
    hu = inv @ u.T
    core = np.eye(u.shape[0]) - u @ hu
    return inv + hu @ np.linalg.solve(core, hu.T)


def ridge(x, y, lam, repeat):
    d = x.shape[1]
    theta = np.linalg.solve(x.T @ x + lam * np.eye(d), x.T @ y)
    inv = np.linalg.inv(x.T @ x + lam * np.eye(d))
    left = x[1:], y[1:]

    def exact():
        xl, yl = left
        return np.linalg.solve(xl.T @ xl + lam * np.eye(d), xl.T @ yl)

    def newton(k):
        ind = np.arange(k)
        grad = ((x[ind] @ theta - y[ind])[:, None] * x[ind]).sum(axis=0)
        return theta + smw(inv, x[ind]) @ grad

    out = {}
    for name, work in [("retrain", exact), ("newton_1", lambda: newton(1)), ("newton_100", lambda: newton(100))]:
        cpu = []
        out[name + "_ms"] = timed(work, repeat, cpu=cpu)
        out[name + "_cpu_ms"] = cpu[0]
    return out


def main():
    out, model, lam = sys.argv[1], sys.argv[2], float(sys.argv[3])
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    x = np.fromfile(out + ".x", dtype="<f8")
    n = x.size
    if model == "logreg":
        y = np.fromfile(out + ".y", dtype="<i4")
    else:
        y = np.fromfile(out + ".y", dtype="<f8")
    x = x.reshape(len(y), n // len(y))
    result = {"side": "reference", "rows": x.shape[0], "columns": x.shape[1]}
    result.update(logreg(x, y, lam, repeat) if model == "logreg" else ridge(x, y, lam, repeat))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
