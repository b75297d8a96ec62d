#!/usr/bin/env bash
# Issue 5's figures: the JSON place list, the Atom feed of 50 articles and the iCalendar of 200 events, the
# server pinned to one core and wrk to the other, with the HTML place list as the yardstick (bench/export.sh
# measures the full export).
# The seed has few events and articles, so a separate bench database gets synthetic ones (benchmark only).
source "$(dirname "$0")/common.sh"
need wrk wrk
need bc bc
[ -n "${SKIP_BUILD:-}" ] || build_release
DB="$OUT/api.sqlite"
PORT=${PORT:-8097}
DURATION=${DURATION:-10s}
if [ ! -f "$DB" ]; then
    DATABASE_PATH="$DB" "$BIN" seed >/dev/null
    python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
now = "2019-01-01T00:00:00Z"
start = db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0] + 1
for i in range(200):
    day = f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}"
    db.execute("INSERT INTO events (id, slug, title, kind, is_online, start_date, end_date, start_time, end_time,"
               " time_zone, summary, created_at, updated_at) VALUES (?, ?, ?, 'workshop', 0, ?, ?, '09:30', '17:00',"
               " ?, ?, ?, ?)", (start + i, f"bench-event-{i}", f"Bench event {i}", day, day,
               ["Europe/Brussels", "America/Sao_Paulo", "Asia/Tokyo"][i % 3], "A synthetic event for the benchmark.", now, now))
start = db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0] + 1
for i in range(50):
    db.execute("INSERT INTO articles (id, slug, title, kind, authors, published_on, summary, body, reading_minutes,"
               " created_at, updated_at) VALUES (?, ?, ?, 'news', '[\"Bench\"]', ?, ?, ?, 2, ?, ?)",
               (start + i, f"bench-article-{i}", f"Bench article {i}", f"2018-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "A synthetic article for the benchmark.", "Body text. " * 200, now, now))
db.commit()
PY
fi
DATABASE_PATH="$DB" taskset -c 0 "$BIN" serve --port "$PORT" >"$OUT/api-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$PORT/healthz" 60 >/dev/null
echo "events in /events.ics: $(curl -s "http://127.0.0.1:$PORT/events.ics" | grep -c BEGIN:VEVENT)"
echo "entries in /articles.atom: $(curl -s "http://127.0.0.1:$PORT/articles.atom" | grep -c '<entry>')"
# The HTML list of the same page runs in the same conditions, as the yardstick for the API.
for path in "/api/v1/places?country=IT&page=2" "/places?country=IT&page=2" "/articles.atom" "/events.ics"; do
    taskset -c 1 wrk -t1 -c8 -d2s "http://127.0.0.1:$PORT$path" >/dev/null
    echo "== GET $path (one server core, wrk -t1 -c16 -d$DURATION)"
    taskset -c 1 wrk -t1 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
