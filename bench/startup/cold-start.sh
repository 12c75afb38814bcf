#!/usr/bin/env bash
# Cold start of the server: publish the app (Release), start it with an empty temporary SQLite database, so start-up
# applies the migrations and ingests seeds/ (the models are loaded from nothing), and measure the seconds until the
# library page and the seed's reading page answer 200, then the server's resident memory (VmRSS).
# Goals: the first page within 25 s of the start, at most 700 MB RSS after ingesting the seed.
#
#   bench/startup/cold-start.sh
#
# Exit status: 0 when both goals are met, 1 when one is missed, 2 when the benchmark could not run.
set -euo pipefail

readonly SEED_PATH=/articles/military-cooperation-between-israel-and-azerbaijan
readonly MAX_FIRST_PAGE_S=25
readonly MAX_RSS_MB=700
readonly GIVE_UP_S=120

repo=$(cd "$(dirname "$0")/../.." && pwd)
die() { echo "cold-start.sh: $*" >&2; exit 2; }
for tool in curl dotnet; do command -v "$tool" >/dev/null 2>&1 || die "missing: $tool"; done

# shellcheck source=../lib/app.sh
source "$repo/bench/lib/app.sh"
work=$(mktemp -d -t articlereader-start.XXXXXX)
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

url="http://$BENCH_HOST:$(free_port)"
app_publish
start=$(date +%s.%N)
app_start "$url"

# Seconds from the start until PATH answers 200.
wait_for() {
    while true; do
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; die "the app stopped"; }
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "$url$1" || true) == 200 ]]; then
            echo "$(date +%s.%N) - $start" | bc
            return 0
        fi
        (( $(echo "$(date +%s.%N) - $start > $GIVE_UP_S" | bc) )) && die "$1 did not answer 200 within $GIVE_UP_S s"
        sleep 0.2
    done
}

first=$(wait_for /)
seed=$(wait_for "$SEED_PATH")
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status")
rss_mb=$((rss_kb / 1024))

printf 'first page (/) answered %.1f s after the start (goal <= %d s)\n' "$first" "$MAX_FIRST_PAGE_S"
printf 'seed reading page answered %.1f s after the start\n' "$seed"
printf 'resident memory after ingesting the seed: %d MB (goal <= %d MB)\n' "$rss_mb" "$MAX_RSS_MB"
printf 'load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

if (( $(echo "$first <= $MAX_FIRST_PAGE_S" | bc) )) && (( rss_mb <= MAX_RSS_MB )); then
    echo "both goals met"
else
    echo "a goal is missed"
    exit 1
fi
