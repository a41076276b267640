#!/usr/bin/env bash
# Search and digest benchmark: 100,000 generated articles in a local PostgreSQL, the packaged app, wrk at 50
# connections. Needs: PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, wrk (apt-get install -y wrk),
# a JDK 21+. Usage: src/bench/search/run.sh   (env: PORT, DURATION, SKIP_FILL=1 to reuse the filled database,
# CACHED=0 to skip the cached runs, JAR=path/to/quarkus-run.jar to measure another build, DB=database name)
#
# Search is measured twice: with the per-pod search cache off (every request costs its database queries) and
# with it on (the default; the mix repeats its 10 queries, so after the first round every answer is a hit).
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/jdk.sh
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
DB=${DB:-macrodigest_bench}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

if [ "${SKIP_FILL:-0}" != 1 ]; then
    $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

. src/bench/app.sh

# usage: start_app [VAR=value...]; out of order: a database kept with SKIP_FILL=1 may have been migrated by a
# build that lacked some lower versions
start_app() {
    env "$@" QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_FLYWAY_OUT_OF_ORDER=true QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_HTTP_PORT=$PORT \
        QUARKUS_LOG_LEVEL=WARN java -Xmx1g -jar "$JAR" >> target/bench-app.log 2>&1 &
    APP=$!
    for _ in $(seq 1 180); do
        curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "$BASE/q/health/ready" >/dev/null
}

: > target/bench-app.log
start_app DIGEST_CACHE_SEARCHES=0
if [ "${SKIP_FILL:-0}" != 1 ]; then
    echo "Filling $DB with 100,000 articles (takes a few minutes)..."
    time $PSQL -d $DB -f src/bench/search/fill.sql
fi
$PSQL -d $DB -Atc "select 'articles: ' || count(*) from article"
# every table and index search reads, per article (V11 table with its toast and indexes)
$PSQL -d $DB -Atc "select 'search tables: ' || pg_size_pretty(pg_total_relation_size('article_search')) || ', '
    || round(pg_total_relation_size('article_search') / 1024.0 / count(*), 1) || ' KB per article' from article_search"

# CPU time (clock ticks) of the app and of the database's backends for $DB (PostgreSQL on this machine); the
# machine's other load does not count, so runs compare even when req/s swings with it
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local sum=0
    for pid in $($PSQL -d postgres -Atc "select pid from pg_stat_activity where datname = '$DB'"); do
        sum=$((sum + $(ticks "$pid")))
    done
    echo $sum
}

# a 10 s timeout so that slow searches count in the latency figures instead of vanishing as timeouts; prints the
# CPU a request cost at 50 connections (the pool's connections stay open through the run)
search() {
    local pg0 app0 out
    pg0=$(pg_ticks); app0=$(ticks "$APP")
    out=$(wrk -t2 -c50 -d"$DURATION" --latency --timeout 10s -s src/bench/search/search.lua "$BASE")
    echo "$out"
    echo "$out" | awk -v pg=$(( $(pg_ticks) - pg0 )) -v app=$(( $(ticks "$APP") - app0 )) -v hz="$(getconf CLK_TCK)" \
        '/requests in/ {printf "CPU per request: PostgreSQL %.1f ms, app %.1f ms\n", pg * 1000 / hz / $1, app * 1000 / hz / $1}'
}

echo "Warming up (search cache off)..."
wrk -t2 -c10 -d10s -s src/bench/search/search.lua "$BASE" >/dev/null
echo "== search, cache off, 1 connection, $DURATION; load: $(uptime | sed 's/.*load/load/')"
wrk -t1 -c1 -d"$DURATION" --latency --timeout 10s -s src/bench/search/search.lua "$BASE"
echo "== search, cache off (10 query shapes, facets and snippets on), 50 connections, $DURATION; load: $(uptime | sed 's/.*load/load/')"
search
stop_app
[ "${CACHED:-1}" = 1 ] || exit 0

start_app
WEEK=$(date -u -d '3 days ago' +%F)
DIGEST="$BASE/api/digest?period=week&date=$WEEK"
# a fresh JVM: 15 s gives the JIT time to compile the hit path before it is measured
echo "Warming up..."
wrk -t2 -c50 -d15s -s src/bench/search/search.lua "$BASE" >/dev/null
wrk -t2 -c50 -d10s "$DIGEST" >/dev/null
echo "== search, cache on (the default; same mix), 50 connections, $DURATION; load: $(uptime | sed 's/.*load/load/')"
search
echo "== cached digest (week, JSON), 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency "$DIGEST"
echo "== cached digest (week, RSS), 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency "$DIGEST&format=rss"
