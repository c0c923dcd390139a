#!/usr/bin/env bash
# Command 2 of the README: install, build, start a throwaway PostgreSQL server, run every test
# against SQLite and PostgreSQL, stop the server. Ends with ctest's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
gongkai_install "${GONGKAI_BUILD_PACKAGES[@]}" "${GONGKAI_TEST_PACKAGES[@]}"
gongkai_build "$GONGKAI_ROOT/build-test" -DCMAKE_BUILD_TYPE=Debug -DGONGKAI_BUILD_TESTS=ON -DGONGKAI_WERROR=ON

# A private PostgreSQL server on a free loopback port, data and socket under /tmp.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$pgdir"
    as_pg=(runuser -u postgres --)
fi
port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
stop_pg() {
    "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
}
trap stop_pg EXIT
"${as_pg[@]}" "$PGBIN/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
export GONGKAI_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "== PostgreSQL test server on port $port"

cd "$GONGKAI_ROOT/build-test"
set +e
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
status=$?
set -e
exit $status
