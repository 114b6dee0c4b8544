"""Turns the log of docs/benchmarks/sisa.sh into the markdown tables of docs/BENCHMARKS.md."""
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


def main(path):
    all_runs = list(runs(path))
    print("| data | learner | S | accuracy | monolithic | train ms |")
    print("|---|---|---|---|---|---|")
    for d in all_runs:
        if d["deletions"] == 0:
            o = d["options"]
            print(f"| {d['file']} | {o['learner']} | {o['shards']} | {d['quality_before']:.4f} | "
                  f"{d['baseline_quality']:.4f} | {d['train_ms']:.0f} |")
    print()
    print("| data | learner | S | R | accuracy | monolithic | retrained fraction | work saving | unlearn ms | "
          "ensemble retrain ms | speedup | monolithic retrain ms | speedup vs monolithic | train 1 thread ms | "
          "train all cores ms | exact | load |")
    print("|" + "---|" * 17)
    for d in all_runs:
        if d["deletions"] > 0:
            o = d["options"]
            det = d["details"]
            print(f"| {d['file']} | {o['learner']} | {o['shards']} | {o['slices_trained']} | {d['quality_before']:.4f} | "
                  f"{d['baseline_quality']:.4f} | {d['retrained_fraction']:.4f} | {1 / d['retrained_fraction']:.1f}x | "
                  f"{d['unlearn_ms']:.1f} | {d['retrain_ms']:.0f} | {d['speedup']:.1f}x | {d['baseline_retrain_ms']:.0f} | "
                  f"{d['speedup_vs_baseline']:.1f}x | {det.get('train_ms_one_thread', '')} | "
                  f"{det.get('train_ms_all_cores', '')} | {d['exact']} | {d['load']} |")


if __name__ == "__main__":
    main(sys.argv[1])
