#!/usr/bin/env bash
# Several instances on PostgreSQL against one SQLite instance, in one run on this machine (Release builds, a throwaway
# PostgreSQL with its durable defaults, nginx as the one address in front of each set):
#   1. the reading page under wrk: one SQLite instance vs two PostgreSQL instances (goal: >= 0.8x)
#   2. note writes through the forms, 20 writers x 50 notes spread over the two instances (goal: p99 < 50 ms, 0 errors,
#      exactly 1,000 rows)
#   3. failover: the same load, one instance killed during it (goal: the other keeps serving, no acknowledged note lost)
# Everything listens on 127.0.0.1 only and is stopped when the script ends. Exit status: 0 when every goal is met,
# 1 when one is missed, 2 when the benchmark could not run.
#
#   bench/instances/instances.sh
set -euo pipefail

readonly PAGE=/articles/military-cooperation-between-israel-and-azerbaijan
readonly THREADS=2
readonly CONNECTIONS=32
readonly DURATION=${DURATION:-15s}
readonly WARMUP=${WARMUP:-5s}
readonly MIN_RATIO=0.8

repo=$(cd "$(dirname "$0")/../.." && pwd)
die() { echo "instances.sh: $*" >&2; exit 2; }
# shellcheck source=../lib/app.sh
source "$repo/bench/lib/app.sh"
readonly HOST=$BENCH_HOST
for tool in wrk nginx curl dotnet; do
    command -v "$tool" >/dev/null 2>&1 || die "missing $tool (apt-get install -y wrk nginx-light curl)"
done

work=$(mktemp -d -t articlereader-instances.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    local status=$?
    trap - EXIT
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    "$repo/tools/postgres/throwaway.sh" stop "$work/postgres" || true
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

app_publish
dotnet build "$repo/bench/InstanceLoad" -c Release -v quiet -nologo >/dev/null
load=("dotnet" "$repo/bench/InstanceLoad/bin/Release/net10.0/InstanceLoad.dll")

eval "$("$repo/tools/postgres/throwaway.sh" start "$work/postgres")"
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql
"$psql" "$(echo "$READER_TEST_POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE bench" >/dev/null
postgres="${READER_TEST_POSTGRES%Database=postgres}Database=bench"

mkdir -p "$work/mail"
start_instance() { # port, then NAME=value settings; the rate limits are off the way of a load test
    app_log="$work/app-$1.log"
    app_start "http://$HOST:$1" Accounts__AttemptsPerWindow=1000 Notes__WritesPerWindow=100000 Logging__LogLevel__Default=Warning "${@:2}"
    pids+=("$app_pid")
}
wait_instance() { # port, pid
    app_log="$work/app-$1.log"
    app_pid=$2
    app_wait "http://$HOST:$1/"
}

sqlite_port=$(free_port); a_port=$(free_port); b_port=$(free_port)
start_instance "$sqlite_port"
wait_instance "$sqlite_port" "$app_pid"
# Both PostgreSQL instances at once: migrations and seeding run under the advisory lock.
start_instance "$a_port" Reader__Database=Postgres ConnectionStrings__Default="$postgres"
a_pid=$app_pid
start_instance "$b_port" Reader__Database=Postgres ConnectionStrings__Default="$postgres"
b_pid=$app_pid
wait_instance "$a_port" "$a_pid"; wait_instance "$b_port" "$b_pid"

sqlite_front=$(free_port); postgres_front=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    upstream sqlite { server $HOST:$sqlite_port; keepalive 64; }
    upstream postgres { server $HOST:$a_port; server $HOST:$b_port; keepalive 64; }
    server { listen $HOST:$sqlite_front; location / { proxy_pass http://sqlite; proxy_http_version 1.1; proxy_set_header Connection ""; } }
    server { listen $HOST:$postgres_front; location / { proxy_pass http://postgres; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 40); do curl -fs -o /dev/null "http://$HOST:$postgres_front$PAGE" && break; sleep 0.25; done

measure() { # port: prints requests/s and p99
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://$HOST:$1$PAGE" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://$HOST:$1$PAGE" >"$work/wrk-$1.txt"
    local rps p99 errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-$1.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$1.txt")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk-$1.txt" | tr '\n' ' ')
    echo "$rps $p99 ${errors:-none}"
}

echo
echo "== reading page $PAGE, wrk $THREADS threads, $CONNECTIONS connections, $DURATION, through nginx"
read -r sqlite_rps sqlite_p99 sqlite_errors <<<"$(measure "$sqlite_front")"
read -r postgres_rps postgres_p99 postgres_errors <<<"$(measure "$postgres_front")"
ratio=$(awk -v p="$postgres_rps" -v s="$sqlite_rps" 'BEGIN { printf "%.2f", p / s }')
printf '  %-36s %10s req/s   p99 %8s   errors: %s\n' "SQLite, one instance" "$sqlite_rps" "$sqlite_p99" "$sqlite_errors"
printf '  %-36s %10s req/s   p99 %8s   errors: %s\n' "PostgreSQL, two instances" "$postgres_rps" "$postgres_p99" "$postgres_errors"
status=0
if [[ $sqlite_errors != none || $postgres_errors != none ]]; then
    echo "  errors in the reading run: the figures above do not count"
    status=1
fi
if awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { exit !(r >= m) }'; then
    echo "  ratio $ratio (goal >= $MIN_RATIO: met)"
else
    echo "  ratio $ratio (goal >= $MIN_RATIO: missed)"
    status=1
fi

echo
echo "== note writes, 20 writers x 50 notes over the two PostgreSQL instances"
"${load[@]}" writes --urls "http://$HOST:$a_port,http://$HOST:$b_port" --mail "$work/mail" --postgres "$postgres" || status=1

echo
echo "== failover: the same load, the second instance killed after 300 acknowledged notes"
"${load[@]}" failover --urls "http://$HOST:$a_port,http://$HOST:$b_port" --mail "$work/mail" --postgres "$postgres" --kill-pid "$b_pid" --kill-after 300 || status=1
exit "$status"
