# Shared by the bench scripts (source it): a temporary folder cleaned up however the script ends, the app published
# and started on 127.0.0.1 with a temporary SQLite database, a reader account made through the real forms, and a median.
# The caller sets `repo` and defines `die`, then calls bench_workdir; it may define bench_extra_cleanup.

readonly BENCH_HOST=127.0.0.1
app_pid=''
work=''

# Makes the temporary folder $work (named after $1); when the script ends, however it ends, the app is stopped,
# bench_extra_cleanup runs if the script defines it, and the folder is deleted.
bench_workdir() {
    work=$(mktemp -d -t "articlereader-$1.XXXXXX")
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

bench_cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if declare -F bench_extra_cleanup >/dev/null; then bench_extra_cleanup; fi
    rm -rf "$work"
    exit "$status"
}

# A port nothing listens on (probed; the server binds it a moment later). $1: a port to avoid.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if [[ $port != "${1:-}" ]] && ! (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found on $BENCH_HOST"
}

# The median of the numbers on standard input, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Publishes the app in Release into $work/app.
app_publish() {
    echo "Publishing the app (Release) into $work/app ..."
    dotnet publish "$repo/src/ArticleReader" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
        || { cat "$work/publish.log" >&2; die "dotnet publish failed"; }
}

# Starts the published app on URL $1 in Production, over $work/reader.db with the repository's seeds, account mail
# in $work/mail; further arguments are NAME=value settings for its environment (a later one wins, so they may name
# another database). Sets app_pid; the log is $app_log ($work/app.log unless the caller names one per instance).
app_start() {
    local url=$1
    shift
    env ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__Default="Data Source=$work/reader.db" \
        Reader__SeedsPath="$repo/seeds" \
        Reader__ContentPath="$repo/content" \
        Accounts__MailPickupPath="$work/mail" \
        "$@" \
        dotnet "$work/app/ArticleReader.dll" --urls "$url" >"${app_log:-$work/app.log}" 2>&1 &
    app_pid=$!
}

# Waits up to 60 s for URL $1 to answer.
app_wait() {
    for _ in $(seq 1 120); do
        if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
        kill -0 "$app_pid" 2>/dev/null || { cat "${app_log:-$work/app.log}" >&2; die "the app exited while starting"; }
        sleep 0.5
    done
    cat "${app_log:-$work/app.log}" >&2
    die "the app did not answer $1 within 60 s"
}

# The antiforgery token of the form at URL $1, keeping the cookies in jar $2.
form_token() {
    curl -fsS -c "$2" -b "$2" "$1" \
        | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# Registers reader $2 (password $3) on the app at $1 through the sign-up form, then follows the confirmation link
# from the mail folder, as a reader would; the jar $4 then holds the reader's sign-in cookie.
reader_register() {
    local url=$1 email=$2 password=$3 jar=$4 token link
    token=$(form_token "$url/account/register" "$jar")
    [[ -n $token ]] || die "no antiforgery token on /account/register"
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$url/account/register" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$email" \
        --data-urlencode "Input.DisplayName=Bench Reader" --data-urlencode "Input.Password=$password" \
        || die "registering $email failed"
    link=$(grep -h -o '/account/confirm?[^[:space:]]*' $(grep -l "To: $email" "$work"/mail/*.eml 2>/dev/null) 2>/dev/null | tail -1)
    [[ -n $link ]] || die "no confirmation mail for $email in $work/mail"
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$url$link" || die "confirming $email failed"
}
