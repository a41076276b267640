#!/usr/bin/env bash
# Search and digest benchmark: 100,000 generated articles in a local PostgreSQL, the packaged app, wrk at 50
# connections. Needs: PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, wrk (apt-get install -y wrk),
# a JDK 21+. Usage: bench/search/run.sh   (env: PORT, DURATION, SKIP_FILL=1 to reuse the filled database)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
DB=macrodigest_bench
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

if [ "${SKIP_FILL:-0}" != 1 ]; then
    $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

# out of order: a database kept with SKIP_FILL=1 may have been migrated by a build that lacked some lower versions
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_FLYWAY_OUT_OF_ORDER=true QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null

if [ "${SKIP_FILL:-0}" != 1 ]; then
    echo "Filling $DB with 100,000 articles (takes a few minutes)..."
    time $PSQL -d $DB -f bench/search/fill.sql
fi
$PSQL -d $DB -Atc "select 'articles: ' || count(*) from article"

WEEK=$(date -u -d '3 days ago' +%F)
DIGEST="http://127.0.0.1:$PORT/api/digest?period=week&date=$WEEK"
echo "Warming up..."
wrk -t2 -c10 -d5s -s bench/search/search.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c10 -d5s "$DIGEST" >/dev/null

echo "== search (10 query shapes, facets and snippets on), 50 connections, $DURATION"
# a 10 s timeout so that slow searches count in the latency figures instead of vanishing as timeouts
wrk -t2 -c50 -d"$DURATION" --latency --timeout 10s -s bench/search/search.lua "http://127.0.0.1:$PORT"
echo "== cached digest (week, JSON), 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency "$DIGEST"
echo "== cached digest (week, RSS), 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency "$DIGEST&format=rss"
