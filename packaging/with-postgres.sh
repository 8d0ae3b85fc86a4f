#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster: initdb in a temporary
# folder, a free port on 127.0.0.1, stopped and removed when the command ends.
# The command finds the server in BESTAND_TEST_POSTGRES (a superuser URL), which
# the tests that run on both engines read (tests/testsupport.cpp).
# Usage: packaging/with-postgres.sh COMMAND [ARGUMENTS...]
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server not installed (packaging/install-build-deps.sh)" >&2; exit 1; }

cluster=$(mktemp -d "${TMPDIR:-/tmp}/bestand-pg.XXXXXX")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner=()
# PostgreSQL refuses to run as root: then the cluster belongs to the postgres user.
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$cluster"
    as_owner=(runuser -u postgres --)
fi

stop() {
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate -w stop > /dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$cluster/data" -U bestand_admin --auth=trust -E UTF8 \
    --locale=C.UTF-8 > "$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log"; exit 1; }
# Durability is not what these tests check; without fsync the suite runs faster.
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start > /dev/null || { cat "$cluster/server.log"; exit 1; }
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"

export BESTAND_TEST_POSTGRES="postgresql://bestand_admin@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit $status
