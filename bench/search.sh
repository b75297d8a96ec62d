#!/usr/bin/env bash
# Search over 100,000 synthetic documents and the GeoNames places of cities500: in-process with
# peerpolis-bench (pinned to one core), then over HTTP with wrk on the other core.
# PostgreSQL: run with DATABASE_URL set (the database must be empty the first time).
source "$(dirname "$0")/common.sh"
need wrk wrk
[ -n "${SKIP_BUILD:-}" ] || (cd "$ROOT" && swift build -c release --product peerpolis-bench >/dev/null && swift build -c release --product peerpolis >/dev/null)
CORPUS="$OUT/search"
[ -f "$CORPUS/corpus.jsonl" ] || python3 "$ROOT/bench/search/make_corpus.py" "$CORPUS"
[ -f "$OUT/cities500.txt" ] || python3 "$ROOT/scripts/make_cities500.py" "$OUT/cities500.txt"
DB="$OUT/search.sqlite"
taskset -c 0 "$ROOT/.build/release/peerpolis-bench" "$DB" "$CORPUS/corpus.jsonl" "$CORPUS/queries.jsonl" "$OUT/cities500.txt"

# Over HTTP: the same queries as URLs, taken in turn by wrk.
python3 - "$CORPUS/queries.jsonl" > "$OUT/search-urls.txt" <<'PY'
import json, sys, urllib.parse
for line in open(sys.argv[1]):
    q = json.loads(line)
    params = {"q": q["q"]}
    for key in ("type", "theme", "country", "year"):
        if q.get(key) is not None:
            params[key] = q[key]
    print("/api/v1/search?" + urllib.parse.urlencode(params))
PY
cat > "$OUT/search-urls.lua" <<LUA
local urls, i = {}, 0
for line in io.lines("$OUT/search-urls.txt") do urls[#urls + 1] = line end
request = function() i = i % #urls + 1; return wrk.format("GET", urls[i]) end
LUA
PORT=${PORT:-8096}
DATABASE_PATH="$DB" taskset -c 0 "$ROOT/.build/release/peerpolis" serve --port "$PORT" >"$OUT/search-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/healthz" 60 >/dev/null
# The server reads the search facts as it starts (about 2 s here); the first search waits for them. Measure from
# the moment it is ready, as a server that has been up for a while is.
curl -s -o /dev/null -w "first search after start (waits for the search facts): %{time_total} s\n" \
    "http://127.0.0.1:$PORT/api/v1/search?q=harbour"
# A first pass over the 1,000 queries counts each term's documents once (see SQLiteSearchEngine.rarities), as the
# in-process benchmark's first pass does; the measured runs follow it.
echo "== HTTP warm-up: one pass over the 1,000 queries, terms counted as they come (wrk -t1 -c1 -d5s)"
taskset -c 1 wrk -t1 -c1 -d5s --latency -s "$OUT/search-urls.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|50%|99%"
# One connection measures a request's latency alone; four keep the server core busy, so each request also
# waits for the others queued on it (about three), which is throughput's price, not the search's.
for connections in 1 4; do
    echo "== HTTP /api/v1/search, 1,000 queries in turn (one server core, wrk -t1 -c$connections -d10s)"
    taskset -c 1 wrk -t1 -c$connections -d10s --latency -s "$OUT/search-urls.lua" "http://127.0.0.1:$PORT" \
        | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
done
