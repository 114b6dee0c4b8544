#!/usr/bin/env bash
# Lloyd on Statlog shuttle (58,000 × 9, k = 7, 10 iterations, tol 0): the first fit in a fresh process, the
# second, and the warm speed, ours against scikit-learn (/usr/bin/python3, Debian's 1.2.1) on the same
# standardized matrix. Each round runs every side once, in a fresh process, one after another (the sides'
# order rotates from round to round); `uptime` is printed before every run, and a run that starts above
# load 1.5 (after waiting up to WAIT seconds for the machine to calm down) is flagged and left out of the
# medians. Every process fits REPEAT times: first = fit 1, second = fit 2, warm = the median of the last half.
#
# Usage: docs/benchmarks/first_fit.sh [ROUNDS] [LOG]      (defaults: 5 rounds, ~4 minutes on an idle VM)
# REPEAT (default 20) fits per process; WAIT (s, default 120); SEED (default 1).
# Sides: ours (java -jar, no flags; bench starts the k-means warm-up while it reads the CSV, as the app does),
# ours with the CLI's AppCDS archive (built here by a training run), ours without the warm-up
# (-Dunlearn.warmUpFits=0), and scikit-learn. EXTRA="label:-XX:Flag ..." adds a side of ours with JVM flags (e.g. EXTRA="c1:-XX:TieredStopAtLevel=1").
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
log=${2:-first-fit-$(date -u +%Y%m%dT%H%M%S).log}
REPEAT=${REPEAT:-20}
WAIT=${WAIT:-120}
SEED=${SEED:-1}
shuttle=sample-data/statlog_shuttle.csv.gz
jar=app/target/unlearn.jar
jsa=app/target/unlearn-cli.jsa
[ -f "$jar" ] || mvn -B -q -o -DskipTests package

: > "$log"
say() { echo "$*" | tee -a "$log"; }
calm() {
  local waited=0
  while awk -v lim=1.5 '{exit !($1 > lim)}' /proc/loadavg && [ "$waited" -lt "$WAIT" ]; do
    sleep 10; waited=$((waited + 10))
  done
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  say "# uptime: $(uptime)"
  if awk -v l="$load" 'BEGIN{exit !(l > 1.5)}'; then say "# FLAGGED: load $load above 1.5"; fi
}
bench=(bench "$shuttle" --label Class --model kmeans --k 7 --iterations 10 --set tol=0 --deletions 0 --seed "$SEED"
  --repeat "$REPEAT" --json)
ours() { local tag=$1; shift; calm; say "ours[$tag]: $(java "$@" -jar "$jar" "${bench[@]}" 2>/dev/null)"; }
theirs() { calm; say "sklearn[sklearn]: $(/usr/bin/python3 docs/benchmarks/sklearn_kmeans.py "$shuttle" Class 7 10 "$SEED" "$REPEAT")"; }

# The archive holds the classes and lambda forms a bench run loads (the JDK's own and ours), so the timed run
# starts with them parsed and linked; it must be made by the same JVM and the same jar.
rm -f "$jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" "${bench[@]}" >/dev/null 2>&1 || true
sides=(plain cds nowarm sklearn)
declare -A flags=([plain]="" [cds]="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  [nowarm]="-Dunlearn.warmUpFits=0")
for e in ${EXTRA:-}; do sides+=("${e%%:*}"); flags[${e%%:*}]="${e#*:}"; done
say "## first-fit: shuttle, k = 7, 10 iterations, $REPEAT fits per process, $rounds rounds; sides: ${sides[*]}"
for ((r = 0; r < rounds; r++)); do
  for ((i = 0; i < ${#sides[@]}; i++)); do
    side=${sides[$(((i + r) % ${#sides[@]}))]}
    if [ "$side" = sklearn ]; then theirs; else
      # shellcheck disable=SC2086
      ours "$side" ${flags[$side]}
    fi
  done
done
/usr/bin/python3 docs/benchmarks/first_fit_table.py "$log" | tee "${log%.log}.md"
