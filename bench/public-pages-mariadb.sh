#!/usr/bin/env bash
# The public-page and search benchmark (bench/public-pages.sh) on MariaDB: a fresh utf8mb4
# database, the portal started on it, schools and published articles written through the admin
# console (no demo data is ever loaded on a real database), then the same wrk rows as on the
# demo. Figures to the terminal and to $REPORT. Loopback only; never part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8181}
DB=${DB:-portal_bench}
WORK=target/bench
REPORT=${REPORT:-bench/report-public-pages-mariadb.txt}
mkdir -p "$WORK"
. bench/lib.sh
bench_build
bench_fresh_database
trap bench_stop_portal EXIT
: > "$WORK/portal.log"
bench_start_portal "$PORT"
bench_ready "$PORT"
school=$(java -cp "$CP" -Dbench.base="http://127.0.0.1:$PORT" vn.edu.portal.bench.PublicSeed | tee /dev/stderr | sed -n 's/^SCHOOL=//p')
sleep 3   # the search index catches up with the last articles
SCHOOL=$school REPORT=$REPORT bash bench/public-pages.sh "http://127.0.0.1:$PORT"
