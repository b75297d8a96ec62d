# Shared helpers for the benchmark scripts. Servers listen on loopback only; every run is bounded.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
BIN="$ROOT/.build/release/peerpolis"

build_release() {
    (cd "$ROOT" && swift build -c release --product peerpolis >/dev/null)
}

# wait_for URL SECONDS: polls until the URL answers 200; prints the seconds waited.
wait_for() {
    local url=$1 limit=$2 start now
    start=$(date +%s.%N)
    while true; do
        if curl -fs -o /dev/null "$url"; then break; fi
        now=$(date +%s.%N)
        if (( $(echo "$now - $start > $limit" | bc) )); then echo "timeout" >&2; return 1; fi
        sleep 0.05
    done
    now=$(date +%s.%N)
    echo "$now - $start" | bc
}

need() {
    command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }
}
