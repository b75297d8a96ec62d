#!/usr/bin/env bash
# Full open-data dump of a database holding cities500 (about 235,000 places) and the bundled seed, then the
# dump loaded into an empty database and written again: the two dumps must be the same bytes.
source "$(dirname "$0")/common.sh"
need /usr/bin/time time
need sqlite3 sqlite3
[ -n "${SKIP_BUILD:-}" ] || build_release
FILE="$OUT/cities500.txt"
[ -f "$FILE" ] || python3 "$ROOT/scripts/make_cities500.py" "$FILE"
DB="$OUT/export.sqlite"
if [ ! -f "$DB" ]; then
    DATABASE_PATH="$DB" "$BIN" seed >/dev/null
    DATABASE_PATH="$DB" "$BIN" import-cities "$FILE" >/dev/null 2>&1
fi
echo "places in the database: $(sqlite3 "$DB" "SELECT COUNT(*) FROM places")"
DUMP="$OUT/export-dump"
rm -rf "$DUMP" "$DUMP-again"
for run in 1 2 3; do
    /usr/bin/time -f "%e s elapsed, %M KB peak RSS" -o "$OUT/export.time" \
        env DATABASE_PATH="$DB" "$BIN" export --format jsonl "$DUMP" >/dev/null
    echo "export run $run: $(cat "$OUT/export.time")"
done
echo "dump size: $(du -sh "$DUMP" | cut -f1), places.jsonl $(wc -l <"$DUMP/places.jsonl") lines"
AGAIN="$OUT/export-again.sqlite"
rm -f "$AGAIN" "$AGAIN-wal" "$AGAIN-shm"
/usr/bin/time -f "%e s elapsed, %M KB peak RSS" -o "$OUT/import-dump.time" \
    env DATABASE_PATH="$AGAIN" "$BIN" import-dump "$DUMP" >/dev/null
echo "import-dump into an empty database: $(cat "$OUT/import-dump.time")"
DATABASE_PATH="$AGAIN" "$BIN" export --format jsonl "$DUMP-again" >/dev/null
diff -r "$DUMP" "$DUMP-again" >/dev/null && echo "round trip: byte-identical" || echo "round trip: DIFFERENT"
