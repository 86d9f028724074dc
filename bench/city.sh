#!/usr/bin/env bash
# The department-scale city (issue 17, point 6): fills a MariaDB database through the portal's own
# services (vn.edu.portal.demo.CityGenerator, started by the portal itself when PORTAL_CITY_SCHOOLS
# is above 0), then leaves the portal running on it for bench/city-measure.sh. Resumable: run it
# again without FRESH=1 and the generator counts what is there and writes only what is missing;
# articles grow in passes of 20 per school, so a stopped run leaves every school with about as many.
# Progress and rates (the "City:" lines of the server log) are printed as they come, then the
# database's own counts. The server runs under `nice -n 10` (the machine is shared).
# Loopback only; never part of `mvn verify`.
#
#   FRESH=1 SCHOOLS=2000 ARTICLES=200 DOCUMENTS=10 APPLICATIONS=200000 THREADS=4 bash bench/city.sh
#   SCHOOLS=0 BUILD=0 bash bench/city.sh   # serves the database as it is, for bench/city-measure.sh
#   STOP=1 bash bench/city.sh     # stops the portal this script started
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8193}
DB=${DB:-portal_scale}
WORK=${WORK:-target/bench/city}   # one per database: the search index lives here
mkdir -p "$WORK"
. bench/lib.sh
if [ "${STOP:-0}" = 1 ]; then bench_stop_portal; exit 0; fi
if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then
  echo "a server already answers on port $PORT; STOP=1 bash bench/city.sh first"; exit 1
fi
[ "${BUILD:-1}" = 1 ] && bench_build || {
  CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
  PAYARA=$(tr ':' '\n' < "$WORK/classpath.txt" | grep '/payara-micro-[0-9].*\.jar$' | head -1)
  JDBC="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&openTelemetry=DISABLED"
}
if [ "${FRESH:-0}" = 1 ]; then bench_fresh_database; fi
log="$WORK/portal.log"
: > "$log"
# as bench_start_portal, at a lower priority and with the city's size
PORTAL_DB_URL="$JDBC" PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal-it-password \
PORTAL_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource PORTAL_SETUP_TOKEN=it-setup-token-0123456789 \
PORTAL_STORAGE_DIR="$PWD/$WORK/storage" PORTAL_SEARCH_DIR="$PWD/$WORK/search-portal" \
PORTAL_SECURITY_LINK_SECRET=bench-link-secret-0123456789abcdef PORTAL_DEPARTMENT_EXTRA_HOSTS=127.0.0.1 \
PORTAL_CITY_SCHOOLS=${SCHOOLS:-2000} PORTAL_CITY_FIRST_SCHOOL=${FIRST:-0} PORTAL_CITY_ARTICLES_PER_SCHOOL=${ARTICLES:-200} \
PORTAL_CITY_DOCUMENTS_PER_SCHOOL=${DOCUMENTS:-10} PORTAL_CITY_APPLICATIONS=${APPLICATIONS:-200000} \
PORTAL_CITY_REQUESTS=${REQUESTS:-true} PORTAL_CITY_THREADS=${THREADS:-4} PORTAL_THROTTLE_MAIL_CODE_ADDRESS=10000000/3600 \
  setsid nohup nice -n 10 java -Xmx${HEAP:-1g} ${JAVA_EXTRA:-} -jar "$PAYARA" --deploy target/portal.war --contextroot / \
  --port "$PORT" --nocluster >> "$log" 2>&1 &
echo $! > "$WORK/portal.pid"
bench_ready "$PORT"
echo "portal on http://127.0.0.1:$PORT/ (pid $(cat "$WORK/portal.pid")), generating; log: $log"
started=$(date +%s)
[ "${SCHOOLS:-2000}" = 0 ] && exit 0   # serve the city as it is (for bench/city-measure.sh), generate nothing
while sleep 5; do
  grep -o 'City: .*' "$log" | tail -n +$(( ${seen:-0} + 1 )) | while read -r line; do echo "$(date -u +%T) $line"; done
  seen=$(grep -c 'City: ' "$log" || true)
  grep -q 'City: done\|City: stopped' "$log" && break
  kill -0 "$(cat "$WORK/portal.pid")" 2>/dev/null || { echo "the portal stopped; see $log"; exit 1; }
done
echo "generation took $(( $(date +%s) - started )) s of wall time"
mysql -uroot "$DB" <<'SQL'
select count(*) schools, sum(level='PRESCHOOL') preschools, sum(level='PRIMARY') primaries,
       sum(level='LOWER_SECONDARY') lower_secondary, sum(level='UPPER_SECONDARY') upper_secondary,
       sum(ownership='PRIVATE') private, count(distinct district) wards from site where kind='SCHOOL';
select count(*) published_articles, min(publish_at) oldest, max(publish_at) newest from article where status='PUBLISHED';
select count(*) documents from official_document;
select count(*) disclosure_years from disclosure_section;
select count(*) applications from admission_application;
select count(*) procedure_requests from submission;
SQL
