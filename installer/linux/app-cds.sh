#!/usr/bin/env bash
# Optional (APP_CDS=1 installer/build-linux.sh): replaces the runtime's CDS archive (JDK classes only, made by jlink)
# with one that also holds the JavaFX classes the app loads up to its first window. The class list is recorded by
# one start of the app-image (empty temporary data folder, window shown, exit). Only classes of the runtime image
# go in, never the class path, so the archive stays valid wherever the image is installed (/opt, a user's folder):
# the JVM (17) refuses an archive whose class path was at another place. Needs a display; uses xvfb-run if unset.
# Usage: installer/linux/app-cds.sh IMAGE_DIR    (IMAGE_DIR = target/dist/sanggwon-desk)
set -euo pipefail
image=$1
name=$(basename "$image")
launcher="$image/bin/$name"
java="$image/lib/runtime/bin/java"
archive="$image/lib/runtime/lib/server/classes.jsa"
[ -x "$launcher" ] && [ -x "$java" ] || { echo "app-cds.sh: no app-image with bin/java at $image" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "app-cds.sh: no display and no xvfb-run; keeping jlink's archive" >&2; exit 0; }
  run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes.lst" timeout 300 "${run[@]}" "$launcher" \
     --data-dir "$work/ws" --exit-after-shown >"$work/log" 2>&1; then
  echo "app-cds.sh: the recording start failed; keeping jlink's archive" >&2
  tail -20 "$work/log" >&2
  exit 0
fi
# class-path classes in the list are not found without -cp and are left out (one warning each, hidden here)
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/classes.jsa" \
  >"$work/dump.log" 2>&1 || { echo "app-cds.sh: dump failed; keeping jlink's archive" >&2; tail -5 "$work/dump.log" >&2; exit 0; }
chmod u+w "$archive" 2>/dev/null || true
cp "$work/classes.jsa" "$archive"
echo "CDS archive with JavaFX: $(du -h "$archive" | cut -f1) ($(grep -vc '^#' "$work/classes.lst") classes listed)"
