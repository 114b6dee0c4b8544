#!/usr/bin/python3
"""Turns a docs/benchmarks/perf.sh log into markdown tables. A run the script flagged (started above load
1.5) is shown with a ⚠ and its ratio is not to be quoted. Usage: perf_table.py LOG"""
import json
import re
import statistics
import sys

LINE = re.compile(r"^(ours|sklearn)\[(.+?)\]: (.*)$")


def read(path):
    runs, flagged, load = [], False, ""
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("# FLAGGED"):
            flagged = True
        elif line.startswith("# uptime"):
            m = re.search(r"load average: ([\d.]+)", line)
            load = m.group(1) if m else "?"
        else:
            m = LINE.match(line)
            if m:
                try:
                    data = json.loads(m.group(3))
                except ValueError:
                    data = None
                runs.append({"side": m.group(1), "tag": m.group(2), "data": data, "flagged": flagged, "load": load})
                flagged = False
    return runs


def pick(runs, side, tag):
    return next((r for r in runs if r["side"] == side and r["tag"] == tag and r["data"]), None)


def mark(*rs):
    return " ⚠" if any(r and r["flagged"] for r in rs) else ""


def loads(*rs):
    return "/".join(r["load"] for r in rs if r)


def fmt(v, nd=1):
    return "–" if v is None else (f"{v:,.{nd}f}" if isinstance(v, (int, float)) else str(v))


def main():
    runs = read(sys.argv[1])
    tags = list(dict.fromkeys(r["tag"] for r in runs))
    print("### Lloyd (tol 0), ours against scikit-learn, medians of the fits in one process\n")
    print("| run | ours ms (it.) | scikit-learn ms (it.) | ours / sklearn | load |")
    print("|---|---|---|---|---|")
    for t in tags:
        if t.startswith("lloyd-fashion") or (t.startswith("lloyd-shuttle ") and True):
            o, s = pick(runs, "ours", t), pick(runs, "sklearn", t)
            if o and s:
                print(f"| {t} | {fmt(o['data']['train_ms'])} ({o['data']['details'].get('iterations')}) | "
                      f"{fmt(s['data']['fit_ms'])} ({s['data']['n_iter']}) | "
                      f"{o['data']['train_ms'] / s['data']['fit_ms']:.2f}×{mark(o, s)} | {loads(o, s)} |")
    print("\n### First fit in a fresh process against a warm one (shuttle, k = 7, 10 iterations)\n")
    print("| run | ours first / warm ms | ours with the CDS archive, first / warm | scikit-learn first / warm ms | load |")
    print("|---|---|---|---|---|")
    for t in tags:
        if t.startswith("lloyd-shuttle "):
            o, c = pick(runs, "ours", t), pick(runs, "ours", t.replace("lloyd-shuttle", "lloyd-shuttle-cds"))
            s = pick(runs, "sklearn", t)
            cds = f"{fmt(c['data']['train_ms_first'])} / {fmt(c['data']['train_ms'])}" if c else "–"
            if o and s:
                print(f"| {t} | {fmt(o['data']['train_ms_first'])} / {fmt(o['data']['train_ms'])} | {cds} | "
                      f"{fmt(s['data']['fit_ms_first'])} / {fmt(s['data']['fit_ms'])}{mark(o, c, s)} | {loads(o, c, s)} |")
    print("\n### Loss per row after greedy k-means++ and Lloyd (tol 1e-4)\n")
    print("| data | ours (seeds) | scikit-learn (seeds) | median ours / sklearn |")
    print("|---|---|---|---|")
    for data in dict.fromkeys(t.split()[1] for t in tags if t.startswith("loss ")):
        o = [r["data"]["quality_before"] for r in runs if r["side"] == "ours" and r["tag"].startswith(f"loss {data} ") and r["data"]]
        s = [r["data"]["loss"] for r in runs if r["side"] == "sklearn" and r["tag"].startswith(f"loss {data} ") and r["data"]]
        if o and s:
            print(f"| {data} | {', '.join(f'{v:.4g}' for v in o)} | {', '.join(f'{v:.4g}' for v in s)} | "
                  f"{statistics.median(o) / statistics.median(s):.4f} |")
    print("\n### Deletions (unlearn median against retrain median, same run)\n")
    print("| run | unlearn ms | retrain ms | speedup | exact | quality | monolithic / baseline | certified fraction | retrained fraction | load |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for t in tags:
        if t.startswith(("dc-", "sisa ", "qkmeans ")):
            o = pick(runs, "ours", t)
            if o:
                d = o["data"]
                print(f"| {t} (d = {d.get('features')}) | {fmt(d.get('unlearn_ms'), 2)} | {fmt(d.get('retrain_ms'), 1)} | "
                      f"{fmt(d.get('speedup'), 1)}×{mark(o)} | {d.get('exact')} | {fmt(d.get('quality_before'), 4)} | "
                      f"{fmt(d.get('baseline_quality'), 4)} | {fmt(d.get('certified_fraction'), 3)} | "
                      f"{fmt(d.get('retrained_fraction'), 3)} | {o['load']} |")


if __name__ == "__main__":
    main()
