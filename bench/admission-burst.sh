#!/usr/bin/env bash
# The peak morning of first-grade admission, on MariaDB, with an optional fault:
#
#   bash bench/admission-burst.sh            # no fault
#   bash bench/admission-burst.sh server     # kill -9 the portal during the burst, start it again
#   bash bench/admission-burst.sh database   # kill -9 MariaDB during the burst, let it start again
#   PROFILE=1 bash bench/admission-burst.sh  # with a flight recording of the server during the burst
#   PROFILE=prepare bash bench/admission-burst.sh  # ... during the preparation instead (whole forms)
#   PROFILE=lookups bash bench/admission-burst.sh  # ... during the measured look-ups instead
# After the check, families look their application up (LOOKUP_SECONDS, 0 for none) with wrk, then
# again as a phone's browser asks, compressed (LOOKUP_PHONE="" for none), and
# a crowd of new visitors comes to the form's door (GATE_CONNECTIONS, default "512 2000"; "" for none).
#
# It builds the WAR, makes a fresh utf8mb4 database, starts the portal on it (port $PORT), has
# $DRAFTS families fill the real form to its last step, then lets them all press "submit" at
# once over $CONNECTIONS connections (with double clicks, reloads and retries), and finally
# checks the database: every code shown is stored once, nothing is duplicated. Figures go to
# the terminal and to $REPORT. Needs root on the local MariaDB (as .ci/run has it), curl, java.
# Loopback only, bounded in time; never part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

FAULT=${1:-none}
DRAFTS=${DRAFTS:-10000}
CONNECTIONS=${CONNECTIONS:-64}
BURST_SECONDS=${BURST_SECONDS:-60}
KILL_AFTER=${KILL_AFTER:-8}
PORT=${PORT:-8181}
DB=${DB:-portal_bench}
REPORT=${REPORT:-bench/report-admission.txt}
WORK=target/bench
case "$FAULT" in none|server|database) ;; *) echo "fault: none, server or database"; exit 2;; esac

mkdir -p "$WORK"
rm -f "$WORK"/drafts.tsv "$WORK"/shown.tsv "$WORK"/report.txt
. bench/lib.sh
bench_build
bench_fresh_database
trap bench_stop_portal EXIT
: > "$WORK/portal.log"
t0=$(date +%s.%N)
bench_start_portal "$PORT"
bench_ready "$PORT"
echo "portal ready in $(bench_seconds_since "$t0") s"
run() { java -Xmx2g -cp "$CP" -Dbench.base="http://127.0.0.1:$PORT" -Dbench.jdbc="$JDBC" -Dbench.work="$WORK" \
  -Dbench.drafts="$DRAFTS" -Dbench.connections="$CONNECTIONS" -Dbench.seconds="$BURST_SECONDS" \
  vn.edu.portal.bench.AdmissionBurst "$@"; }

# CPU seconds of a process (user + system), and of the whole machine (busy, idle), from /proc.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_box() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{printf "%.2f %.2f", ($2+$3+$4+$7+$8) / hz, ($5+$6) / hz}' /proc/stat; }
# cpu_line WHAT PORTAL0 DB0 BUSY0 IDLE0: where the machine's CPU went since those readings.
cpu_line() {
  local busy1 idle1
  read -r busy1 idle1 <<< "$(cpu_box)"
  awk -v p="$(awk -v a="$2" -v b="$(cpu_of "$(cat "$WORK/portal.pid")")" 'BEGIN{print b-a}')" \
      -v d="$(awk -v a="$3" -v b="$(cpu_of "$db_pid")" 'BEGIN{print b-a}')" \
      -v busy="$(awk -v a="$4" -v b="$busy1" 'BEGIN{print b-a}')" -v idle="$(awk -v a="$5" -v b="$idle1" 'BEGIN{print b-a}')" \
      -v what="$1" 'BEGIN{printf "[cpu] %s: portal %.1f s, MariaDB %.1f s, the rest (the simulated families, the system) %.1f s of CPU; the machine idle %.1f s\n", what, p, d, busy-p-d, idle}' \
      | tee -a "$WORK/report.txt"
}
db_pid=$(pgrep -x mariadbd || pgrep -x mysqld)
portal0=$(cpu_of "$(cat "$WORK/portal.pid")"); db0=$(cpu_of "$db_pid"); read -r busy0 idle0 <<< "$(cpu_box)"
if [ "${PROFILE:-}" = prepare ]; then
  jcmd "$(cat "$WORK/portal.pid")" JFR.start name=prepare settings=profile filename="$PWD/$WORK/prepare.jfr" >/dev/null
fi
run prepare
if [ "${PROFILE:-}" = prepare ]; then
  jcmd "$(cat "$WORK/portal.pid")" JFR.stop name=prepare >/dev/null
  python3 bench/jfr-summary.py "$WORK/prepare.jfr" | tee -a "$WORK/report.txt"
  PROFILE=
fi
cpu_line "the preparation (whole forms)" "$portal0" "$db0" "$busy0" "$idle0"
portal0=$(cpu_of "$(cat "$WORK/portal.pid")"); db0=$(cpu_of "$db_pid"); read -r busy0 idle0 <<< "$(cpu_box)"
if [ "${PROFILE:-}" = lookups ]; then
  LOOKUP_PROFILE=1; PROFILE=
fi
if [ -n "${PROFILE:-}" ]; then
  # A flight recording of the server during the burst only (not the preparation): bench/jfr-summary.py reads it.
  jcmd "$(cat "$WORK/portal.pid")" JFR.start name=burst settings=profile filename="$PWD/$WORK/burst.jfr" >/dev/null
fi
run burst &
burst=$!
if [ "$FAULT" = server ]; then
  sleep "$KILL_AFTER"
  kill -9 "$(cat "$WORK/portal.pid")"
  echo "[fault] portal killed with -9 at +${KILL_AFTER} s; starting it again" | tee -a "$WORK/report.txt"
  k0=$(date +%s.%N); bench_start_portal "$PORT"; bench_ready "$PORT"
  echo "[fault] portal serving again $(bench_seconds_since "$k0") s after the kill" | tee -a "$WORK/report.txt"
elif [ "$FAULT" = database ]; then
  sleep "$KILL_AFTER"
  pid=$(pgrep -x mariadbd || pgrep -x mysqld)
  kill -9 "$pid"
  echo "[fault] MariaDB ($pid) killed with -9 at +${KILL_AFTER} s" | tee -a "$WORK/report.txt"
  k0=$(date +%s.%N)
  sleep 1
  # mysqld_safe (service mariadb) starts the server again by itself; otherwise start it here.
  pgrep -x mysqld_safe >/dev/null || (service mariadb start >/dev/null 2>&1 || (mysqld_safe >/dev/null 2>&1 &))
  until mysqladmin ping >/dev/null 2>&1; do sleep 0.2; done
  echo "[fault] MariaDB answering again $(bench_seconds_since "$k0") s after the kill (crash recovery included)" | tee -a "$WORK/report.txt"
fi
set +e
wait "$burst"
if [ "$FAULT" = none ]; then
  cpu_line "from the preparation's end to the burst's end" "$portal0" "$db0" "$busy0" "$idle0"
fi
if [ -n "${PROFILE:-}" ] && [ "$FAULT" = none ]; then
  jcmd "$(cat "$WORK/portal.pid")" JFR.stop name=burst >/dev/null
  python3 bench/jfr-summary.py "$WORK/burst.jfr" | tee -a "$WORK/report.txt"
fi
run verify
verdict=$?
if [ "$FAULT" = none ] && [ "${LOOKUP_SECONDS:-20}" -gt 0 ]; then
  # The results look-up (code + the child's ID number, tuyen-sinh/ket-qua), each request another
  # family's, for LOOKUP_SECONDS over LOOKUP_CONNECTIONS connections with wrk, after warming with the
  # same (the look-up's code compiled; see below), in runs of 20 s: a run's look-ups count
  # against each family's limit, so the throttle's table is emptied after each (this benchmark's own
  # database), and the measured run starts inside every family's limit.
  # The round's results are not published yet, so each answer is the page with the application's
  # state ("submitted, waiting for verification"): the same throttle check, audit row, query and
  # page as on the results morning. The server lists 127.0.0.1 in portal.throttle.exempt-addresses
  # (every simulated family shares it, so the per-address limit does not count it); the limit per
  # application (10 an hour) stays.
  join -t $'\t' <(sort "$WORK/shown.tsv") <(awk -F'\t' '{print $2"\t"$1"\t"$4}' "$WORK/drafts.tsv" | sort) \
    | awk -F'\t' '{print "/s/" $3 "/tuyen-sinh/ket-qua\tcode=" $2 "&personalId=" $4}' | shuf > "$WORK/lookups.txt"
  # Warmed until the server's compiler is quiet: at least LOOKUP_WARM seconds, then more runs of 20 s
  # while the compiler spent LOOKUP_QUIET seconds or more of the last run compiling, up to LOOKUP_WARM_MAX.
  # On a slow machine the compiler was still busy after two minutes (a quarter of the server's CPU),
  # and the figure measured then was a fifth below the steady one: a fixed time measured the machine's
  # compiler, not the look-up.
  compiled() { jstat -compiler "$(cat "$WORK/portal.pid")" 2>/dev/null | awk 'NR==2{print $4}'; }
  warmed=0; busy=""
  while :; do
    before=$(compiled)
    LOOKUPS="$WORK/lookups.txt" wrk -t2 -c"${LOOKUP_CONNECTIONS:-64}" -d20s \
      -s bench/lookups.lua "http://127.0.0.1:$PORT" > /dev/null 2>&1 || true
    mysql -uroot "$DB" -e "DELETE FROM throttle_hit"
    warmed=$((warmed + 20))
    busy=$(awk -v a="${before:-0}" -v b="$(compiled)" 'BEGIN{printf "%.1f", b - a}')
    [ "$warmed" -ge "${LOOKUP_WARM:-120}" ] || continue
    awk -v b="$busy" -v q="${LOOKUP_QUIET:-2}" 'BEGIN{exit !(b < q)}' && break
    [ "$warmed" -lt "${LOOKUP_WARM_MAX:-600}" ] || break
  done
  echo "[lookups] warmed for ${warmed} s; the server's compiler worked ${busy} s of the last 20 s" | tee -a "$WORK/report.txt"
  if [ -n "${LOOKUP_PROFILE:-}" ]; then
    jcmd "$(cat "$WORK/portal.pid")" JFR.start name=lookups settings=profile filename="$PWD/$WORK/lookups.jfr" >/dev/null
  fi
  portal0=$(cpu_of "$(cat "$WORK/portal.pid")"); db0=$(cpu_of "$db_pid"); read -r busy0 idle0 <<< "$(cpu_box)"
  LOOKUPS="$WORK/lookups.txt" wrk -t2 -c"${LOOKUP_CONNECTIONS:-64}" -d"${LOOKUP_SECONDS:-20}s" --latency -s bench/lookups.lua \
    "http://127.0.0.1:$PORT" > "$WORK/wrk-lookups.txt" 2>&1 || true
  cpu_line "the measured look-ups" "$portal0" "$db0" "$busy0" "$idle0"
  # The same look-ups as a phone's browser asks for them (compressed: "gzip, deflate, br"), after emptying the throttle.
  if [ -n "${LOOKUP_PHONE-1}" ]; then
    mysql -uroot "$DB" -e "DELETE FROM throttle_hit"
    ACCEPT_ENCODING="gzip, deflate, br" LOOKUPS="$WORK/lookups.txt" wrk -t2 -c"${LOOKUP_CONNECTIONS:-64}" -d"${LOOKUP_SECONDS:-20}s" \
      --latency -s bench/lookups.lua "http://127.0.0.1:$PORT" > "$WORK/wrk-lookups-phone.txt" 2>&1 || true
    { echo "[lookups, as a phone asks: Accept-Encoding gzip, deflate, br] $(grep -E 'Requests/sec' "$WORK/wrk-lookups-phone.txt" | awk '{print $2}') look-ups/s;" \
        "p50 $(awk '$1=="50%"{print $2}' "$WORK/wrk-lookups-phone.txt"), p99 $(awk '$1=="99%"{print $2}' "$WORK/wrk-lookups-phone.txt");" \
        "$(grep '^\[lookups\]' "$WORK/wrk-lookups-phone.txt" | sed 's/^\[lookups\] //')"; } | tee -a "$WORK/report.txt"
  fi
  if [ -n "${LOOKUP_PROFILE:-}" ]; then
    jcmd "$(cat "$WORK/portal.pid")" JFR.stop name=lookups >/dev/null
    python3 bench/jfr-summary.py "$WORK/lookups.jfr" | tee -a "$WORK/report.txt"
  fi
  { echo "[lookups] $(wc -l < "$WORK/lookups.txt") families, wrk -t2 -c${LOOKUP_CONNECTIONS:-64} -d${LOOKUP_SECONDS:-20}s:" \
      "$(grep -E 'Requests/sec' "$WORK/wrk-lookups.txt" | awk '{print $2}') look-ups/s;" \
      "p50 $(awk '$1=="50%"{print $2}' "$WORK/wrk-lookups.txt"), p99 $(awk '$1=="99%"{print $2}' "$WORK/wrk-lookups.txt")"
    grep '^\[lookups\]' "$WORK/wrk-lookups.txt"; } | tee -a "$WORK/report.txt"
fi
if [ "$FAULT" = none ]; then
  # The door of the form under a crowd of new visitors (no cookie, no ticket: each GET is a first
  # visit), the waiting page's and the form's latencies apart (GateLoad), for each of GATE_CONNECTIONS.
  school=$(head -1 "$WORK/drafts.tsv" | cut -f1)
  for c in ${GATE_CONNECTIONS-512 2000}; do
    java -cp "$CP" vn.edu.portal.bench.GateLoad "http://127.0.0.1:$PORT/s/$school/tuyen-sinh/dang-ky" "$c" "${GATE_SECONDS:-20}" \
      | sed 's/^/[gate] /' | tee -a "$WORK/report.txt"
  done
fi
set -e
{
  echo "# admission burst, $(date -u +%FT%TZ), fault: $FAULT, $DRAFTS drafts, $CONNECTIONS connections, $(nproc) cores, MariaDB $(mysql -N -uroot -e 'select version()')"
  cat "$WORK/report.txt"
  echo
} | tee -a "$REPORT"
exit $verdict
