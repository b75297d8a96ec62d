#!/usr/bin/env bash
# Issue 6's figures: sign-in requests/s and p99 at the configured Bcrypt cost, one page served to a
# signed-in visitor against the same page for an anonymous one, and a form submission round trip (a place
# profile saved: CSRF check, permission, validation, one write transaction with its audit row, redirect).
# Server pinned to one core, wrk to the other.
source "$(dirname "$0")/common.sh"
need wrk wrk
# PEERPOLIS_BIN runs a binary built elsewhere (for example with --scratch-path).
BIN=${PEERPOLIS_BIN:-$BIN}
[ -n "${SKIP_BUILD:-}" ] || build_release
DB="$OUT/auth.sqlite"
PORT=${PORT:-8098}
DURATION=${DURATION:-10s}
COST=${BCRYPT_COST:-12}
PAGE=${PAGE:-/places}
PASSWORD="Bench passphrase 2026"
rm -f "$DB" "$DB-wal" "$DB-shm"
DATABASE_PATH="$DB" SEED_PLACES=referenced "$BIN" seed >/dev/null
printf '%s\n' "$PASSWORD" | DATABASE_PATH="$DB" BCRYPT_COST=$COST "$BIN" user create --admin --email bench@city.eu --name Bench >/dev/null
# The per-address limiter would refuse wrk after 30 attempts: every request comes from one address.
DATABASE_PATH="$DB" BCRYPT_COST=$COST SIGN_IN_RATE_LIMIT=0 taskset -c 0 "$BIN" serve --port "$PORT" >"$OUT/auth-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/healthz" 60 >/dev/null
BASE="http://127.0.0.1:$PORT"

# An anonymous form token and its signed cookie, as a browser gets them from the sign-in page.
JAR="$OUT/auth-cookies.txt"
csrf=$(curl -s -c "$JAR" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
cookie=$(awk '$6 == "peerpolis_csrf" { print $7 }' "$JAR")
SCRIPT="$OUT/auth-signin.lua"
cat >"$SCRIPT" <<LUA
wrk.method = "POST"
wrk.body = "email=bench%40city.eu&password=Bench+passphrase+2026&_csrf=$csrf"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "peerpolis_csrf=$cookie"
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Cookie: peerpolis_csrf=$cookie" \
    --data "email=bench%40city.eu&password=Bench+passphrase+2026&_csrf=$csrf" "$BASE/sign-in")
echo "one sign-in answers $status (303 expected)"
echo "== POST /sign-in at Bcrypt cost $COST (one server core, wrk -t1 -c4 -d$DURATION)"
taskset -c 1 wrk -t1 -c4 -d"$DURATION" --latency -s "$SCRIPT" "$BASE/sign-in" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"

# A session for the page comparison.
session=$(curl -s -o /dev/null -D - -H "Cookie: peerpolis_csrf=$cookie" \
    --data "email=bench%40city.eu&password=Bench+passphrase+2026&_csrf=$csrf" "$BASE/sign-in" \
    | grep -i '^set-cookie: peerpolis_session=' | sed 's/^[^=]*=//; s/;.*//' | tr -d '\r')
curl -s -H "Cookie: peerpolis_session=$session" "$BASE$PAGE" | grep -q "Signed in as Bench" && echo "signed-in page shows the account"
for who in anonymous signed-in; do
    header=()
    [ "$who" = signed-in ] && header=(-H "Cookie: peerpolis_session=$session")
    taskset -c 1 wrk -t1 -c8 -d2s "${header[@]}" "$BASE$PAGE" >/dev/null
    echo "== GET $PAGE, $who (one server core, wrk -t1 -c16 -d$DURATION)"
    taskset -c 1 wrk -t1 -c16 -d"$DURATION" --latency "${header[@]}" "$BASE$PAGE" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done

# The form round trip: the bench account is an administrator, so it may edit any place's profile.
slug=$(curl -s "$BASE/places" | grep -o 'href="/places/[a-z0-9-]*"' | grep -v '/places/new' | head -1 | sed 's/href="\/places\///; s/"$//')
edit=$(curl -s -H "Cookie: peerpolis_session=$session" "$BASE/places/$slug/edit")
formcsrf=$(printf '%s' "$edit" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
theme=$(printf '%s' "$edit" | grep -o 'name="d\.[a-z0-9-]*"' | head -1 | sed 's/name="d\.//; s/"$//')
BODY="_csrf=$formcsrf&d.$theme=need&w.$theme=0.5&n.$theme=bench"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: peerpolis_session=$session" --data "$BODY" "$BASE/places/$slug/edit")
echo "one profile save on /places/$slug/edit answers $status (303 expected)"
FORM="$OUT/auth-form.lua"
cat >"$FORM" <<LUA
wrk.method = "POST"
wrk.body = "$BODY"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "peerpolis_session=$session"
LUA
echo "== POST /places/$slug/edit, a form round trip (one server core, wrk -t1 -c4 -d$DURATION)"
taskset -c 1 wrk -t1 -c4 -d"$DURATION" --latency -s "$FORM" "$BASE/places/$slug/edit" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
