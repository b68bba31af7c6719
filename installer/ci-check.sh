#!/usr/bin/env bash
# Builds the .deb and tries it as a new user would, without the JDK or Maven on the path:
#  1. unpacks it into a temporary root (dpkg -x: no root rights, nothing installed on the machine);
#  2. starts the installed app on a fresh data folder under Xvfb, in Korean, and keeps its screenshot as
#     target/installer-check/main-window.png once the first screen shows the sample data;
#  3. checks through the installed CLI that the sample workspace holds the sample city;
#  4. imports one real official file (../shared/data, next to the clone) through the installed CLI;
#  5. checks that at /opt/sanggwon-desk (bound there privately) the app loads its classes from its CDS archive.
# Usage: installer/ci-check.sh    (REUSE_DEB=1 skips the build and tests target/dist/*.deb as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/installer-check
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
if [ "${REUSE_DEB:-0}" != 1 ]; then
  # .ci/run has just built the jar with `mvn -B verify`; build it here only if it is missing
  skip=0; [ -f target/original-sanggwon-desk.jar ] && skip=1
  SKIP_BUILD=${SKIP_BUILD:-$skip} installer/build-linux.sh deb
fi
deb=$(ls target/dist/sanggwon-desk_*.deb)
built=$(date +%s)
depends=$(dpkg-deb -f "$deb" Depends)
for dep in fonts-nanum libgtk-3-0 libgl1; do
  case ", $depends," in *", $dep,"*) ;; *) echo "FAIL: $deb does not depend on $dep" >&2; exit 1 ;; esac
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
app="$root/opt/sanggwon-desk/bin/sanggwon-desk"
[ -x "$app" ] || { echo "FAIL: no launcher at /opt/sanggwon-desk/bin/sanggwon-desk in $deb" >&2; exit 1; }
# the installed app must not lean on a JDK of the machine
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
unset JAVA_HOME JAVA_TOOL_OPTIONS
export HOME="$root/home"   # fresh preferences and JavaFX cache, as on a new user's first start
mkdir -p "$HOME"

shot="$out/main-window.png"
timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$app" --data-dir "$root/data" --lang ko \
  --snapshot "$shot" --exit-after-shown >"$out/app.log" 2>&1 || { tail -30 "$out/app.log" >&2; echo "FAIL: the installed app did not start" >&2; exit 1; }
[ -s "$shot" ] || { echo "FAIL: no screenshot at $shot" >&2; exit 1; }
grep -q 'main window shown' "$out/app.log" || { echo "FAIL: the main window was not shown (see $out/app.log)" >&2; exit 1; }
"$app" --data-dir "$root/data" status --json >"$out/status-sample.json"
grep -q '"workspace" *: *"SAMPLE"' "$out/status-sample.json" && grep -q '"rows" *: *60,' "$out/status-sample.json" \
  || { cat "$out/status-sample.json" >&2; echo "FAIL: the first start did not open the sample workspace" >&2; exit 1; }
shown=$(date +%s)

# the application CDS archive (installer/linux/app-cds.sh) is valid only at /opt/sanggwon-desk: started from the
# temporary root above, the app fell back to the runtime's archive (silently: status --json stayed JSON). At the real
# path (bound there in a private mount namespace, as installed) the app's classes must come from the archive.
if [ -f "$root/opt/sanggwon-desk/lib/app/sanggwon-desk.jsa" ]; then
  if unshare -m true 2>/dev/null; then
    unshare -m sh -c "mount -t tmpfs tmpfs /opt && mkdir /opt/sanggwon-desk && mount --bind '$root/opt/sanggwon-desk' /opt/sanggwon-desk \
      && JAVA_TOOL_OPTIONS=-Xlog:class+load=info /opt/sanggwon-desk/bin/sanggwon-desk --data-dir '$root/data' status --json" \
      >"$out/cds-classes.log" 2>&1 || { tail -20 "$out/cds-classes.log" >&2; echo "FAIL: the app did not start at /opt/sanggwon-desk" >&2; exit 1; }
    grep -q 'kr.sanggwon.Launcher source: shared objects file (top)' "$out/cds-classes.log" \
      || { echo "FAIL: at /opt/sanggwon-desk the app's classes do not come from its CDS archive (see $out/cds-classes.log)" >&2; exit 1; }
    echo "application CDS archive used at /opt/sanggwon-desk: $(grep -c 'shared objects file (top)' "$out/cds-classes.log") classes from it"
  else
    echo "SKIPPED: no private mount namespace (unshare -m) here; the CDS archive was not checked at /opt/sanggwon-desk"
  fi
else
  echo "NOTE: the .deb carries no application CDS archive (built with APP_CDS=0 or without Xvfb)"
fi

real="../shared/data/seoul/서울시 상권분석서비스(영역-상권).csv"
if [ -f "$real" ]; then
  "$app" --data-dir "$root/real" import "$real" >"$out/import.log" 2>&1 \
    || { tail -20 "$out/import.log" >&2; echo "FAIL: import through the installed CLI" >&2; exit 1; }
  "$app" --data-dir "$root/real" status >"$out/status-real.txt"
  grep -q '상권 1,\?650개' "$out/status-real.txt" \
    || { cat "$out/status-real.txt" >&2; echo "FAIL: the real 영역-상권 file did not give 1,650 상권" >&2; exit 1; }
  echo "real file imported through the installed CLI: $(head -2 "$out/status-real.txt" | tail -1)"
else
  echo "SKIPPED: $real is absent (the real files sit next to the clone in ../shared/data); no real import checked"
fi
end=$(date +%s)
echo "installer check passed: build $((built - start)) s, app start and screenshot $((shown - built)) s, import $((end - shown)) s; screenshot $shot"
