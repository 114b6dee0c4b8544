#!/usr/bin/python3
"""Turns a docs/benchmarks/first_fit.sh log into a table: per side, the medians over unflagged rounds of the
first fit in a fresh process, the second fit, and the warm fit (the median of each process's last half of
fits), each against scikit-learn's. Usage: first_fit_table.py LOG"""
import json
import re
import statistics
import sys

LINE = re.compile(r"^(ours|sklearn)\[(.+?)\]: (.*)$")


def runs(path):
    out, flagged, load = [], False, "?"
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("# FLAGGED"):
            flagged = True
        elif line.startswith("# uptime"):
            m = re.search(r"load average: ([\d.]+)", line)
            load = m.group(1) if m else "?"
        elif m := LINE.match(line):
            try:
                data = json.loads(m.group(3))
            except ValueError:
                data = None
            if data:
                each = data.get("train_ms_each") or data.get("fit_ms_each")
                out.append({"side": m.group(2), "each": each, "flagged": flagged, "load": float(load)})
            flagged = False
    return out


def figures(each):
    half = each[len(each) // 2:]
    return each[0], each[1] if len(each) > 1 else None, statistics.median(half)


def main():
    all_runs = runs(sys.argv[1])
    sides = list(dict.fromkeys(r["side"] for r in all_runs))
    med = {}
    print("| side | first fit ms | second fit ms | warm ms (median of last half) | runs kept (flagged) | loads |")
    print("|---|---|---|---|---|---|")
    for side in sides:
        rs = [r for r in all_runs if r["side"] == side]
        kept = [r for r in rs if not r["flagged"]] or rs
        f = [figures(r["each"]) for r in kept]
        m = tuple(statistics.median(x[i] for x in f if x[i] is not None) for i in range(3))
        med[side] = m
        mark = "" if any(not r["flagged"] for r in rs) else " ⚠ all flagged"
        print(f"| {side}{mark} | {m[0]:,.1f} | {m[1]:,.1f} | {m[2]:,.1f} | {len([r for r in rs if not r['flagged']])}"
              f" ({len([r for r in rs if r['flagged']])}) | {min(r['load'] for r in rs):.2f}–{max(r['load'] for r in rs):.2f} |")
    if "sklearn" in med:
        s = med["sklearn"]
        print("\n| side | first / scikit-learn's first | second / second | warm / warm |")
        print("|---|---|---|---|")
        for side, m in med.items():
            if side != "sklearn":
                print(f"| {side} | {m[0] / s[0]:.2f}× | {m[1] / s[1]:.2f}× | {m[2] / s[2]:.2f}× |")


if __name__ == "__main__":
    main()
