#!/usr/bin/env bash
# Start-up benchmark: time from launching the packaged jar to its first ready response (GET /q/health/ready
# answering 200), and the resident memory at that moment; the median of RUNS runs (default 5) against a database
# on the local PostgreSQL that the first, unmeasured start migrates. Needs PostgreSQL on 127.0.0.1:5432 with
# trust auth for user postgres and a JDK 21+.
# Usage: src/bench/startup/run.sh   (env: PORT, RUNS, DB, JAR=path/to/quarkus-run.jar, JAVA_OPTS;
#   AOT=trained (default): with a JDK 25 AOT cache from a training run against that database, made first when
#     missing or older than the jar (app.aot next to the jar; the README's run command uses the same);
#   AOT=static: with a cache trained as the JVM image trains its own (a start without a database);
#   AOT=none: without any cache;
#   PHASES=1: also one start with -Dquarkus.debug.print-startup-times=true, printing its slowest start steps)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/jdk.sh
PORT=${PORT:-18090}
RUNS=${RUNS:-5}
DB=${DB:-macrodigest_startup}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
[ "$($PSQL -d postgres -c "select count(*) from pg_database where datname = '$DB'")" = 1 ] \
    || $PSQL -d postgres -c "create database $DB"

. src/bench/app.sh

# Sets STATUS to the status of GET /q/health/ready, empty while nothing answers. Bash's own /dev/tcp, and `read -t`
# as the 10 ms pause: polling by starting curl and sleep 100 times a second took a good part of one of the two cores
# from the start it measured.
probe() {
    STATUS=
    { exec {http}<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null || return 0
    printf 'GET /q/health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&"$http"
    read -rt 5 -u "$http" _ STATUS _ || STATUS=
    exec {http}>&-
}
exec {PAUSE}<> <(:)   # never has anything to read: `read -t` on it waits without starting a process

# prints "milliseconds-to-ready RSS-in-MB" of one start; arguments go to the JVM
start_once() {
    local t0 t1
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_HTTP_PORT=$PORT \
        java ${JAVA_OPTS:-} "$@" -jar "$JAR" >> target/startup-app.log 2>&1 &
    APP=$!
    until probe; [ "$STATUS" = 200 ]; do
        kill -0 "$APP" 2>/dev/null || { echo "the app exited; see target/startup-app.log" >&2; exit 1; }
        read -rt 0.01 -u "$PAUSE" || true
    done
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$APP/status)"
    [ "${KEEP:-0}" = 1 ] || stop_app
}

: > target/startup-app.log
start_once > /dev/null   # migrates the database (the first time) and warms the OS file cache
CACHE="$(dirname "$JAR")/app.aot"
case "${AOT:-trained}" in
    trained)
        if [ ! -f "$CACHE" ] || [ "$JAR" -nt "$CACHE" ]; then
            echo "Training run for the AOT cache $CACHE..."
            KEEP=1 start_once -XX:AOTCacheOutput="$CACHE" > /dev/null
            # the first requests load the classes of a search, a digest and the pages as well
            for path in / "/api/search?q=rates" "/api/digest?period=week" "/search?q=rates" "/digest?period=day"; do
                curl -s -o /dev/null "http://127.0.0.1:$PORT$path"
            done
            stop_app   # the JVM writes the cache as it exits
        fi
        JAVA_OPTS="-XX:AOTCache=$CACHE ${JAVA_OPTS:-}" ;;
    static)
        # trained as docker/Dockerfile.jvm trains the image's cache: a start without a database (no migration, no
        # scheduler) until the HTTP server answers (readiness 503), then SIGTERM
        CACHE="$(dirname "$JAR")/app-static.aot"
        if [ ! -f "$CACHE" ] || [ "$JAR" -nt "$CACHE" ]; then
            echo "Training run without a database for the AOT cache $CACHE..."
            QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:9/none QUARKUS_FLYWAY_MIGRATE_AT_START=false \
                QUARKUS_SCHEDULER_ENABLED=false DIGEST_EMBEDDING_LOAD_AT_STARTUP=false QUARKUS_HTTP_PORT=$PORT \
                java -XX:AOTCacheOutput="$CACHE" -jar "$JAR" >> target/startup-app.log 2>&1 &
            APP=$!
            until probe; [ -n "$STATUS" ]; do
                kill -0 "$APP" 2>/dev/null || { echo "the training run exited; see target/startup-app.log" >&2; exit 1; }
                read -rt 0.1 -u "$PAUSE" || true
            done
            stop_app
        fi
        JAVA_OPTS="-XX:AOTCache=$CACHE ${JAVA_OPTS:-}" ;;
    none) ;;
    *) echo "AOT is trained, static or none" >&2; exit 1 ;;
esac
echo "JVM options: ${JAVA_OPTS:-none}"
if [ "${PHASES:-0}" = 1 ]; then
    start_once -Dquarkus.debug.print-startup-times=true > /dev/null
    echo "slowest start steps (ms):"
    grep -a 'completed in:' target/startup-app.log \
        | sed -E 's/.*Build step (.*) completed in: ([0-9]+)ms/\2 \1/' | sort -rn | head -12
fi
results=()
for i in $(seq 1 "$RUNS"); do
    r=$(start_once)
    echo "run $i: ${r% *} ms to ready, RSS ${r#* } MB; $(uptime | sed 's/.*load/load/')"
    results+=("$r")
done
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo "median of $RUNS: $(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median) ms to the first ready response," \
    "RSS $(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median) MB"
