#!/usr/bin/env bash
# Measures the department-scale pages on the portal bench/city.sh left running (or any portal on
# $PORT started on a database the generator filled): one connection, each page warmed up, then the
# median / 90th percentile / maximum time to first byte (CityMeasure), a wrk check of the same
# figure for the heaviest public pages, and the server's heap after a full GC before and after a
# series of Excel/CSV exports. Loopback only; never part of `mvn verify`.
#
#   bash bench/city-measure.sh                   # all pages, 5 warm-ups and 21 measured requests each
#   ONLY=compliance bash bench/city-measure.sh   # only the pages whose name contains "compliance"
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8193}
WORK=${WORK:-target/bench/city}   # one per database: the search index lives here
SCHOOL=${SCHOOL:-th0010}
WARM=${WARM:-5}
RUNS=${RUNS:-21}
REPORT=${REPORT:-bench/report-city.txt}
base="http://127.0.0.1:$PORT"
curl -fsS "$base/health/ready" >/dev/null || { echo "no portal on $base"; exit 1; }
[ "${COMPILE:-1}" = 1 ] && nice -n 10 mvn -q -o -B test-compile
CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
pid=$(cat "$WORK/portal.pid")
ward=$(mysql -uroot -N "${DB:-portal_scale}" -e "select district from site where slug='$SCHOOL'")
heap() { # heap used after a full collection, in MB
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%.0f", $1/1024}'
}
{
  echo "# department scale, $(date -u +%FT%TZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  mysql -uroot "${DB:-portal_scale}" -e "select (select count(*) from site where kind='SCHOOL') schools,
    (select count(*) from article where status='PUBLISHED') articles, (select count(*) from official_document) documents,
    (select count(*) from disclosure_section) disclosure_years, (select count(*) from admission_application) applications,
    (select count(*) from submission) requests"
  echo "school measured: $SCHOOL ($ward); $WARM warm-up and $RUNS measured requests per page, one connection; times in ms"
  java -Donly="${ONLY:-}" -cp "$CP" vn.edu.portal.bench.CityMeasure "$base" "$SCHOOL" "$ward" "$WARM" "$RUNS"
  if [ -z "${ONLY:-}" ] && command -v wrk >/dev/null; then
    echo "wrk -t1 -c1 -d10s --latency (after the rows above warmed them):"
    for path in / /truong-hoc "/tim-kiem?q=khai+giang" "/s/$SCHOOL/tim-kiem?q=khai+giang" /tin-tuc /rss.xml; do
      printf '%-32s ' "$path"
      wrk -t1 -c1 -d10s --latency "$base$path" | awk '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 90%/{p90=$2} / 99%/{p99=$2} END{printf "%s req/s, p50 %s, p90 %s, p99 %s\n", r, p50, p90, p99}'
    done
  fi
  if [ -z "${ONLY:-}" ]; then
    before=$(heap)
    for i in $(seq 1 20); do
      curl -s -o /dev/null "$base/du-lieu-mo/truong-hoc.csv"; curl -s -o /dev/null "$base/du-lieu-mo/cong-khai.csv"
    done
    java -Donly=Excel -cp "$CP" vn.edu.portal.bench.CityMeasure "$base" "$SCHOOL" "$ward" 0 20 >/dev/null
    after=$(heap)
    echo "heap after a full GC: ${before} MB before, ${after} MB after 40 CSV and 40 Excel exports"
  fi
} 2>&1 | tee "$REPORT"
