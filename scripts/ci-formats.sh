#!/usr/bin/env bash
# Issue 5's format checks against a running hub: feeds, calendars, JSON-LD and the sitemap with the real
# parsers (check_formats.py), then schemathesis over the whole OpenAPI document, then the open-data dump
# with frictionless (check_dump.py). Starts the debug binary
# (built by `swift test`) on a fresh SQLite file and a loopback port, and always stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
# A port nobody listens on: a fixed one met another engineer's server on a shared machine.
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
venv=${VENV:-"$work/venv"}
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q -r scripts/requirements-checks.txt

swift build --product peerpolis >/dev/null
bin=$(swift build --show-bin-path)/peerpolis
SEED_PLACES=referenced DATABASE_PATH="$work/ci.sqlite" "$bin" serve --port "$PORT" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done

"$venv/bin/python" scripts/check_formats.py --per-section 3 "http://127.0.0.1:$PORT" \
    "http://127.0.0.1:$PORT/events.ics" "http://127.0.0.1:$PORT/articles.rss"
# No 5xx, and every status, content type, header and body as documented. Not `all`: the data checks
# (negative_data_rejection, positive_data_acceptance) assume a filter can't be refused for naming a theme
# that does not exist, or that "1 " is not a page number, and unsupported_method expects 405 where a
# read-only hub answers 404. Bounded so the run stays within a few minutes on two cores. One worker: with two,
# one run stopped on a SystemError inside schemathesis ("AST constructor recursion depth mismatch" while
# CPython 3.11 compiled one of its modules), not on an answer of the hub; two threads compiling at once is the
# likely cause.
"$venv/bin/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --max-examples 25 --workers 1 --request-timeout 10
# The open-data dump of the same database, checked by the Frictionless Data validator.
DATABASE_PATH="$work/ci.sqlite" "$bin" export --format jsonl "$work/dump" >/dev/null
"$venv/bin/python" scripts/check_dump.py "$work/dump"
echo "format checks passed"
