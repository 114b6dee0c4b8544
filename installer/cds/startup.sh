#!/usr/bin/env bash
# Time to the first frame of the packaged app under Xvfb, with and without its class-data-sharing archive,
# alternating, N runs each (default 5). Prints one line per run and the medians. Quiet machine please: it says
# the load. Needs the app image (mvn -B -Pinstaller -DskipTests package) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=installer/target/image/unlearn-explorer
n=${1:-5}
uptime
run() {  # $1: extra java options; prints "ms_after_process_start user_s sys_s"
  local t; t=$(mktemp)
  line=$(_JAVA_OPTIONS="-Dunlearn.firstFrame=quit -Dunlearn.home=$(mktemp -d) $1" \
    /usr/bin/time -f "%U %S" -o "$t" xvfb-run -a -s "-screen 0 1400x900x24" "$image/bin/unlearn-explorer" 2>&1 | grep '^first frame')
  echo "$(echo "$line" | sed 's/first frame: \([0-9]*\) ms.*/\1/') $(cat "$t")"
}
# The JDK's own archive (its default class list, no app classes): what jlink --generate-cds-archive would add.
jdk=$(mktemp -d)/jdk.jsa
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedArchiveFile="$jdk" >/dev/null
with=(); jdkonly=(); without=()
for i in $(seq "$n"); do
  a=$(run ""); with+=("${a%% *}"); echo "app archive:      $a (ms to first frame, user s, sys s)"
  b=$(run "-Xshare:off"); without+=("${b%% *}"); echo "no sharing:       $b"
  c=$(run "-XX:SharedArchiveFile=$jdk"); jdkonly+=("${c%% *}"); echo "JDK classes only: $c"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median first frame: app archive $(median "${with[@]}") ms, JDK classes only $(median "${jdkonly[@]}") ms, no sharing $(median "${without[@]}") ms"
uptime
