#!/usr/bin/env bash
# Application CDS archive of the Linux image (issue 14: first window < 2 s warm on 2 cores). One real start of the
# image (fresh temporary data folder, window shown under Xvfb, exit) with -XX:ArchiveClassesAtExit writes
# lib/app/sanggwon-desk.jsa: the app's, its libraries' and JavaFX's classes as loaded and linked up to the first
# window, on top of the runtime's own archive (lib/runtime/lib/server/classes.jsa). The launcher's .cfg then names
# both ("base:top"), so a missing or unusable top archive falls back to the runtime's archive, silently
# (-Xlog:cds=off: the JVM would print its warning on stdout, into `status --json`).
# JDK 17 accepts a top archive only at the class path it was dumped with (jar paths, sizes and times). So the start is
# recorded as if the image sat at INSTALL_DIR: for the .deb, /opt/sanggwon-desk, by bind-mounting the image there in
# a private mount namespace (unshare -m: root or user namespaces; nothing is mounted for other processes). Without
# INSTALL_DIR the archive is for the image where it is (a portable app-image moved elsewhere falls back).
# Needs a display or xvfb-run. Any failure keeps the image without the top archive (it starts as before).
# Usage: installer/linux/app-cds.sh IMAGE_DIR [INSTALL_DIR]
set -euo pipefail
image=$(cd "$1" && pwd)
where=${2:-$image}
name=$(ls "$image/bin" | head -1)   # the launcher: sanggwon-desk
cfg="$image/lib/app/$name.cfg"
archive="$image/lib/app/$name.jsa"
[ -x "$image/bin/$name" ] && [ -f "$cfg" ] || { echo "app-cds.sh: no app-image at $image" >&2; exit 1; }
# the .cfg without our options while recording (-XX:ArchiveClassesAtExit wants a single base archive)
sed -i '/^java-options=-XX:SharedArchiveFile=/d; /^java-options=-Xlog:cds/d' "$cfg"
rm -f "$archive"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "app-cds.sh: no display and no xvfb-run; no application CDS archive" >&2; exit 0; }
  run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
record=("${run[@]}" "$where/bin/$name" --data-dir "$work/ws" --lang ko --exit-after-shown)
dumped="$where/lib/app/$name.jsa"
if [ "$where" != "$image" ]; then
  command -v unshare >/dev/null || { echo "app-cds.sh: no unshare to record at $where; no application CDS archive" >&2; exit 0; }
  # a private tmpfs over the parent of INSTALL_DIR, the image bound at INSTALL_DIR: only this process tree sees it
  parent=$(dirname "$where")
  printf -v cmd '%q ' "${record[@]}"
  record=(unshare -m sh -c "mount -t tmpfs tmpfs '$parent' && mkdir -p '$where' && mount --bind '$image' '$where' && HOME='$work' JAVA_TOOL_OPTIONS='-XX:ArchiveClassesAtExit=$dumped' exec $cmd")
else
  export JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$dumped"
fi
if ! HOME="$work" timeout 600 "${record[@]}" >"$work/log" 2>&1 || [ ! -s "$archive" ]; then
  echo "app-cds.sh: recording the start failed; no application CDS archive" >&2
  grep -v '\[warning\]\[cds' "$work/log" | tail -20 >&2
  rm -f "$archive"
  exit 0
fi
unset JAVA_TOOL_OPTIONS
chmod 644 "$archive"
[ -z "$(tail -c1 "$cfg")" ] || echo >>"$cfg"   # jpackage writes the .cfg without a final newline
# shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded when it starts
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa:$APPDIR/'"$name"'.jsa' \
  'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >>"$cfg"
echo "application CDS archive for $where: $(du -h "$archive" | cut -f1), $(grep -c 'Skipping\|not supported' "$work/log" || true) classes left out"
