#!/usr/bin/python3
"""The held-out accuracy of scikit-learn's DecisionTreeClassifier that TreeAgainstScikitLearnTest compares with.

Regenerate: /usr/bin/python3 model/src/test/resources/sklearn_tree_oracle.py > model/src/test/resources/sklearn_tree_expected.csv
Features are every column but the label and its one-to-one name, as read (a tree does not care that the app
standardizes them: a split between two values is the same split after any increasing affine map). The split
is by file position: every fifth row (positions 0, 5, 10, ...) is held out, the rest trains.
TreeLearner's depth counts the root as 1 and its node size is the fewest rows a leaf keeps, so depth d and
node size m are scikit-learn's max_depth = d - 1 and min_samples_leaf = m. Gini, every feature at every node;
scikit-learn breaks ties between equally good splits by a random feature order (random_state 0), ours by
feature order, which is where the two may differ.
"""
import numpy as np
import pandas as pd
from sklearn.tree import DecisionTreeClassifier

DROP = ["target", "target_name"]
CASES = [
    ("breast_cancer_wdbc.csv", 20, 2),
    ("breast_cancer_wdbc.csv", 4, 5),
    ("digits_8x8.csv", 20, 2),
    ("digits_8x8.csv", 4, 5),
]

print("file,depth,node_size,train_rows,test_rows,accuracy,leaves")
for name, depth, node_size in CASES:
    frame = pd.read_csv(f"sample-data/{name}")
    x = frame.drop(columns=DROP).to_numpy(dtype="float64")
    y = frame["target"].to_numpy()
    test = np.arange(len(y)) % 5 == 0
    tree = DecisionTreeClassifier(
        criterion="gini", max_depth=depth - 1, min_samples_leaf=node_size, random_state=0
    ).fit(x[~test], y[~test])
    accuracy = tree.score(x[test], y[test])
    print(f"{name},{depth},{node_size},{(~test).sum()},{test.sum()},{accuracy:.4f},{tree.get_n_leaves()}")
