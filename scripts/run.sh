#!/usr/bin/env bash
# `make run`: the sync server on an embedded SQLite file with demo data, and the app (web mode without a display).
set -euo pipefail
run_dir=${1:-build/run}; server_port=${2:-8787}; app_port=${3:-8550}
bin=.venv/bin
mkdir -p "$run_dir"
db="$run_dir/server.db"
if [ ! -f "$db" ]; then
  echo "Seeding demo data into $db ..."
  "$bin/ehrenamt-server" seed-demo --db "$db"
fi
"$bin/ehrenamt-server" serve --db "$db" --host 127.0.0.1 --port "$server_port" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 50); do
  if "$bin/python" -c "import httpx,sys; sys.exit(0 if httpx.get('http://127.0.0.1:$server_port/api/v1/health').status_code==200 else 1)" 2>/dev/null; then break; fi
  sleep 0.2
done
echo "Sync server:  http://127.0.0.1:$server_port  (API docs: http://127.0.0.1:$server_port/docs)"
export EHRENAMT_SERVER_URL="http://127.0.0.1:$server_port"
export EHRENAMT_DATA_DIR="$run_dir/app-data"
export EHRENAMT_APP_PORT="$app_port"
export FLET_WEB_NO_CDN=1
if [ -z "${DISPLAY:-}" ]; then echo "App (web):    http://127.0.0.1:$app_port"; fi
"$bin/python" -m app
