#!/usr/bin/env bash
# Issue 4's figures. In process (one core): index build and memory, top-20 latency p50/p95/p99 against a
# plain memory read of the same data, a consortium of 8, on all cities500 places with synthetic profiles
# (peerpolis-match-bench; benchmark only). Over HTTP: POST /api/v1/matches on the bundled 34,000 places,
# the server pinned to one core and wrk to the other.
source "$(dirname "$0")/common.sh"
need wrk wrk
need bc bc
CITIES=${CITIES:-$OUT/cities500.txt}
[ -f "$CITIES" ] || { echo "missing $CITIES: python3 scripts/make_cities500.py $CITIES" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
    build_release
    (cd "$ROOT" && swift build -c release --product peerpolis-match-bench >/dev/null)
fi
echo "== peerpolis-match-bench $CITIES (taskset -c 0)"
taskset -c 0 "$ROOT/.build/release/peerpolis-match-bench" "$CITIES"

DB="$OUT/matching.sqlite"
PORT=${PORT:-8098}
DURATION=${DURATION:-10s}
[ -f "$DB" ] || DATABASE_PATH="$DB" "$BIN" seed >/dev/null
DATABASE_PATH="$DB" taskset -c 0 "$BIN" serve --port "$PORT" >"$OUT/matching-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/healthz" 60 >/dev/null
BODY='{"place": "malmo-se", "text": "inclusive economic development, school streets", "limit": 20}'
first=$( { /usr/bin/time -f %e curl -s -o /dev/null -H 'Content-Type: application/json' -d "$BODY" \
    "http://127.0.0.1:$PORT/api/v1/matches"; } 2>&1 )
echo "first POST /api/v1/matches (builds the index): ${first}s"
LUA="$OUT/matches.lua"
cat >"$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$BODY'
LUA
taskset -c 1 wrk -t1 -c4 -d2s -s "$LUA" "http://127.0.0.1:$PORT/api/v1/matches" >/dev/null
echo "== POST /api/v1/matches (one server core, wrk -t1 -c8 -d$DURATION)"
taskset -c 1 wrk -t1 -c8 -d"$DURATION" --latency -s "$LUA" "http://127.0.0.1:$PORT/api/v1/matches" \
    | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
