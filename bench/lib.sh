# Shared by the benchmark scripts: build once, a fresh utf8mb4 database on the local MariaDB,
# and a portal started on it in the background (Payara Micro from the local Maven repository).
# Source it from the project root after setting PORT, DB and WORK.

bench_build() {
  echo "building..."
  mvn -q -B -DskipTests package
  [ -f "$WORK/classpath.txt" ] || mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
  CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
  PAYARA=$(tr ':' '\n' < "$WORK/classpath.txt" | grep '/payara-micro-[0-9].*\.jar$' | head -1)
  JDBC="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&openTelemetry=DISABLED"
}

bench_fresh_database() {
  mysql -uroot <<SQL
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'portal'@'127.0.0.1' IDENTIFIED BY 'portal-it-password';
GRANT ALL PRIVILEGES ON $DB.* TO 'portal'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
  rm -rf "$WORK/storage" "$WORK"/search-*
}

# bench_start_portal PORT NAME: one server, its log in $WORK/NAME.log, its pid in $WORK/NAME.pid;
# every server shares the storage directory and has a search index of its own. PORTAL_EXTRA_ENV
# may add settings, e.g. PORTAL_EXTRA_ENV='PORTAL_ADMISSION_GATE_CONCURRENT=8'. Every simulated parent asks for
# e-mail codes and looks up from this one machine, so the per-address budgets of codes and look-ups are lifted. BENCH_JAVA_OPTS
# may add options to the server's JVM, e.g. a flight recording:
# BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=target/bench/submit.jfr,settings=profile'.
# BENCH_PAYARA_OPTS may add options to Payara Micro's command line, e.g. production's listener settings:
# BENCH_PAYARA_OPTS='--prebootcommandfile src/main/payara/pre-boot.asadmin'.
bench_start_portal() {
  local port=$1 name=${2:-portal}
  PORTAL_DB_URL="$JDBC" PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal-it-password \
  PORTAL_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource PORTAL_SETUP_TOKEN=it-setup-token-0123456789 \
  PORTAL_STORAGE_DIR="$PWD/$WORK/storage" PORTAL_SEARCH_DIR="$PWD/$WORK/search-$name" \
  PORTAL_SECURITY_LINK_SECRET=bench-link-secret-0123456789abcdef PORTAL_DEPARTMENT_EXTRA_HOSTS=127.0.0.1 \
  PORTAL_THROTTLE_MAIL_CODE_ADDRESS=10000000/3600 PORTAL_THROTTLE_EXEMPT_ADDRESSES=127.0.0.1 \
    nohup env ${PORTAL_EXTRA_ENV:-} java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$PAYARA" --deploy target/portal.war --contextroot / --port "$port" --nocluster ${BENCH_PAYARA_OPTS:-} \
    >> "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
}

# bench_ready PORT: waits until the server answers ready (at most 3 minutes).
bench_ready() {
  for _ in $(seq 1 360); do
    curl -fsS "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the portal on port $1 did not become ready; see the logs in $WORK"; return 1
}

bench_stop_portal() {
  local name=${1:-portal}
  [ -f "$WORK/$name.pid" ] && kill "$(cat "$WORK/$name.pid")" 2>/dev/null || true
}

bench_seconds_since() {
  awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}'
}
