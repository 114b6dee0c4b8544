#!/usr/bin/python3
"""Times pandas' C reader on a file, for comparison with `unlearn bench-read` on the same file.

Usage: /usr/bin/python3 docs/benchmarks/pandas_read.py FILE [LABEL]
Prints one JSON object: read_ms (pd.read_csv), matrix_ms (features to a float64 matrix), total_ms.
"""
import json
import sys
import time

import pandas as pd


def main():
    path = sys.argv[1]
    label = sys.argv[2] if len(sys.argv) > 2 else None
    t0 = time.perf_counter()
    frame = pd.read_csv(path, na_values=["?"])
    t1 = time.perf_counter()
    features = frame.drop(columns=[label]) if label else frame
    matrix = features.to_numpy(dtype="float64")
    t2 = time.perf_counter()
    print(json.dumps({"file": path, "rows": len(frame), "features": matrix.shape[1],
                      "read_ms": round((t1 - t0) * 1000), "matrix_ms": round((t2 - t1) * 1000),
                      "total_ms": round((t2 - t0) * 1000), "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
