#!/usr/bin/env bash
# Refreshes installer/cds/unlearn.classlist: the classes the packaged window loads up to its first frame, from
# which the build makes the app's class-data-sharing archive. Run it when the start screen changes much (a
# stale list is harmless: classes it misses load as usual, names it lists that no longer exist are skipped).
# Needs the app image (mvn -B -Pinstaller -DskipTests package) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
image=installer/target/image/unlearn-explorer
list=$(mktemp)
_JAVA_OPTIONS="-Dunlearn.firstFrame=quit -Dunlearn.home=$(mktemp -d) -XX:SharedArchiveFile=/nonexistent -XX:DumpLoadedClassList=$list" \
  xvfb-run -a -s "-screen 0 1400x900x24" "$image/bin/unlearn-explorer"
mv "$list" installer/cds/unlearn.classlist
echo "installer/cds/unlearn.classlist: $(grep -vc '^[#@]' installer/cds/unlearn.classlist) classes"
