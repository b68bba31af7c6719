#!/usr/bin/env bash
# Windows installer: target/dist/Sanggwon Desk-VERSION.msi (per-user install, Start menu and desktop shortcuts,
# "Sanggwon Desk.exe" for the app and sanggwon-desk-cli.exe for the command line).
# Run on Windows in Git Bash (Git for Windows) with JDK 17+ (jpackage), Maven and WiX Toolset 3.x (candle.exe and
# light.exe on PATH). stage.sh picks the JavaFX "win" jars because Maven runs on Windows. Malgun Gothic, the
# Korean font the app uses there, ships with Windows.
# Usage: installer/build-windows.sh    (SKIP_STAGE=1 reuses target/jpackage)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v candle.exe >/dev/null && command -v light.exe >/dev/null \
  || { echo "build-windows.sh: WiX Toolset 3.x (candle.exe, light.exe) must be on PATH" >&2; exit 1; }
[ "${SKIP_STAGE:-0}" = 1 ] || installer/stage.sh
version=$(cat target/jpackage/version)
rm -rf target/dist
jpackage --type msi @installer/jpackage-common.args @installer/jpackage-windows.args \
  --app-version "$version" --dest target/dist
ls -l target/dist
