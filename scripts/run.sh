#!/usr/bin/env bash
# `make run`: migrate, seed demo data, then run Redis (if needed), a Celery worker and daphne.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export DJANGO_DEBUG="${DJANGO_DEBUG:-1}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
PORT="${PORT:-8000}"
pids=()
cleanup() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

if ! $PY - <<'PYEOF' 2>/dev/null
import os, redis
redis.Redis.from_url(os.environ["REDIS_URL"], socket_connect_timeout=1).ping()
PYEOF
then
  if command -v redis-server >/dev/null 2>&1; then
    echo "No Redis reachable at $REDIS_URL: starting a local one on 127.0.0.1:6379."
    redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --loglevel warning &
    pids+=($!)
    sleep 1
  else
    echo "Telemed needs Redis for live chat and AI jobs. Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL." >&2
    exit 1
  fi
fi

$PY manage.py migrate --noinput
$PY manage.py collectstatic --noinput -v 0
$PY manage.py seed_demo
if $PY manage.py help prepare_model >/dev/null 2>&1; then
  $PY manage.py prepare_model
fi

# The worker runs many jobs on threads (TELEMED_LLM_MAX_CONCURRENCY); if it dies, it is started
# again so the site keeps serving (its sweeper then fails the jobs the dead one held). It also
# sends the notification emails, and runs beat (-B: the hourly follow-up reminders).
(
  child=""
  trap 'kill "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    $PY -m celery -A telemed worker -B --schedule "${TMPDIR:-/tmp}/telemed-celerybeat-schedule" \
      --pool=threads -Q "${TELEMED_CELERY_QUEUE:-telemed}" --loglevel=INFO &
    child=$!
    wait "$child" && status=0 || status=$?
    echo "The Celery worker stopped (exit $status); restarting it in 2 s." >&2
    sleep 2
  done
) &
pids+=($!)
$PY -m daphne -b 127.0.0.1 -p "$PORT" telemed.asgi:application &
pids+=($!)

cat <<MSG

  Telemed is running at http://127.0.0.1:$PORT/
  Demo accounts (password: telemed-demo-2026):
    patient1    patient
    clinician1  clinician
    clinician2  clinician
    admin       administrator (http://127.0.0.1:$PORT/admin/)
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
