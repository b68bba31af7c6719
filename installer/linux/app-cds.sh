#!/usr/bin/env bash
# Adds an application class-data-sharing archive to an app-image: starts the app once (first start on an empty
# temporary data folder, window shown, then exit) with -XX:ArchiveClassesAtExit, and points the launcher at the
# archive. Later starts map those classes (JavaFX, H2, Flyway, the app's own) instead of loading and verifying them.
# The JVM checks the archive against the class path and silently ignores it if they differ (-Xshare:auto), so a
# stale archive costs only the time it would have saved. Needs a display; uses xvfb-run when DISPLAY is unset.
# Usage: installer/linux/app-cds.sh IMAGE_DIR    (IMAGE_DIR = target/dist/sanggwon-desk)
set -euo pipefail
image=$1
name=$(basename "$image")
launcher="$image/bin/$name"
cfg="$image/lib/app/$name.cfg"
archive="$image/lib/app/$name.jsa"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "app-cds.sh: no app-image at $image" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
run=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "app-cds.sh: no display and no xvfb-run; skipping the CDS archive" >&2; exit 0; }
  run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
rm -f "$archive"
if ! JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" timeout 300 "${run[@]}" "$launcher" \
     --data-dir "$data/ws" --exit-after-shown >"$data/log" 2>&1 || [ ! -s "$archive" ]; then
  echo "app-cds.sh: the training start failed; the image ships without an app CDS archive" >&2
  tail -20 "$data/log" >&2
  rm -f "$archive"
  exit 0
fi
grep -q 'SharedArchiveFile' "$cfg" || sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/'"$name"'.jsa|' "$cfg"
echo "app CDS archive: $(du -h "$archive" | cut -f1) $archive"
