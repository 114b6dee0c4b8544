#!/usr/bin/env bash
# A thin wrapper around the Maven build's installer profile (see the README's Install section).
#
#   installer/package.sh          # app image: installer/target/image/unlearn-explorer/bin/unlearn-explorer
#   installer/package.sh deb      # and a .deb in installer/target/dist (needs dpkg-deb and fakeroot)
#   installer/package.sh rpm|msi|exe|dmg|pkg   # on the matching system, with its packaging tools
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-}
if [ -z "$type" ]; then
  exec mvn -B -q -DskipTests -Pinstaller -Dinstaller.types=app-image package
fi
exec mvn -B -q -DskipTests -Pinstaller -Dinstaller.types="app-image,$type" package
