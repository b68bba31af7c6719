#!/usr/bin/env bash
# Regenerates docs/examples/report-sample.pdf (full report), report-sample-one-page.pdf and the PNG previews of their
# pages from the bundled SAMPLE data (a fictional city; every number and the client are invented), with the project's
# own CLI only: the sample's files imported into a fresh workspace in a temporary folder (models trained), one client, one consultation, two
# saved scenarios (the first with a 수익 분석 plan and a 유망 상권 list), then `report --preview-png`.
# Usage: scripts/report-sample.sh [JAR]   (builds target/sanggwon-desk.jar when it is missing; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/sanggwon-desk.jar}
[ -f "$jar" ] || mvn -B -q package -DskipTests
data=$(mktemp -d)
files=$(mktemp -d)
trap 'rm -rf "$data" "$files"' EXIT
export SANGGWON_PASSPHRASE="sample-report-only"
run() { java -jar "$jar" --data-dir "$data" "$@"; }

# case files never live in the sample workspace, so the bundled sample's files (same seed, quarters and size) are
# written out and imported into an ordinary workspace (models trained by the import)
run sample --out "$files" --first-quarter 20231 --quarters 8 --districts 60 > /dev/null 2>&1
run import "$files"/* > /dev/null 2>&1
client=$(run client add --name "김봄날 (가상 고객)" --idea "한빛역 근처 테이크아웃 커피" --industry CS100010 --budget 8000 \
  --target "출근길 직장인" --json | sed -n 's/.*"id" : \([0-9]*\).*/\1/p' | head -1)
consultation=$(run consult add --client "$client" --date 2026-03-02 --place "한빛역 1번 출구 앞" \
  --next "임대 조건 확인, 두 자리 유동인구 직접 세어 보기" --follow-up 2026-03-20 --json \
  | sed -n 's/.*"id" : \([0-9]*\).*/\1/p' | head -1)
first=$(run consult save --consultation "$consultation" --district 3118002 --industry CS100010 --stores 3 \
  --compare 3118001,3128001 --title "한빛역 1번 · 커피 (기존 3곳)" --json | sed -n 's/^  "id" : \([0-9]*\).*/\1/p' | head -1)
# 수익 분석 on the estimate (with the same store details) and the 유망 상권 list, added to the first scenario
run finance --district 3118002 --industry CS100010 --stores 3 --deposit 3000만 --premium 1500만 --investment 4500만 \
  --rent 250만 --maintenance 25만 --staff 1 --save-to-scenario "$first" > /dev/null
run recommend --industry CS100010 --top 5 --preset stable --save-to-scenario "$first" > /dev/null
run consult save --consultation "$consultation" --district 3118001 --industry CS100010 \
  --title "한빛초등학교 · 커피" > /dev/null

mkdir -p docs/examples
rm -f docs/examples/report-sample*.png
run report --consultation "$consultation" --consultant "상권 데스크 예시 상담사" \
  --out docs/examples/report-sample.pdf --preview-png docs/examples
run report --consultation "$consultation" --consultant "상권 데스크 예시 상담사" --one-page \
  --out docs/examples/report-sample-one-page.pdf --preview-png docs/examples
