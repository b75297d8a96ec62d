#!/usr/bin/env bash
# import-cities of cities500 (about 235,000 places) into a database holding the bundled data.
source "$(dirname "$0")/common.sh"
need /usr/bin/time time
[ -n "${SKIP_BUILD:-}" ] || build_release
FILE="$OUT/cities500.txt"
[ -f "$FILE" ] || python3 "$ROOT/scripts/make_cities500.py" "$FILE"
DB="$OUT/import.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
DATABASE_PATH="$DB" "$BIN" seed >/dev/null
for run in first re-import; do
    /usr/bin/time -f "%e s elapsed, %M KB peak RSS" -o "$OUT/import-$run.time" \
        env DATABASE_PATH="$DB" "$BIN" import-cities "$FILE" 2>"$OUT/import-$run.log" >"$OUT/import-$run.out"
    echo "$run: $(cat "$OUT/import-$run.out") — $(cat "$OUT/import-$run.time")"
done
