#!/usr/bin/env bash
# First start on an empty database (migrations + bundled data) to the first served page, then a later start.
source "$(dirname "$0")/common.sh"
need bc bc
[ -n "${SKIP_BUILD:-}" ] || build_release
DB="$OUT/first-start.sqlite"
PORT=${PORT:-8097}
for run in first later; do
    [ "$run" = first ] && rm -f "$DB" "$DB-wal" "$DB-shm"
    start=$(date +%s.%N)
    DATABASE_PATH="$DB" "$BIN" serve --port "$PORT" >"$OUT/first-start-$run.log" 2>&1 &
    pid=$!
    wait_for "http://127.0.0.1:$PORT/" 60 >/dev/null
    end=$(date +%s.%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%s start to first page: %.2f s\n' "$run" "$(echo "$end - $start" | bc)"
done
