#!/usr/bin/env bash
# Distributed mode without a Docker engine: the indicators, catalog, evaluation and notification services and the gateway as separate
# processes over the NATS (127.0.0.1:4222) and PostgreSQL (127.0.0.1:5432) already running here.
# A process that exits is started again after 2 s, as a container orchestrator would; Ctrl-C stops
# everything. INDICATORS_REPLICAS, CATALOG_REPLICAS, EVALUATION_REPLICAS and NOTIFICATION_REPLICAS start more service instances, which share
# requests through the NATS queue group of their service. BMA_KPI_DATABASE names the PostgreSQL database (created when missing).
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
if [[ ! "$database" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
  echo "BMA_KPI_DATABASE=$database ไม่ถูกต้อง / is invalid: use lower-case letters, digits and _" >&2
  exit 1
fi
if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$database'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -c "create database \"$database\"" >/dev/null
fi
export INDICATORS_DATABASE_URL=${INDICATORS_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=indicators}
export CATALOG_DATABASE_URL=${CATALOG_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=catalog}
export EVALUATION_DATABASE_URL=${EVALUATION_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=evaluation}
export NOTIFICATION_DATABASE_URL=${NOTIFICATION_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=notification}
export GATEWAY_DATABASE_URL=${GATEWAY_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/$database?schema=gateway}

# Without an identity provider's key, the gateway trusts the local HS256 secret that the embedded
# mode also keeps, so `npm run -s cli -- token` signs tokens for both.
if [[ -z "${AUTH_JWT_PUBLIC_KEY:-}" && -z "${AUTH_JWT_SECRET:-}" ]]; then
  secret_file="${DATA_DIR:-.data}/auth/jwt-secret"
  if [[ ! -s "$secret_file" ]]; then
    mkdir -p "$(dirname "$secret_file")"
    (umask 077 && node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('base64url') + '\\n')" > "$secret_file")
  fi
  AUTH_JWT_SECRET=$(cat "$secret_file")
  export AUTH_JWT_SECRET
  echo "โทเคนผู้ดูแลระบบ / admin token: export TOKEN=\$(npm run -s cli -- token --role admin)"
fi

# Runs one app and starts it again whenever it exits, until this script is stopped.
supervise() {
  local name=$1 entry=$2
  while true; do
    node tools/run.mjs "$entry" || true
    echo "$name หยุดทำงาน เริ่มใหม่ใน 2 วินาที / $name exited; restarting in 2 s" >&2
    sleep 2
  done
}

# Job control gives each supervised app its own process group, so stopping one group ends both
# the restart loop and the node process inside it.
set -m
groups=()
stop() {
  trap - EXIT INT TERM
  for group in "${groups[@]}"; do
    kill -- "-$group" 2>/dev/null || true
  done
}
trap stop EXIT INT TERM

for replica in $(seq 1 "${INDICATORS_REPLICAS:-1}"); do
  supervise "indicators-service#$replica" apps/indicators-service/src/main.ts &
  groups+=($!)
done
for replica in $(seq 1 "${CATALOG_REPLICAS:-1}"); do
  supervise "catalog-service#$replica" apps/catalog-service/src/main.ts &
  groups+=($!)
done
for replica in $(seq 1 "${EVALUATION_REPLICAS:-1}"); do
  supervise "evaluation-service#$replica" apps/evaluation-service/src/main.ts &
  groups+=($!)
done
for replica in $(seq 1 "${NOTIFICATION_REPLICAS:-1}"); do
  supervise "notification-service#$replica" apps/notification-service/src/main.ts &
  groups+=($!)
done
supervise gateway apps/gateway/src/main.ts &
groups+=($!)
echo "gateway: http://localhost:${PORT:-3000}/api/docs (distributed mode; Ctrl-C stops)"
wait
