#!/usr/bin/env bash
# /api/sentiment over HTTP: the packaged app pinned to one core (taskset), one client on another core posting
# 1,000 headlines a request. Headlines: the titles of the Reuters dev corpus, read in place (evaluation use only).
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres), python3, taskset, a JDK 21+.
# Usage: src/bench/analysis/sentiment-http.sh   (env: PORT, REQUESTS, CORPORA_DIR, CORE)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/jdk.sh
PORT=${PORT:-18095}
REQUESTS=${REQUESTS:-50}
CORE=${CORE:-1}
CORPORA_DIR=${CORPORA_DIR:-../shared/corpora}
DB=macrodigest_sentiment_bench

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_SCHEDULER_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
    taskset -c "$CORE" java -XX:ActiveProcessorCount=1 -jar target/quarkus-app/quarkus-run.jar > target/sentiment-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
    sleep 1
done

python3 - "$PORT" "$REQUESTS" "$CORPORA_DIR/drivers-dev/reuters-macro-train.csv" <<'PY'
import csv, json, sys, time, urllib.request
port, requests, corpus = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
csv.field_size_limit(10**8)
with open(corpus, newline='', encoding='utf-8') as f:
    titles = [row['title'] for row in csv.DictReader(f) if row['title'].strip()]
headlines = (titles * (1000 // len(titles) + 1))[:1000]
body = json.dumps({'texts': headlines}).encode()
def post():
    req = urllib.request.Request(f'http://127.0.0.1:{port}/api/sentiment', body, {'Content-Type': 'application/json'})
    with urllib.request.urlopen(req, timeout=60) as r:
        assert r.status == 200 and len(json.load(r)['results']) == 1000
for _ in range(20):
    post()
took = []
for _ in range(requests):
    t = time.perf_counter(); post(); took.append(time.perf_counter() - t)
took.sort()
print(f"/api/sentiment over HTTP, server on one core: {requests} requests of 1,000 headlines "
      f"(mean {sum(len(h.split()) for h in headlines)/1000:.1f} words), "
      f"{1000*requests/sum(took):.0f} headlines/s, per request p50 {1000*took[len(took)//2]:.1f} ms, "
      f"p99 {1000*took[min(len(took)-1, int(0.99*len(took)))]:.1f} ms")
PY
