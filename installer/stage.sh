#!/usr/bin/env bash
# Builds the app and lays out what jpackage needs (run from anywhere; works on Linux, macOS and Git Bash on Windows):
#   target/jpackage/fxmods/  the JavaFX jars of this platform (jlinked into the runtime as modules)
#   target/jpackage/input/   the app's own jar + every other runtime jar (the class path; Weka is not modular)
#   target/jpackage/version  the version from pom.xml
# Set SKIP_BUILD=1 to reuse target/original-sanggwon-desk.jar from an earlier `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  "$MVN" -B -q package -DskipTests
fi
stage=target/jpackage
rm -rf "$stage"
mkdir -p "$stage/fxmods" "$stage/input" "$stage/libs"
"$MVN" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$stage/libs"
for jar in "$stage"/libs/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*-*.jar) mv "$jar" "$stage/fxmods/" ;;   # javafx-graphics-21.0.9-linux.jar: the platform's modules
    javafx-*.jar) rm "$jar" ;;                             # classifier-less javafx jars are empty stand-ins
    *) mv "$jar" "$stage/input/" ;;
  esac
done
rmdir "$stage/libs"
# the thin jar maven-jar-plugin made before shading: the app's classes and resources only
cp target/original-sanggwon-desk.jar "$stage/input/sanggwon-desk-app.jar"
sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1 >"$stage/version"
[ -s "$stage/version" ] || { echo "stage.sh: no <version> in pom.xml" >&2; exit 1; }
[ "$(ls "$stage/fxmods" | wc -l)" -ge 4 ] || { echo "stage.sh: JavaFX platform jars missing in $stage/fxmods" >&2; exit 1; }
echo "staged $(ls "$stage/input" | wc -l) class-path jars and $(ls "$stage/fxmods" | wc -l) JavaFX modules, version $(cat "$stage/version")"
