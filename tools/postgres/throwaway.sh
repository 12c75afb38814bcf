#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: a fresh data directory, a private port on 127.0.0.1, trust
# authentication for the one role it makes. Nothing of it outlives `stop`.
#
#   tools/postgres/throwaway.sh start DIR [--no-fsync]   prints `export READER_TEST_POSTGRES=...` for eval
#                                                        (port: THROWAWAY_PG_PORT, or the first free from 55432)
#   tools/postgres/throwaway.sh stop DIR                 stops the server and deletes DIR
#
# initdb and postgres refuse to run as root, so as root the server runs as the `postgres` user (made by Debian's
# package), which then owns DIR. `--no-fsync` trades durability for speed, for test runs only: benchmarks leave it out.
set -euo pipefail

usage() { echo "usage: $0 start DIR [--no-fsync] | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
dir=$2

# THROWAWAY_PG_PORT, or the first free port from 55432 up.
free_port() {
    local port=55432
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "throwaway PostgreSQL: no server binaries under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
    start)
        port=${THROWAWAY_PG_PORT:-$(free_port)}
        fsync=on
        [ "${3:-}" = "--no-fsync" ] && fsync=off
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        as_owner "$bindir/initdb" -D "$dir/data" -U reader --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; echo "throwaway PostgreSQL: initdb failed" >&2; exit 1; }
        # Enough connections for parallel test classes and two app instances with their pools.
        as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=400 -c fsync=$fsync -c synchronous_commit=$fsync -c full_page_writes=$fsync" \
            start >/dev/null \
            || { cat "$dir/server.log" >&2; echo "throwaway PostgreSQL: the server did not start on port $port" >&2; exit 1; }
        echo "export READER_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=reader;Database=postgres'"
        ;;
    stop)
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
        fi
        rm -rf "$dir"
        ;;
    *)
        usage
        ;;
esac
