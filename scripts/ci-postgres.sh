#!/usr/bin/env bash
# Runs the storage and web tests against a local PostgreSQL 15, installing and starting it when needed.
# Idempotent: safe to run again on a machine where it already ran. After `swift test` (as in .ci/run)
# the build step below finds nothing to do.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_VERSION=15
ROLE=peerpolis
PASSWORD=peerpolis
DATABASE=peerpolis_test

as_postgres() {
    if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; installing it with apt-get."
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    echo "There is no PostgreSQL $PG_VERSION cluster 'main'; creating it."
    pg_createcluster "$PG_VERSION" main
fi

if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    pg_ctlcluster "$PG_VERSION" main start
fi

# Wait until the server accepts connections (it may still be recovering right after a start).
for _ in $(seq 1 30); do
    if as_postgres "psql -qtAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done

as_postgres "psql -v ON_ERROR_STOP=1 -qtA" <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
        CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
    ELSE
        ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
    END IF;
END
\$\$;
SQL
if ! as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"" | grep -q 1; then
    as_postgres "createdb -O $ROLE $DATABASE"
fi

export DATABASE_URL="postgres://$ROLE:$PASSWORD@127.0.0.1:5432/$DATABASE"
swift build --build-tests
echo "Running the storage and web tests on $DATABASE_URL"
swift test --skip-build --filter "PeerpolisStorageTests|PeerpolisWebTests"
