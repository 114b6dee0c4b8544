"""Turns the log of docs/benchmarks/sisa.sh into the markdown tables of docs/BENCHMARKS.md (SISA)."""
import json
import sys


def runs(path):
    load = None
    for line in open(path):
        line = line.strip()
        if line.startswith("# load"):
            load = line.split("|")[0].replace("# load", "").strip()
        elif line.startswith("{"):
            d = json.loads(line)
            d["load"] = load
            yield d


def x(v):
    return f"{v:.1f}×"


def accuracy(all_runs):
    print("| data | learner | S = 1 | S = 5 | S = 10 | S = 20 | monolithic (S = 1, R = 1) |")
    print("|---|---|---|---|---|---|---|")
    table = {}
    for d in all_runs:
        if d["deletions"] == 0:
            key = (d["file"], d["options"]["learner"])
            table.setdefault(key, {})[d["options"]["shards"]] = d["quality_before"]
            table[key]["mono"] = d["baseline_quality"]
    for (file, learner), row in table.items():
        cells = " | ".join(f"{row[s]:.4f}" if s in row else "" for s in (1, 5, 10, 20))
        print(f"| {file} | {learner} | {cells} | {row['mono']:.4f} |")


def single(d):
    return d["deletions"] > 0 and "train_ms_one_thread" in d["details"] and d["options"]["shards"] == 10 \
        and d["options"]["slices"] == 5


def speed(all_runs):
    print("| data | learner | accuracy | monolithic | work redone (`retrained_fraction`) | work saving | "
          "unlearn (median) | ensemble retrain (median, 2 threads) | **speedup** | monolithic retrain | "
          "speedup vs monolithic | exact | load |")
    print("|" + "---|" * 13)
    for d in filter(single, all_runs):
        f = d["retrained_fraction"]
        print(f"| {d['file']} ({d['train_rows']} train rows) | {d['options']['learner']} | {d['quality_unlearned']:.4f} | "
              f"{d['baseline_quality']:.4f} | {f:.4f} | {x(1 / f)} | {d['unlearn_ms']:.1f} ms | {d['retrain_ms']:.0f} ms | "
              f"**{x(d['speedup'])}** | {d['baseline_retrain_ms']:.0f} ms | {x(d['speedup_vs_baseline'])} | "
              f"{str(d['exact']).lower()} | {d['load']} |")


def scaling(all_runs):
    print("| data | learner | 1 thread | 2 threads | scaling | same model |")
    print("|---|---|---|---|---|---|")
    for d in filter(single, all_runs):
        det = d["details"]
        print(f"| {d['file']} | {d['options']['learner']} | {det['train_ms_one_thread']:.0f} ms | "
              f"{det['train_ms_all_cores']:.0f} ms | {det['parallel_speedup']:.2f}× | "
              f"{str(det['parallel_same_model']).lower()} |")


def tradeoff(all_runs):
    print("| S | R | accuracy | monolithic | work redone | work saving | speedup vs ensemble retrain | "
          "speedup vs monolithic | exact |")
    print("|---|---|---|---|---|---|---|---|---|")
    rows = [d for d in all_runs if d["deletions"] > 0 and d["file"].startswith("mnist")
            and d["options"]["learner"] == "softmax"]
    rows.sort(key=lambda d: (d["options"]["shards"], d["options"]["slices"]))
    for d in rows:
        f = d["retrained_fraction"]
        print(f"| {d['options']['shards']} | {d['options']['slices']} | {d['quality_unlearned']:.4f} | "
              f"{d['baseline_quality']:.4f} | {f:.4f} | {x(1 / f)} | {x(d['speedup'])} | "
              f"{x(d['speedup_vs_baseline'])} | {str(d['exact']).lower()} |")


def main(path):
    all_runs = list(runs(path))
    for table in (accuracy, speed, scaling, tradeoff):
        table(all_runs)
        print()


if __name__ == "__main__":
    main(sys.argv[1])
