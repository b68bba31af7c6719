#!/usr/bin/env bash
# Start-up time of the app, whole process, with --exit-after-shown. Needs a display (e.g. xvfb-run -a on Linux), or
# set MONOCLE to the openjfx-monocle jar (from ~/.m2, a test dependency) to run headless with the software renderer.
# Usage: scripts/bench-startup.sh [JAR] [WARM_RUNS] [FIRST_RUNS]
# JAR may also be an installed launcher (e.g. /opt/sanggwon-desk/bin/sanggwon-desk or target/dist/sanggwon-desk/bin/sanggwon-desk).
# Prints each run's wall seconds and the app's own kr.sanggwon.startup lines, then the medians.
# Warm: the same data folder again (sample already loaded); first start: a fresh empty data folder each run.
set -euo pipefail
JAR=${1:-target/sanggwon-desk.jar}
WARM=${2:-5}
FIRST=${3:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
run() { # folder -> wall seconds; the main window's jvm uptime is in the log
  local dir=$1 log=$2
  local opts=() cp=$JAR
  if [ -n "${MONOCLE:-}" ]; then
    opts=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32)
    cp="$JAR:$MONOCLE"
  fi
  local cmd=(java "${opts[@]}" -cp "$cp" kr.sanggwon.Launcher)
  case "$JAR" in *.jar) ;; *) cmd=("$JAR") ;; esac   # an installed launcher brings its own runtime and options
  /usr/bin/time -f "%e" -o "$TMP/t" "${cmd[@]}" --data-dir "$dir" --exit-after-shown \
      >"$log" 2>&1 || true
  cat "$TMP/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
shown() { grep -o 'main window shown: jvm_uptime_ms=[0-9]*' "$1" | grep -o '[0-9]*$' || echo NA; }
echo "uptime: $(uptime)"
: >"$TMP/first"; : >"$TMP/firstShown"
for i in $(seq "$FIRST"); do
  t=$(run "$TMP/fresh$i" "$TMP/log"); s=$(shown "$TMP/log")
  echo "first start $i: ${t}s, main window shown at ${s} ms"; echo "$t" >>"$TMP/first"; echo "$s" >>"$TMP/firstShown"
done
run "$TMP/warmdir" "$TMP/log" >/dev/null   # prepare: first start (the old version loads the sample here)
sleep 2
: >"$TMP/warm"; : >"$TMP/warmShown"
for i in $(seq "$WARM"); do
  t=$(run "$TMP/warmdir" "$TMP/log"); s=$(shown "$TMP/log")
  echo "warm $i: ${t}s, main window shown at ${s} ms"; echo "$t" >>"$TMP/warm"; echo "$s" >>"$TMP/warmShown"
done
echo "median first start: $(median <"$TMP/first") s (window $(median <"$TMP/firstShown") ms); median warm: $(median <"$TMP/warm") s (window $(median <"$TMP/warmShown") ms)"
