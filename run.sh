#!/usr/bin/env bash
# Runs Serverless.Feedback locally: Azurite, the function app (with its local trigger runner), the staff
# console and sample data. Stops everything on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

PORT="${FEEDBACK_PORT:-7071}"
BASE="http://localhost:$PORT"
DATA=.azurite
APP_DIR=Functions/bin/Debug/net10.0

require_tools
[ -f "$APP_DIR/Serverless.Feedback.Functions.dll" ] || say "First start: installing packages and building everything takes several minutes"
npm_install
build_console
build_dotnet

pids=()
# Stops one process and waits until it is gone (up to 30 s, then it is killed).
stop() {
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 120); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.25
  done
  kill -9 "$1" 2>/dev/null || true
}
cleanup() {
  trap - INT TERM EXIT
  say "Stopping"
  # The app first, so it does not see storage vanish under it; Azurite last. Both run in sessions of their own
  # (setsid), so Ctrl-C reaches only this script and the order holds.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    stop "${pids[i]}"
  done
}
trap cleanup INT TERM EXIT

for port in 10000 10001 10002 "$PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "Port $port on 127.0.0.1 is already in use; stop whatever holds it (another ./run.sh?) and try again."
  fi
done

say "Starting Azurite (data in $DATA/)"
mkdir -p "$DATA"
setsid node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --loose --location "$DATA" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
pids+=($!)
for port in 10000 10001 10002; do
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "${pids[0]}" 2>/dev/null || fail "Azurite stopped during start-up; see the log above."
    sleep 0.25
  done
done

# The same app the Functions host runs in Azure, started on its own with the local trigger runner standing in
# for the host (docs/adr/0012-isolated-worker.md). From the Functions folder, so mail lands in Functions/.local.
say "Starting the function app on $BASE"
(cd Functions && exec setsid env \
  ASPNETCORE_ENVIRONMENT=Development \
  DOTNET_ENVIRONMENT=Development \
  Storage="UseDevelopmentStorage=true" \
  PublicSite__BaseUrl="$BASE" \
  SampleData__Seed=true \
  DevelopmentClock__Enabled=true \
  dotnet "../$APP_DIR/Serverless.Feedback.Functions.dll" --urls "http://127.0.0.1:$PORT") &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fsS "$BASE/health" >/dev/null 2>&1; then break; fi
  kill -0 "${pids[1]}" 2>/dev/null || fail "The function app stopped during start-up; see the log above."
  sleep 0.5
done
curl -fsS "$BASE/health" >/dev/null || fail "The function app did not become healthy within 60 s."

timers=$(node -e "const m = JSON.parse(require('fs').readFileSync('$APP_DIR/functions.metadata', 'utf8'));
console.log(m.filter(f => !f.bindings.some(b => b.type === 'httpTrigger')).map(f => f.name).sort().join(', '))")

cat <<MSG

  Serverless.Feedback is running.

    Feedback form     $BASE/feedback            (customers; add ?lang=zh-CN or ?lang=en)
    Staff console     $BASE/console/
    Sign in as staff  $BASE/dev/sign-in         (sample people; development only)
    Outbox            $BASE/dev/outbox          (every mail the app sent, as .eml)
    Health            $BASE/health

    Step the clock    curl -X POST -H 'Content-Type: application/json' -d '{"advance":"P1D"}' $BASE/dev/clock
    Run a function    curl -X POST -H 'Content-Type: application/json' -d '{"input":""}' $BASE/admin/functions/Heartbeat
                      (timers and queues: $timers)

  Ctrl-C stops everything. Storage data stays in $DATA/ and mail in Functions/.local/
  (delete both to start afresh; the clock offset is in Functions/.local/clock-offset).

MSG
wait "${pids[1]}"
