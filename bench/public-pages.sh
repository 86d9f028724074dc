#!/usr/bin/env bash
# Public-page benchmark: wrk on loopback against a running portal (the demo from
# `mvn package payara-micro:start`, or any instance given as $1). Measures, in one run, a static
# file, a school home page, an article, a feed, a conditional feed GET (304) and a search,
# and prints requests/s and p99 latency of each. Bounded: $DURATION seconds per target.
# Not part of `mvn verify`.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SCHOOL=${SCHOOL:-thnguyenhue}
REPORT=${REPORT:-bench/report-public-pages.txt}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
case "$BASE" in http://127.*|http://localhost*) ;; *) echo "loopback only"; exit 1;; esac

article=$(curl -fsS "$BASE/s/$SCHOOL/" | grep -o "/s/$SCHOOL/bai-viet/[a-z0-9-]*" | head -1)
etag=$(curl -fsS -D - -o /dev/null "$BASE/s/$SCHOOL/rss.xml" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
declare -a names=(static home article feed feed-304 search search-miss)
declare -a urls=("$BASE/static/css/public.css" "$BASE/s/$SCHOOL/" "$BASE$article" "$BASE/s/$SCHOOL/rss.xml"
  "$BASE/s/$SCHOOL/rss.xml" "$BASE/s/$SCHOOL/tim-kiem?q=khai+giang" "$BASE/tim-kiem")

{
  echo "# public pages, $(date -u +%FT%TZ), $THREADS threads, $CONNECTIONS connections, ${DURATION}s each, $(nproc) cores"
  printf '%-10s %12s %10s %10s\n' target 'requests/s' 'p50' 'p99'
  for i in "${!names[@]}"; do
    header=()
    [ "${names[$i]}" = feed-304 ] && header=(-H "If-None-Match: $etag")
    # every request a new query across all schools: measures Lucene and rendering, not the cache
    [ "${names[$i]}" = search-miss ] && header=(-s "$(dirname "$0")/search-uncached.lua")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "${header[@]}" "${urls[$i]}" >/dev/null 2>&1   # warm-up
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${header[@]}" "${urls[$i]}")
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    printf '%-10s %12s %10s %10s %s\n' "${names[$i]}" "$rps" "$p50" "$p99" "${non2xx:+non-2xx/3xx: $non2xx}"
  done
} | tee "$REPORT"
