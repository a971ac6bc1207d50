#!/usr/bin/env bash
# Distributed mode without a Docker engine: the indicators service and the gateway as separate
# processes over the NATS (127.0.0.1:4222) and PostgreSQL (127.0.0.1:5432) already running here.
# Ctrl-C stops both. INDICATORS_REPLICAS starts more service instances sharing the work.
set -euo pipefail
cd "$(dirname "$0")/.."

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 4222 5432; do
  if ! listening "$port"; then
    echo "ไม่พบบริการที่พอร์ต $port / nothing listens on 127.0.0.1:$port (NATS 4222, PostgreSQL 5432). Run: bash .ci/run, or start them yourself." >&2
    exit 1
  fi
done

database=${BMA_KPI_DATABASE:-bma_kpi}
if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$database'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -c "create database $database" >/dev/null
fi
export INDICATORS_DATABASE_URL=${INDICATORS_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=indicators}

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop EXIT INT TERM

for _ in $(seq 1 "${INDICATORS_REPLICAS:-1}"); do
  node tools/run.mjs apps/indicators-service/src/main.ts &
  pids+=($!)
done
node tools/run.mjs apps/gateway/src/main.ts &
pids+=($!)
echo "gateway: http://localhost:${PORT:-3000}/api/docs (distributed mode; Ctrl-C stops)"
wait -n
