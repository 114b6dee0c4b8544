"""scikit-learn's LogisticRegression or MLPClassifier on the split MonolithicSideBySide.java wrote.

Usage: /usr/bin/python3 docs/benchmarks/monolithic_reference.py OUT softmax|softmax-same|softmax-tuned|mlp [HIDDEN]
Prints one JSON line: held-out accuracy and training time (scikit-learn 1.2.1, one seed), and for the softmax
the C used, lbfgs's iterations, whether it converged (no ConvergenceWarning), and both sides' value of our
objective (see below) on the training rows.

Our softmax (SoftmaxLearner) descends  mean cross-entropy + l2/2 · |W|²  (l2 = 1e-4, biases not penalised);
scikit-learn's multinomial LogisticRegression minimises  C · summed cross-entropy + 1/2 · |W|²  (intercepts not
penalised either), the same objective when C = 1 / (l2 · n):
- softmax:        LogisticRegression() at its defaults (lbfgs, max_iter 100, C = 1), as a user would call it;
- softmax-same:   our objective, C = 1 / (l2 · n), multinomial also for two classes, lbfgs to convergence;
- softmax-tuned:  C chosen among 0.001 … 100 on a random fifth of the training rows (numpy seed 0) held out,
                  then refit on all training rows: the best this model family reaches here.
"""
import json
import sys
import time
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

L2 = 1e-4  # SoftmaxLearner.defaults()
GRID = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100]


def load(prefix):
    n, d = (int(v) for v in open(prefix + ".shape").read().split())
    x = np.fromfile(prefix + ".x", dtype="<f8").reshape(n, d)
    y = np.fromfile(prefix + ".y", dtype="<i4")
    return x, y


def fit(model, x, y):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.fit(x, y)
    return not any(issubclass(w.category, ConvergenceWarning) for w in caught)


def objective(w, b, x, y):
    """Mean cross-entropy + L2/2 |W|^2 of class weights w (k x d) and biases b on rows x, labels y (0..k-1)."""
    z = x @ w.T + b
    z -= z.max(axis=1, keepdims=True)
    ce = (np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(y)), y]).mean()
    return float(ce + 0.5 * L2 * (w * w).sum())


def their_objective(model, x, y):
    """Ours at scikit-learn's solution, as k weight rows (two classes: one row w1 - w0, so -w/2 and w/2)."""
    w, b = model.coef_, model.intercept_
    if len(model.classes_) == 2:
        half = 1.0 if model.multi_class == "multinomial" else 0.5  # multinomial keeps w1, with w0 = -w1
        w, b = np.stack([-half * w[0], half * w[0]]), np.array([-half * b[0], half * b[0]])
    return objective(w, b, x, np.searchsorted(model.classes_, y))


def our_objective(prefix, x, y):
    """Ours at our own weights (OUT.ours.w: k rows of d weights then the bias), on the classes seen in training."""
    try:
        w = np.fromfile(prefix + ".ours.w", dtype="<f8")
    except FileNotFoundError:
        return None
    d = x.shape[1]
    w = w.reshape(-1, d + 1)
    seen = np.unique(y)
    return objective(w[seen, :d], w[seen, d], x, np.searchsorted(seen, y))


def tuned_c(x, y):
    held = np.random.default_rng(0).permutation(len(y))
    val, fit_rows = held[: len(y) // 5], held[len(y) // 5:]
    scores = []
    for c in GRID:
        model = LogisticRegression(C=c, max_iter=10000, multi_class="multinomial")
        fit(model, x[fit_rows], y[fit_rows])
        scores.append(model.score(x[val], y[val]))
    return GRID[int(np.argmax(scores))]


out, learner = sys.argv[1], sys.argv[2]
hidden = int(sys.argv[3]) if len(sys.argv) > 3 else 64
x, y = load(out + ".train")
xt, yt = load(out + ".test")
t0 = time.perf_counter()
if learner == "mlp":
    model = MLPClassifier(hidden_layer_sizes=(hidden,), random_state=1, max_iter=200)
elif learner == "softmax":
    model = LogisticRegression()
elif learner == "softmax-same":
    model = LogisticRegression(C=1 / (L2 * len(y)), max_iter=10000, multi_class="multinomial")
elif learner == "softmax-tuned":
    model = LogisticRegression(C=tuned_c(x, y), max_iter=10000, multi_class="multinomial")
else:
    sys.exit(f"unknown reference {learner}: softmax, softmax-same, softmax-tuned or mlp")
converged = fit(model, x, y)
ms = 1000 * (time.perf_counter() - t0)
result = {"learner": learner, "reference": type(model).__name__, "accuracy": round(float(model.score(xt, yt)), 4),
          "train_ms": round(ms, 1)}
if learner != "mlp":
    ours = our_objective(out, x, y)
    result.update({"C": round(model.C, 6), "iterations": int(model.n_iter_.max()), "converged": converged,
                   "train_accuracy": round(float(model.score(x, y)), 4),
                   "objective": round(their_objective(model, x, y), 5),
                   "our_objective": None if ours is None else round(ours, 5)})
print(json.dumps(result))
