#!/usr/bin/env bash
# Runs `bench import` with DuckDB's JDBC driver on the classpath (Maven profile bench-duckdb, test scope, so the
# driver never enters the app jar). Arguments go to `bench import`, e.g. scripts/bench-import.sh --rows 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench-duckdb compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "target/classes:$(cat target/bench.classpath)" kr.sanggwon.Launcher bench import "$@"
