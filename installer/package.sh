#!/usr/bin/env bash
# Builds a native package of Unlearn Explorer with jpackage (JDK 17+): a self-contained app image with
# its own Java runtime, or an installer of the platform's kind.
#
#   installer/package.sh                 # app-image (any OS): installer/dist/UnlearnExplorer/
#   installer/package.sh deb             # Debian/Ubuntu package (needs dpkg-deb and fakeroot)
#   installer/package.sh rpm|msi|exe|dmg|pkg  # on the matching OS, with its packaging tools
set -euo pipefail
type=${1:-app-image}
cd "$(dirname "$0")/.."
command -v jpackage >/dev/null || { echo "error: jpackage not found; it ships with JDK 17 and newer" >&2; exit 2; }

mvn -B -q -DskipTests package
stage=installer/target/input
rm -rf "$stage" installer/dist
mkdir -p "$stage" installer/dist
cp app/target/unlearn.jar "$stage/"
cp -r app/target/lib "$stage/lib"
cp -r app/target/sample-data "$stage/sample-data"

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)
jpackage --type "$type" \
  --name UnlearnExplorer \
  --app-version "${version:-0.1.0}" \
  --vendor "Unlearn Explorer" \
  --description "Makes machine unlearning visible: train models that can forget, forget rows, see the cost." \
  --input "$stage" \
  --main-jar unlearn.jar \
  --main-class org.unlearn.app.Launcher \
  --java-options "-Xmx4g" \
  --dest installer/dist \
  $( [ "$type" = deb ] && echo "--linux-shortcut --linux-menu-group Education" )
echo "built: $(ls installer/dist)"
