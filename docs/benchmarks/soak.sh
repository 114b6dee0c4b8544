#!/usr/bin/env bash
# Soak test (not a unit test: about an hour per family on a quiet machine): REQUESTS forget requests of
# one row each in one process per family, every one checked against a retrain from scratch on the
# remaining rows. Passes when every family stays exact through all of them and the heap left after
# garbage collections ends where it started (the last quarter's median within 25% + 32 MB of the
# first quarter's), i.e. nothing piles up per request.
# Usage: docs/benchmarks/soak.sh [REQUESTS] [FAMILY...]   (defaults: 5000; qkmeans dckmeans kmeans sisa)
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-5000}
shift || true
families=${*:-qkmeans dckmeans kmeans sisa}
shuttle=sample-data/statlog_shuttle.csv.gz
[ -f app/target/unlearn.jar ] || mvn -B -q -DskipTests package
out=$(mktemp -d)
echo "# soak: $requests requests per family; logs in $out; $(uptime)"
status=0
for family in $families; do
  case $family in
    qkmeans)  opts=(--model qkmeans --k 7 --epsilon 0.05) ;;
    dckmeans) opts=(--model dckmeans --k 7 --leaves 16) ;;
    kmeans)   opts=(--model kmeans --k 7) ;;
    sisa)     opts=(--model sisa --shards 20 --slices 5) ;;
    *) echo "unknown family $family" >&2; exit 2 ;;
  esac
  # Progress goes to stderr (a line every few seconds), the JSON result to a file.
  java -Xmx2g "-Xlog:gc:file=$out/$family.gc" -jar app/target/unlearn.jar bench "$shuttle" --label Class \
    "${opts[@]}" --deletions "$requests" --json > "$out/$family.json"
  /usr/bin/python3 - "$out/$family.json" "$out/$family.gc" "$family" "$requests" <<'PY' || status=1
import json, re, statistics, sys
result = json.load(open(sys.argv[1]))
family, requests = sys.argv[3], int(sys.argv[4])
after = [float(m.group(1)) for m in
         (re.search(r"Pause.*->(\d+)M\(", line) for line in open(sys.argv[2])) if m]
ok = result["exact"] is True and result["deletions"] == requests
verdict = f"{family}: {result['deletions']} requests, exact={result['exact']}, unlearn_ms={result['unlearn_ms']}, retrain_ms={result['retrain_ms']}"
if len(after) >= 8:
    q = len(after) // 4
    first, last = statistics.median(after[:q]), statistics.median(after[-q:])
    flat = last <= first * 1.25 + 32
    ok &= flat
    verdict += f"; heap after GC {first:.0f} MB -> {last:.0f} MB over {len(after)} collections ({'flat' if flat else 'GROWING'})"
else:
    verdict += f"; only {len(after)} collections: too few to judge the heap"
print(("PASS " if ok else "FAIL ") + verdict)
sys.exit(0 if ok else 1)
PY
done
exit $status
