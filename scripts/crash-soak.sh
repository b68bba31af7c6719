#!/usr/bin/env bash
# Crash-safety soak (docs/RELIABILITY.md): KillSoakTest SIGKILLs a child that saves case files, updates clients,
# imports and removes small files, takes backups and changes the passphrase; after every kill it checks that every
# reported save is intact, every import is all or nothing and every backup is sound. A line per kill goes to the
# tally file and is echoed here, so a run stopped early still says how far it got and what it found.
#
#   scripts/crash-soak.sh                       # 1000 kills, random seed
#   scripts/crash-soak.sh 50 1234               # 50 kills, fixed seed (repeatable kill points)
#   scripts/crash-soak.sh --big-imports 100 4242  # CrashSafetyTest instead: kills inside the 3.4 MB import's row loop
set -euo pipefail
cd "$(dirname "$0")/.."
TEST=KillSoakTest
REPORT=target/surefire-reports/TEST-kr.sanggwon.reliability.KillSoakTest.xml
if [ "${1:-}" = "--big-imports" ]; then
    shift
    TEST=CrashSafetyTest
    REPORT=target/surefire-reports/TEST-kr.sanggwon.ingest.CrashSafetyTest.xml
fi
KILLS="${1:-1000}"
SEED="${2:-$(date +%s)}"
TALLY="$(pwd)/target/crash-soak-tally.txt"
mkdir -p target
: > "$TALLY"
echo "crash soak: $TEST, $KILLS kills, seed $SEED, tally in $TALLY (load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
tail -n +1 -F "$TALLY" 2>/dev/null &
TAIL=$!
trap 'kill "$TAIL" 2>/dev/null || true' EXIT
START=$(date +%s)
mvn -B -q -o test -Dtest="$TEST#everyKilled*,$TEST#killed*" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.kills="$KILLS" -Dcrash.seed="$SEED" -Dcrash.tally="$TALLY" 2>&1 \
    | grep -E "crash test:|kill soak:|FAIL|AssertionError|expected|but was" || true
echo "crash soak: $(( $(date +%s) - START )) s (load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?))"
test -z "$(grep -l '<failure\|<error' "$REPORT" 2>/dev/null)" && test -f "$REPORT" \
    && echo "crash soak: PASSED" || { echo "crash soak: FAILED (see target/surefire-reports)"; exit 1; }
