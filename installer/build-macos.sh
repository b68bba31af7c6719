#!/usr/bin/env bash
# macOS installer: target/dist/Sanggwon Desk-VERSION.dmg (drag "Sanggwon Desk.app" to Applications). The CLI is
# "/Applications/Sanggwon Desk.app/Contents/MacOS/Sanggwon Desk" followed by a command (status, import, ...).
# Run on a Mac (Intel or Apple silicon: stage.sh picks the matching JavaFX jars) with JDK 17+ and Maven. The
# Korean font the app uses, Apple SD Gothic Neo, ships with macOS.
# Usage: installer/build-macos.sh    (SKIP_STAGE=1 reuses target/jpackage)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh: run this on macOS (jpackage builds a .dmg only there)" >&2; exit 1; }
[ "${SKIP_STAGE:-0}" = 1 ] || installer/stage.sh
version=$(cat target/jpackage/version)
# a macOS bundle version must not start with 0, so before 1.0 the bundle carries 1.MINOR.PATCH
case "$version" in 0.*) bundle_version="1.${version#0.}" ;; *) bundle_version=$version ;; esac
bundle_version=${bundle_version%%-*}   # and no -SNAPSHOT suffix
rm -rf target/dist
jpackage --type dmg @installer/jpackage-common.args @installer/jpackage-macos.args \
  --app-version "$bundle_version" --dest target/dist
ls -l target/dist
