#!/usr/bin/env bash
# Two servers of the portal on one MariaDB database, behind HAProxy on port $LB_PORT (sticky
# staff sessions by the PORTALSESSION cookie, round robin for everyone else). The drill
# (vn.edu.portal.bench.ClusterDrill) checks that a change made through either server shows on
# both within 5 seconds, then the server that holds a staff session is killed with -9: the staff
# member is asked to log in again and public pages keep answering; the killed server is started
# again and catches up what was published while it was down. Then wrk measures public pages
# through the balancer. Report: $REPORT. Needs haproxy and wrk (Debian packages), root on the
# local MariaDB. Loopback only; never part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
LB_PORT=${LB_PORT:-8280}
A_PORT=${A_PORT:-8281}
B_PORT=${B_PORT:-8282}
DB=${DB:-portal_cluster}
WORK=target/bench
REPORT=${REPORT:-bench/report-two-nodes.txt}
command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy"; exit 1; }
mkdir -p "$WORK"
rm -f "$WORK/drill.properties" "$WORK/drill-report.txt"
. bench/lib.sh
bench_build
bench_fresh_database
cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
  option redispatch
frontend portal
  bind 127.0.0.1:$LB_PORT
  default_backend servers
backend servers
  balance roundrobin
  option httpchk GET /health/ready
  option forwardfor
  # Staff stay on the server that holds their session: HAProxy prefixes the session cookie
  # with the server's name. Anonymous readers have no cookie and are spread over both.
  cookie PORTALSESSION prefix nocache
  server a 127.0.0.1:$A_PORT cookie a check inter 1s fall 2 rise 2
  server b 127.0.0.1:$B_PORT cookie b check inter 1s fall 2 rise 2
CFG
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
cleanup() { bench_stop_portal a; bench_stop_portal b; kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true; }
trap cleanup EXIT
: > "$WORK/a.log"; : > "$WORK/b.log"
bench_start_portal "$A_PORT" a
bench_ready "$A_PORT"     # the first server migrates the empty database alone
bench_start_portal "$B_PORT" b
bench_ready "$B_PORT"
sleep 3                    # HAProxy's checks see both up
drill() { java -cp "$CP" -Ddrill.lb="http://127.0.0.1:$LB_PORT" -Ddrill.a="http://127.0.0.1:$A_PORT" \
  -Ddrill.b="http://127.0.0.1:$B_PORT" -Ddrill.work="$WORK" vn.edu.portal.bench.ClusterDrill "$@"; }
set +e
verdict=0
holder=$(drill before | tee /dev/stderr | sed -n 's/^HOLDER=//p') || verdict=1
[ "$holder" = a ] && port=$A_PORT || port=$B_PORT
kill -9 "$(cat "$WORK/$holder.pid")"
echo "[kill] server $holder (port $port) killed with -9" | tee -a "$WORK/drill-report.txt"
drill failover || verdict=1
k0=$(date +%s.%N)
bench_start_portal "$port" "$holder"
if bench_ready "$port"; then
  echo "[restart] server $holder ready again $(bench_seconds_since "$k0") s after its start" | tee -a "$WORK/drill-report.txt"
  drill after || verdict=1
else
  echo "[restart] FAILED: server $holder did not become ready within 180 s (see $WORK/$holder.log)" | tee -a "$WORK/drill-report.txt"
  verdict=1
fi
sleep 2
school=$(sed -n 's/^school=//p' "$WORK/drill.properties")
wrk_row() {
  out=$(wrk -t2 -c32 -d8s --latency "$2")
  printf '[wrk] %-34s %10s req/s  p50 %8s  p99 %8s %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/{print $2}')" \
    "$(echo "$out" | awk '$1=="50%"{print $2}')" "$(echo "$out" | awk '$1=="99%"{print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/{print "non-2xx/3xx: " $NF}')" | tee -a "$WORK/drill-report.txt"
}
wrk -t2 -c32 -d3s "http://127.0.0.1:$LB_PORT/s/$school/" >/dev/null 2>&1
wrk_row "school home through the balancer" "http://127.0.0.1:$LB_PORT/s/$school/"
wrk_row "school home, one server directly" "http://127.0.0.1:$A_PORT/s/$school/"
{
  echo "# two servers behind HAProxy, $(date -u +%FT%TZ), $(nproc) cores, MariaDB $(mysql -N -uroot -e 'select version()')"
  cat "$WORK/drill-report.txt"
  [ "$verdict" = 0 ] && echo "-> OK" || echo "-> FAILED"
  echo
} | tee -a "$REPORT"
exit $verdict
