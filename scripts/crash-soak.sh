#!/usr/bin/env bash
# Crash-safety soak: runs CrashSafetyTest with many SIGKILLs of a child JVM importing real files.
# Each kill is followed by reopening the database and checking that each file's rows are all there or none,
# and that earlier data is unchanged. See docs/RELIABILITY.md.
#
#   scripts/crash-soak.sh            # 1000 kills (about 2 hours on 2 cores)
#   scripts/crash-soak.sh 50 1234    # 50 kills with a fixed seed (repeatable kill timings)
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS="${1:-1000}"
SEED="${2:-$(date +%s)}"
echo "crash soak: $KILLS kills, seed $SEED"
mvn -B -q -o test -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.kills="$KILLS" -Dcrash.seed="$SEED" 2>&1 | grep -E "crash test:|FAIL|expected|but was" || true
test -z "$(grep -l '<failure\|<error' target/surefire-reports/TEST-kr.sanggwon.ingest.CrashSafetyTest.xml 2>/dev/null)" \
    && echo "crash soak: PASSED" || { echo "crash soak: FAILED (see target/surefire-reports)"; exit 1; }
