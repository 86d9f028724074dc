#!/usr/bin/env bash
# How long the demo takes from the run command to its first page, with the build done: runs the
# command $RUNS times and prints, for each, the seconds until the department home (/) and a school's
# home answer 200, the CPU seconds the server used until then, the banner's own figure, and the
# medians. COMMAND=mvn (default) measures `mvn -o payara-micro:start -Ddemo.port=$PORT`, the run
# command of the README; COMMAND=java the `java -jar payara-micro.jar ...` line it forks.
# Loopback only; never part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8117}
RUNS=${RUNS:-3}
COMMAND=${COMMAND:-mvn}
WORK=target/bench/start-time
REPORT=${REPORT:-bench/report-start-time.txt}
[ -f target/portal.war ] || mvn -q -B -DskipTests package
mkdir -p "$WORK"
PAYARA=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)
# The same JVM and server options as the pom gives the demo (payara-micro-maven-plugin).
JAVA_OPTS=$(sed -n '/<javaCommandLineOptions>/,/<\/javaCommandLineOptions>/s:.*<value>\(.*\)</value>.*:\1:p' pom.xml | tr '\n' ' ')

pid=
stop() { [ -n "$pid" ] && { pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=; }
trap stop EXIT
server_pid() { # the Payara JVM listening on $PORT
  ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

{
  echo "# start-up, $(date -u +%FT%TZ), $(nproc) cores, command: $COMMAND, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-4s %10s %12s %10s  %s\n' run 'home s' 'school s' 'CPU s' 'banner'
  : > "$WORK/home"; : > "$WORK/school"
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/storage"
    start=$(date +%s.%N)
    if [ "$COMMAND" = mvn ]; then
      PORTAL_STORAGE_DIR="$PWD/$WORK/storage" setsid mvn -o -q payara-micro:start -Ddemo.port="$PORT" > "$WORK/run.log" 2>&1 &
    else
      PORTAL_STORAGE_DIR="$PWD/$WORK/storage" setsid java $JAVA_OPTS -jar "$PAYARA" --deploy target/portal.war --contextroot / \
        --port "$PORT" --nohazelcast --prebootcommandfile src/main/payara/pre-boot.asadmin > "$WORK/run.log" 2>&1 &
    fi
    pid=$!
    home=; school=
    for _ in $(seq 1 3000); do
      if [ -z "$home" ] && curl -fsS -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
        home=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}')
        server=$(server_pid)
        cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$server/stat")
      fi
      if [ -n "$home" ] && curl -fsS -o /dev/null "http://127.0.0.1:$PORT/s/thnguyenhue/" 2>/dev/null; then
        school=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}')
        break
      fi
      sleep 0.1
    done
    banner=$(sed -e 's/\x1b\[[0-9;]*m//g' "$WORK/run.log" | grep -o 'Ready [0-9.]* s after the JVM started[^;]*' | head -1 || true)
    printf '%-4s %10s %12s %10s  %s\n' "$run" "$home" "$school" "$cpu" "$banner"
    echo "$home" >> "$WORK/home"; echo "$school" >> "$WORK/school"
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
    sleep 2
  done
  echo "median: department home $(median < "$WORK/home") s, school home $(median < "$WORK/school") s"
} | tee "$REPORT"
