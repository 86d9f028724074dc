#!/usr/bin/env bash
# What each line of src/main/payara/pre-boot.asadmin changes: bench/vs-nginx.sh once with Payara's
# defaults, then with the first 1, 2, ... settings of the file, each against nginx in its own run.
# Prints one line per step (ratio portal / nginx, portal requests/s and p99). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench/tuning-steps
mkdir -p "$WORK"
mapfile -t settings < <(grep '^set ' src/main/payara/pre-boot.asadmin)
{
  echo "# tuning steps, $(date -u +%FT%TZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for n in $(seq 0 "${#settings[@]}"); do
    if [ "$n" = 0 ]; then tuning=none; label="Payara Micro defaults"; else
      tuning="$WORK/step-$n.asadmin"; printf '%s\n' "${settings[@]:0:$n}" > "$tuning"
      label="+ ${settings[$((n - 1))]#set configs.config.server-config.}"
    fi
    TUNING=$tuning ROUNDS=${ROUNDS:-3} REPORT="$WORK/step-$n.txt" bash bench/vs-nginx.sh > /dev/null
    printf '%-95s %s | %s\n' "$label" "$(grep '^ratio' "$WORK/step-$n.txt")" "$(grep '^median' "$WORK/step-$n.txt")"
  done
} | tee "${REPORT:-bench/report-tuning-steps.txt}"
