#!/usr/bin/python3
"""Turns the output of docs/benchmarks/linear.sh (lines "name: {json}") into the markdown tables of
docs/BENCHMARKS.md. Usage: docs/benchmarks/linear.sh | /usr/bin/python3 docs/benchmarks/linear_summary.py"""
import json
import sys


def main():
    benches, tables = [], []
    for line in sys.stdin:
        name, sep, rest = line.partition(": ")
        if not sep or not rest.startswith("{"):
            continue
        d = json.loads(rest)
        (tables if "cells" in d else benches).append((name, d))
    print("| run | d | train rows | unlearn ms (median) | retrain ms (median) | speedup | param_distance | exact |")
    print("|---|---|---|---|---|---|---|---|")
    for name, d in benches:
        print(f"| {name} (seed {d['seed']}) | {d['features']} | {d['train_rows']:,} | {d['unlearn_ms']:.3g} | "
              f"{d['retrain_ms']:.4g} | {d['speedup']:,.4g} | {d['param_distance']:.3g} | {str(d['exact']).lower()} |")
    for name, d in tables:
        print()
        print(f"{name}: d = {d['features']}, {d['train_rows']:,} training rows, full training {d['train_ms']:,.0f} ms "
              f"({d['iterations']} Newton iterations)")
        print()
        fit = any("fit" in m for c in d["cells"] for m in c["methods"].values())
        head = "| k | rows | retrain ms | influence ms / dist | newton ms / dist | pru ms / dist |"
        if fit:
            head += " FIT influence / newton / pru |"
        print(head)
        print("|---" * (head.count("|") - 1) + "|")
        for c in d["cells"]:
            ms = c["methods"]
            row = f"| {c['k']} | {c['rows']} | {c['retrain_ms']:,.4g} | " + " | ".join(
                f"{ms[m]['ms']:.3g} / {ms[m]['param_distance']:.3g}" for m in ("influence", "newton", "pru")) + " |"
            if fit:
                row += (" " + " / ".join(f"{ms[m]['fit']:.3g}" for m in ("influence", "newton", "pru")) + " |"
                        if "fit" in ms["newton"] else " |")
            print(row)


if __name__ == "__main__":
    main()
