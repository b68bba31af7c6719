#!/usr/bin/env bash
# Whole-process time of the read-only CLI commands (JVM start included): the median of RUNS runs of the wall time
# and of the CPU time (user + sys, all threads), as /usr/bin/time reports them.
# Usage: scripts/bench-cli.sh DATA_DIR [JAR] [RUNS]
#   DATA_DIR must hold imported sales data and trained models (import ... then train).
#   BENCH_DISTRICT (default 3120157, 신림역) and BENCH_INDUSTRY (default CS100010) pick the district and industry;
#   DISTRICT_CODE overrides the district of the `district` command only.
set -euo pipefail
data=${1:?data folder}
jar=${2:-target/sanggwon-desk.jar}
runs=${3:-5}
district=${BENCH_DISTRICT:-3120157}
industry=${BENCH_INDUSTRY:-CS100010}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

bench() {
  local label=$1; shift
  : > "$tmp"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp" -a -f "%e %U %S" java -jar "$jar" --data-dir "$data" "$@" > /dev/null \
      || { echo "$label: failed, not timed" >&2; return 0; }
  done
  local wall cpu
  wall=$(awk '{print $1}' "$tmp" | median)
  cpu=$(awk '{print $2 + $3}' "$tmp" | median)
  printf '%-40s wall %6.2f s   cpu %6.2f s   (median of %d)\n' "$label" "$wall" "$cpu" "$runs"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
bench "status --json" status --json
bench "district ${DISTRICT_CODE:-$district} --json" district "${DISTRICT_CODE:-$district}" --json
bench "estimate --district $district --json" estimate --district "$district" --industry "$industry" --json
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
