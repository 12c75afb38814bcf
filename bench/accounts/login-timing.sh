#!/usr/bin/env bash
# Account enumeration check, as a hostile tester would make it against a Production build on 127.0.0.1:
# - a failed sign-in for an existing account and for an unknown email, 20 tries each, interleaved, after a warm-up:
#   the answers must be identical and the median times within 20% of each other (unknown emails are hashed too);
# - signing up with an email that has an account and with a new one must answer identically.
#
#   bench/accounts/login-timing.sh
#
# Exit status: 0 when every goal is met, 1 when one is missed, 2 when the benchmark could not run.
set -euo pipefail

readonly TRIES=20
readonly WARMUP_TRIES=3
readonly MAX_TIME_DIFFERENCE=0.20

repo=$(cd "$(dirname "$0")/../.." && pwd)
die() { echo "login-timing.sh: $*" >&2; exit 2; }
for tool in curl dotnet awk; do command -v "$tool" >/dev/null 2>&1 || die "missing: $tool"; done
# shellcheck source=../lib/app.sh
source "$repo/bench/lib/app.sh"

bench_workdir login

url="http://$BENCH_HOST:$(free_port)"
app_publish
# The attempt limit is raised so the benchmark measures the sign-in itself, not the 429s that would follow.
app_start "$url" Accounts__AttemptsPerWindow=100000
app_wait "$url/"

readonly KNOWN=known-reader@example.org
readonly UNKNOWN=nobody-here@example.org
reader_register "$url" "$KNOWN" 'Known-Reader-7' "$work/known.jar"
echo "Registered and confirmed $KNOWN."

# The answer with what legitimately differs between two tries taken out: the antiforgery token and the email typed.
normalized() { sed -e 's/value="CfDJ8[^"]*"/value="TOKEN"/g' -e "s/$KNOWN/EMAIL/g; s/$UNKNOWN/EMAIL/g; s/new-[0-9]*@example.org/EMAIL/g" "$1"; }

# One failed sign-in for email $1: prints the seconds the POST took; the answer goes to $work/answer-$2.
failed_sign_in() {
    local jar="$work/try.jar" token
    rm -f "$jar"
    token=$(form_token "$url/account/login" "$jar")
    curl -sS -o "$work/answer-$2" -w '%{http_code} %{time_total}\n' -c "$jar" -b "$jar" "$url/account/login" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$1" \
        --data-urlencode "Input.Password=Wrong-Password-1" | tee -a "$work/status-$2" | awk '{ print $2 }'
}

for _ in $(seq 1 "$WARMUP_TRIES"); do failed_sign_in "$KNOWN" known >/dev/null; failed_sign_in "$UNKNOWN" unknown >/dev/null; done
: >"$work/status-known"; : >"$work/status-unknown"
for _ in $(seq 1 "$TRIES"); do
    failed_sign_in "$KNOWN" known >>"$work/times-known"
    failed_sign_in "$UNKNOWN" unknown >>"$work/times-unknown"
done

mean() { awk '{ s += $1 } END { print s / NR }' "$1"; }
known_median=$(median <"$work/times-known"); unknown_median=$(median <"$work/times-unknown")
known_mean=$(mean "$work/times-known"); unknown_mean=$(mean "$work/times-unknown")

failures=0
printf 'failed sign-in, %d tries each, interleaved:\n' "$TRIES"
printf '  existing account: median %.1f ms, mean %.1f ms, statuses %s\n' "$(echo "$known_median * 1000" | bc)" \
    "$(echo "$known_mean * 1000" | bc)" "$(awk '{ print $1 }' "$work/status-known" | sort | uniq -c | xargs)"
printf '  unknown email:    median %.1f ms, mean %.1f ms, statuses %s\n' "$(echo "$unknown_median * 1000" | bc)" \
    "$(echo "$unknown_mean * 1000" | bc)" "$(awk '{ print $1 }' "$work/status-unknown" | sort | uniq -c | xargs)"
difference=$(awk -v a="$known_median" -v b="$unknown_median" 'BEGIN { d = (a > b ? a - b : b - a) / (a < b ? a : b); print d }')
printf '  difference of the medians: %.1f%% (goal <= %.0f%%)\n' "$(echo "$difference * 100" | bc -l)" "$(echo "$MAX_TIME_DIFFERENCE * 100" | bc)"
(( $(echo "$difference <= $MAX_TIME_DIFFERENCE" | bc -l) )) || failures=$((failures + 1))
if cmp -s <(normalized "$work/answer-known"; awk '{ print $1 }' "$work/status-known" | sort -u) \
          <(normalized "$work/answer-unknown"; awk '{ print $1 }' "$work/status-unknown" | sort -u); then
    echo "  answers: identical"
else
    echo "  answers: DIFFERENT"; diff <(normalized "$work/answer-known") <(normalized "$work/answer-unknown") | head -20
    failures=$((failures + 1))
fi

# Sign-up with the existing email and with a new one.
sign_up() {
    local jar="$work/signup.jar" token
    rm -f "$jar"
    token=$(form_token "$url/account/register" "$jar")
    curl -sS -o "$work/signup-$2" -w '%{http_code}\n' -c "$jar" -b "$jar" "$url/account/register" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$1" \
        --data-urlencode "Input.DisplayName=Bench Reader" --data-urlencode "Input.Password=Another-Pass-8" >>"$work/signup-$2"
}
sign_up "$KNOWN" known
sign_up "new-$RANDOM@example.org" new
if cmp -s <(normalized "$work/signup-known") <(normalized "$work/signup-new"); then
    echo "sign-up with an existing and a new email: identical answers ($(tail -1 "$work/signup-new"))"
else
    echo "sign-up with an existing and a new email: DIFFERENT answers"
    diff <(normalized "$work/signup-known") <(normalized "$work/signup-new") | head -20
    failures=$((failures + 1))
fi
printf 'load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

if ((failures == 0)); then echo "every goal met"; else echo "$failures goal(s) missed"; exit 1; fi
