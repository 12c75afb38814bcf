#!/usr/bin/env bash
# Lighthouse, mobile and desktop, on the seed's reading page and the library of a Production build served on
# 127.0.0.1 with a temporary database; prints the four category scores of each run. Goal: 100 in all four.
#
#   bench/lighthouse/run.sh
#
# Needs Node.js with npm (Lighthouse 12 is installed into a temporary folder, not the repository) and Chromium.
# Exit status: 0 when every score is 100, 1 when one is not, 2 when the benchmark could not run.
set -euo pipefail

readonly LIGHTHOUSE_VERSION=12.2.3
readonly CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
readonly SEED_PATH=/articles/military-cooperation-between-israel-and-azerbaijan

repo=$(cd "$(dirname "$0")/../.." && pwd)
die() { echo "lighthouse/run.sh: $*" >&2; exit 2; }
for tool in curl dotnet npm node python3; do command -v "$tool" >/dev/null 2>&1 || die "missing: $tool"; done
[[ -x $CHROMIUM ]] || die "no Chromium at $CHROMIUM (apt-get install -y chromium, or set CHROMIUM)"
# shellcheck source=../lib/app.sh
source "$repo/bench/lib/app.sh"

bench_workdir lighthouse

echo "Installing Lighthouse $LIGHTHOUSE_VERSION into $work/lighthouse ..."
npm install --prefix "$work/lighthouse" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION" >"$work/npm.log" 2>&1 \
    || { cat "$work/npm.log" >&2; die "npm could not install lighthouse"; }

url="http://$BENCH_HOST:$(free_port)"
app_publish
app_start "$url"
app_wait "$url$SEED_PATH"

failures=0
for page in "$SEED_PATH" /; do
    for form in mobile desktop; do
        preset=()
        [[ $form == desktop ]] && preset=(--preset=desktop)
        report="$work/report-$form.json"
        CHROME_PATH=$CHROMIUM "$work/lighthouse/node_modules/.bin/lighthouse" "$url$page" "${preset[@]}" --quiet \
            --output=json --output-path="$report" \
            --chrome-flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
            >"$work/lighthouse.log" 2>&1 || { cat "$work/lighthouse.log" >&2; die "lighthouse failed on $page ($form)"; }
        scores=$(python3 -c 'import json, sys
categories = json.load(open(sys.argv[1]))["categories"]
print(" ".join(f"{name}={round(c['"'"'score'"'"'] * 100)}" for name, c in categories.items()))' "$report")
        printf '%-60s %-8s %s\n' "$page" "$form" "$scores"
        [[ $scores =~ =([0-9]|[1-9][0-9])( |$) ]] && failures=$((failures + 1))
    done
done

if ((failures == 0)); then echo "every score is 100"; else echo "$failures run(s) below 100"; exit 1; fi
