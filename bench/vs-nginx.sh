#!/usr/bin/env bash
# A cached public page of the portal against nginx serving the same bytes as a static file, in one
# run: the demo (embedded H2) is started on $PORT with the tuned settings of src/main/payara/pre-boot.asadmin,
# a page is fetched as a browser gets it (gzip), and nginx (installed with apt if missing) serves
# those very bytes from a file, with gzip_static, on $NGINX_PORT. After $SETTLE seconds (30) for the demo's
# background start-up work and a $WARMUP-second (20) warm-up of the JIT, wrk, $THREADS threads and
# $CONNECTIONS connections for $DURATION seconds each, alternating nginx and the portal $ROUNDS
# times, and prints requests/s, p50 and p99 of each, the medians and the ratio portal / nginx.
# Loopback only; never part of `mvn verify`.
#
#   bash bench/vs-nginx.sh                     # the demo school's home page
#   PAGE=/s/thnguyenhue/chuyen-muc/tin-tuc bash bench/vs-nginx.sh
#   TUNING=none bash bench/vs-nginx.sh         # Payara's defaults, for comparison
#   CODING=identity bash bench/vs-nginx.sh     # clients that ask for no compression
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8117}
NGINX_PORT=${NGINX_PORT:-8119}
PAGE=${PAGE:-/s/thnguyenhue/}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
CODING=${CODING:-gzip}
TUNING=${TUNING:-src/main/payara/pre-boot.asadmin}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
WORK=target/bench/vs-nginx
REPORT=${REPORT:-bench/report-vs-nginx.txt}

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v nginx >/dev/null || { echo "installing nginx"; apt-get install -y nginx >/dev/null; }
[ -f target/portal.war ] || mvn -q -B -DskipTests package
PAYARA=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)
rm -rf "$WORK" && mkdir -p "$WORK/www" "$WORK/nginx"

stop() {
  [ -f "$WORK/portal.pid" ] && kill "$(cat "$WORK/portal.pid")" 2>/dev/null || true
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap stop EXIT

options=(--deploy target/portal.war --contextroot / --port "$PORT" --nohazelcast)
[ "$TUNING" != none ] && options+=(--prebootcommandfile "$TUNING")
PORTAL_STORAGE_DIR="$PWD/$WORK/storage" nohup java $JAVA_OPTS -jar "$PAYARA" "${options[@]}" > "$WORK/portal.log" 2>&1 &
echo $! > "$WORK/portal.pid"
for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT$PAGE" 2>/dev/null && break
  sleep 0.5
done
grep -q "Demo pictures loaded" "$WORK/portal.log" || for _ in $(seq 1 240); do
  grep -q "Demo pictures loaded" "$WORK/portal.log" && break; sleep 0.5
done

accept=()
[ "$CODING" = gzip ] && accept=(-H "Accept-Encoding: gzip")
# The page as the cache holds it now, and as nginx will send it: the same bytes.
curl -fsS "${accept[@]}" -D "$WORK/headers.txt" -o "$WORK/page.bin" "http://127.0.0.1:$PORT$PAGE"
grep -qi '^x-portal-cache: HIT' "$WORK/headers.txt" || curl -fsS "${accept[@]}" -D "$WORK/headers.txt" -o "$WORK/page.bin" "http://127.0.0.1:$PORT$PAGE"
if [ "$CODING" = gzip ]; then
  grep -qi '^content-encoding: gzip' "$WORK/headers.txt" || { echo "the portal did not send gzip"; exit 1; }
  cp "$WORK/page.bin" "$WORK/www/index.html.gz"
  gzip -dc "$WORK/page.bin" > "$WORK/www/index.html"
else
  cp "$WORK/page.bin" "$WORK/www/index.html"
fi
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$WORK/nginx/nginx.pid;
error_log $PWD/$WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$WORK/www;
    location / { add_header Vary Accept-Encoding; add_header Cache-Control no-cache; etag on; }
  }
}
NGINX
nginx -c "$PWD/$WORK/nginx/nginx.conf"
sleep 0.5
curl -fsS "${accept[@]}" -o "$WORK/nginx.bin" "http://127.0.0.1:$NGINX_PORT/index.html"
cmp -s "$WORK/page.bin" "$WORK/nginx.bin" || { echo "nginx does not send the same bytes"; exit 1; }
bytes=$(stat -c %s "$WORK/page.bin")

run() { # name url -> "rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${accept[@]}" "$2")
  echo "$(echo "$out" | awk '/Requests\/sec/{print $2}') $(echo "$out" | awk '$1=="50%"{print $2}') $(echo "$out" | awk '$1=="99%"{print $2}') $(echo "$out" | awk '/Non-2xx/{print $NF}')"
}
ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

sleep "${SETTLE:-30}"   # the demo's background start-up work (search index, pictures) ends
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-20}s" "${accept[@]}" "http://127.0.0.1:$PORT$PAGE" >/dev/null   # JIT warm-up
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "${accept[@]}" "http://127.0.0.1:$NGINX_PORT/index.html" >/dev/null
{
  echo "# portal vs nginx, $(date -u +%FT%TZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# page $PAGE ($bytes bytes as sent, coding $CODING); wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s x $ROUNDS rounds"
  echo "# portal: $JAVA_OPTS, tuning: $TUNING"
  printf '%-8s %5s %12s %10s %10s\n' target round 'requests/s' 'p50 ms' 'p99 ms'
  : > "$WORK/nginx.rps"; : > "$WORK/portal.rps"; : > "$WORK/nginx.p99"; : > "$WORK/portal.p99"
  for round in $(seq 1 "$ROUNDS"); do
    for target in nginx portal; do
      url="http://127.0.0.1:$PORT$PAGE"
      [ "$target" = nginx ] && url="http://127.0.0.1:$NGINX_PORT/index.html"
      read -r rps p50 p99 non2xx <<< "$(run "$target" "$url")"
      printf '%-8s %5s %12s %10s %10s %s\n' "$target" "$round" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${non2xx:+non-2xx: $non2xx}"
      echo "$rps" >> "$WORK/$target.rps"; ms "$p99" >> "$WORK/$target.p99"; echo >> "$WORK/$target.p99"
    done
  done
  n=$(median < "$WORK/nginx.rps"); p=$(median < "$WORK/portal.rps")
  np=$(grep . "$WORK/nginx.p99" | median); pp=$(grep . "$WORK/portal.p99" | median)
  echo "median   nginx $n requests/s (p99 $np ms), portal $p requests/s (p99 $pp ms)"
  awk -v p="$p" -v n="$n" 'BEGIN{printf "ratio portal / nginx: %.2f\n", p/n}'
} | tee "$REPORT"
