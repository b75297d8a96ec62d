#!/usr/bin/env bash
# A list page of 20 places from SQLite: the server pinned to one core, wrk pinned to the other.
source "$(dirname "$0")/common.sh"
need wrk wrk
need bc bc
[ -n "${SKIP_BUILD:-}" ] || build_release
DB="$OUT/list-page.sqlite"
PORT=${PORT:-8098}
DURATION=${DURATION:-10s}
[ -f "$DB" ] || DATABASE_PATH="$DB" "$BIN" seed >/dev/null
DATABASE_PATH="$DB" taskset -c 0 "$BIN" serve --port "$PORT" >"$OUT/list-page-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/places" 60 >/dev/null
for path in "/places" "/places?country=IT&page=2" "/healthz"; do
    # Warm up, then measure.
    taskset -c 1 wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT$path" >/dev/null
    echo "== GET $path (one server core, wrk -t1 -c16 -d$DURATION)"
    taskset -c 1 wrk -t1 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
