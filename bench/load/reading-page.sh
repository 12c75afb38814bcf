#!/usr/bin/env bash
# Load benchmark of one page: the app (Release, Kestrel, its own temporary SQLite database) against the same
# bytes served by nginx from a temporary folder (the static ceiling), both measured with wrk in the same run.
# Everything listens on 127.0.0.1 only, and everything the script starts is stopped when it ends.
#
#   bench/load/reading-page.sh [--signed-in] [PATH]
#       PATH defaults to the seed's reading page (see README.md beside this file); --signed-in measures the page as a
#       reader who is signed in sees it (a new account, its sign-in cookie sent with every request)
#
# Exit status: 0 when both goals are met, 1 when one is missed, 2 when the benchmark could not run.
set -euo pipefail

readonly DEFAULT_PATH=/articles/military-cooperation-between-israel-and-azerbaijan
readonly HOST=127.0.0.1
readonly THREADS=2
readonly CONNECTIONS=32
readonly DURATION=15s
readonly WARMUP=${WARMUP:-5s}
# nginx's own figure swings between runs of a few seconds on a shared 2-core machine, so the two servers are measured
# in turn this many times and the medians are compared.
readonly ROUNDS=${ROUNDS:-3}
readonly MAX_P99_MS=20

signed_in=0
if [[ ${1:-} == --signed-in ]]; then
    signed_in=1
    shift
fi
# A signed-in reader's page is rendered for them (their notes and name), so its goal is lower than the cached page's.
if ((signed_in)); then readonly MIN_RATIO=0.4; else readonly MIN_RATIO=0.5; fi

page_path=${1:-$DEFAULT_PATH}
repo=$(cd "$(dirname "$0")/../.." && pwd)

die() { echo "reading-page.sh: $*" >&2; exit 2; }

# Only a path on this machine's servers: no scheme, no host, no spaces.
path_pattern='^/[A-Za-z0-9._~/%?=,&:+-]*$'
[[ $page_path =~ $path_pattern ]] || die "the argument must be a path starting with / (got '$page_path'); the host is always $HOST"

missing=()
for tool in wrk nginx curl dotnet; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]} > 0)); then
    die "missing: ${missing[*]}. Install wrk and nginx with: apt-get install -y wrk nginx-light (curl: apt-get install -y curl; dotnet: the .NET 10 SDK)"
fi

# shellcheck source=../lib/app.sh
source "$repo/bench/lib/app.sh"
nginx_pid=''
bench_extra_cleanup() {
    if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
}
bench_workdir load

app_port=$(free_port)
nginx_port=$(free_port "$app_port")
app_url="http://$HOST:$app_port"
nginx_url="http://$HOST:$nginx_port"

# --- the app ------------------------------------------------------------------------------------------------
app_publish
echo "Starting the app on $app_url with a temporary database ..."
app_start "$app_url"
app_wait "$app_url/"

# Signed in: a reader registered through the form and confirmed from the mail folder; the sign-in cookie is sent.
cookie_header=()
if ((signed_in)); then
    jar="$work/cookies.txt"
    reader_register "$app_url" "bench-$RANDOM@example.org" 'Bench-Reader-9' "$jar"
    # Every cookie the reader holds, as a browser sends them: the sign-in cookie and the antiforgery one.
    identity=$(awk 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
    cookie_header=(-H "Cookie: $identity")
    curl -fsS "${cookie_header[@]}" "$app_url/" | grep -q 'Signed in as' || die "the bench reader is not signed in"
    echo "Signed in as a new reader; requests carry the sign-in cookie."
fi

status=$(curl -sS -o "$work/page.html" -w '%{http_code}' "${cookie_header[@]}" "$app_url$page_path")
[[ $status == 200 ]] || die "GET $page_path answered $status, not 200: is the page there?"

# --- the static copy ----------------------------------------------------------------------------------------
# The page's HTML at the same path, and its same-origin stylesheets and scripts at theirs.
www="$work/www"
mkdir -p "$www"
cp "$work/page.html" "$www/page.html"
assets=$(grep -oiE '<(link[^>]*rel="?stylesheet"?[^>]*|script[^>]*src=[^>]*)>' "$work/page.html" \
    | grep -oiE '(href|src)="/[^/"][^"]*"' | sed -E 's/^(href|src)="//I; s/"$//; s/&amp;/\&/g' | sort -u || true)
for asset in $assets; do
    file="$www/${asset%%\?*}"
    mkdir -p "$(dirname "$file")"
    curl -fsS -o "$file" "$app_url$asset" || die "could not fetch $asset"
    echo "  copied $asset"
done
chmod -R a+rX "$www"
chmod a+x "$work"

mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    types { text/html html; text/css css; text/javascript js; }
    default_type application/octet-stream;
    server {
        listen $HOST:$nginx_port;
        root $www;
        location = ${page_path%%\?*} { default_type "text/html; charset=utf-8"; try_files /page.html =404; }
    }
}
EOF
echo "Starting nginx on $nginx_url serving the saved copy from $www ..."
nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 40); do
    if curl -fsS -o /dev/null "$nginx_url$page_path" 2>/dev/null; then break; fi
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/logs/error.log" >&2; die "nginx exited while starting"; }
    sleep 0.25
done
curl -fsS -o "$work/static.html" "$nginx_url$page_path" || die "nginx does not serve $page_path"
cmp -s "$work/page.html" "$work/static.html" || die "nginx serves other bytes than the app"
echo "Page: $page_path, $(wc -c <"$work/page.html") bytes of HTML"

# --- measure ------------------------------------------------------------------------------------------------
# wrk's "99%" latency in milliseconds.
p99_ms() {
    awk '$1 == "99%" {
        v = $2
        if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v) }
        else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
        printf "%.2f", v
    }' "$1"
}
rps() { awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$1"; }

measure() { # out url [wrk options]
    local out=$1 url=$2
    shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $* $url" >&2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
    sed 's/^/    /' "$out" >&2
    if grep -qE 'Non-2xx|Socket errors' "$out"; then
        die "$out: wrk saw errors (see above)"
    fi
}

static_rounds=() app_rounds=()
for round in $(seq 1 "$ROUNDS"); do
    echo
    echo "Round $round of $ROUNDS: nginx (static ceiling), then the app, each after a $WARMUP warm-up ..."
    measure "$work/wrk-static-$round.txt" "$nginx_url$page_path"
    measure "$work/wrk-app-$round.txt" "$app_url$page_path" "${cookie_header[@]}"
    static_rounds+=("$(rps "$work/wrk-static-$round.txt")")
    app_rounds+=("$(rps "$work/wrk-app-$round.txt")")
done

static_rps=$(printf '%s\n' "${static_rounds[@]}" | median)
app_rps=$(printf '%s\n' "${app_rounds[@]}" | median)
static_p99=$(for f in "$work"/wrk-static-*.txt; do p99_ms "$f"; echo; done | median)
app_p99=$(for f in "$work"/wrk-app-*.txt; do p99_ms "$f"; echo; done | median)
ratio=$(awk -v a="$app_rps" -v s="$static_rps" 'BEGIN { printf "%.2f", a / s }')

verdict() { if [[ $1 == 1 ]]; then echo PASS; else echo FAIL; fi; }
ratio_ok=$(awk -v r="$ratio" -v m="$MIN_RATIO" 'BEGIN { print (r >= m) ? 1 : 0 }')
p99_ok=$(awk -v p="$app_p99" -v m="$MAX_P99_MS" 'BEGIN { print (p < m) ? 1 : 0 }')
# The p99 goal is the anonymous page's; a signed-in page is only held to its throughput goal.
if ((signed_in)); then p99_ok=1; fi

echo
echo "Results for $page_path$( ((signed_in)) && echo ', signed in') ($CONNECTIONS connections, $THREADS threads, $DURATION, $(nproc) cores, same machine)"
echo "  requests/s per round: nginx ${static_rounds[*]}; app ${app_rounds[*]}"
printf '  %-16s %12s %14s\n' server "median req/s" "median p99"
printf '  %-16s %12s %11s ms\n' "nginx (static)" "$static_rps" "$static_p99"
printf '  %-16s %12s %11s ms\n' "app (Kestrel)" "$app_rps" "$app_p99"
echo "  app / static requests per second: $ratio"
echo
echo "  goal: app >= $MIN_RATIO x static requests/s   $(verdict "$ratio_ok")  ($ratio)"
echo "  goal: app p99 < $MAX_P99_MS ms                  $(verdict "$p99_ok")  ($app_p99 ms)"

if [[ $ratio_ok == 1 && $p99_ok == 1 ]]; then
    echo "  overall: PASS"
    exit 0
fi
echo "  overall: FAIL"
exit 1
