"""scikit-learn's LogisticRegression or MLPClassifier on the split MonolithicSideBySide.java wrote.

Usage: /usr/bin/python3 docs/benchmarks/monolithic_reference.py OUT softmax|mlp [HIDDEN]
Prints one JSON line: held-out accuracy and training time (defaults of scikit-learn 1.2.1, one seed).
"""
import json
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier


def load(prefix):
    n, d = (int(v) for v in open(prefix + ".shape").read().split())
    x = np.fromfile(prefix + ".x", dtype="<f8").reshape(n, d)
    y = np.fromfile(prefix + ".y", dtype="<i4")
    return x, y


out, learner = sys.argv[1], sys.argv[2]
hidden = int(sys.argv[3]) if len(sys.argv) > 3 else 64
x, y = load(out + ".train")
xt, yt = load(out + ".test")
if learner == "mlp":
    model = MLPClassifier(hidden_layer_sizes=(hidden,), random_state=1, max_iter=200)
else:
    model = LogisticRegression(max_iter=1000)
t0 = time.perf_counter()
model.fit(x, y)
ms = 1000 * (time.perf_counter() - t0)
print(json.dumps({"learner": learner, "reference": type(model).__name__, "accuracy": round(float(model.score(xt, yt)), 4),
                  "train_ms": round(ms, 1)}))
