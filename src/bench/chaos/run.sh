#!/usr/bin/env bash
# Chaos run: two instances of the packaged jar on one PostgreSQL database poll fixture feeds served on loopback
# and ingest their pages while readers search and pull digests and feeds; mid-ingest one instance is killed
# with kill -9 and PostgreSQL is restarted once. Then it checks and prints: every fixture article stored exactly
# once, none half-stored, every source polled on schedule afterwards, every error response a problem document,
# and p99 latencies. Loopback only; bounded in time (about 4 minutes; every wait has a deadline).
# Not part of ./mvnw verify. Needs: PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, run by
# pg_ctlcluster on this machine (it is restarted once), python3, curl and a JDK 21+.
# Usage: src/bench/chaos/run.sh   (env: SOURCES (6), PAGES per source (30), JAR, DB (macrodigest_chaos))
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/jdk.sh
SOURCES=${SOURCES:-6}
PAGES=${PAGES:-30}
DB=${DB:-macrodigest_chaos}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
POLL_S=15
FIXTURES_PORT=18620
PORTS=(18621 18622)
KEY=chaos-key
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"
WORK=$(mktemp -d)
LOG=target/chaos
mkdir -p "$LOG"
rm -f "$LOG"/*.log

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

PIDS=()
cleanup() {
    for p in "${PIDS[@]}" ${APPS[@]:-}; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- fixtures: SOURCES RSS feeds that list their pages in three stages (a third each), on a loopback server ----
python3 - "$WORK" "$SOURCES" "$PAGES" "$FIXTURES_PORT" <<'EOF'
import os, random, sys
from datetime import datetime, timedelta, timezone
root, sources, pages, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rnd = random.Random(7)
words = ("the central bank said inflation rates growth markets bond yields dollar liquidity treasury curve "
         "investors expect policy easing tightening payrolls wages demand supply oil gold bitcoin equities credit "
         "spreads outlook risk data week month officials signalled").split()
now = datetime.now(timezone.utc)
for s in range(1, sources + 1):
    os.makedirs(f"{root}/s{s}", exist_ok=True)
    for i in range(1, pages + 1):
        paras = "".join("<p>" + " ".join(rnd.choice(words) for _ in range(60)).capitalize()
                        + f" Report {s}-{i} paragraph {p}.</p>" for p in range(6))
        published = (now - timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with open(f"{root}/s{s}/a{i}.html", "w") as f:
            f.write(f"<!doctype html><html lang=en><head><title>Wire {s} report {i}</title>"
                    f"<meta property='article:published_time' content='{published}'></head><body><article>"
                    f"<h1>Wire {s} report {i}: markets weigh the outlook</h1>{paras}</article></body></html>")
    for stage in (1, 2, 3):
        upto = pages * stage // 3
        items = "".join(f"<item><title>Wire {s} report {i}</title>"
                        f"<link>http://127.0.0.1:{port}/s{s}/a{i}.html</link></item>" for i in range(1, upto + 1))
        with open(f"{root}/s{s}/feed{stage}.xml", "w") as f:
            f.write(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire {s}</title>{items}</channel></rss>")
EOF
stage() { for s in $(seq 1 "$SOURCES"); do cp "$WORK/s$s/feed$1.xml" "$WORK/s$s/feed.xml"; done; echo "$(date -u +%T) feeds at stage $1"; }
stage 1
(cd "$WORK" && exec python3 -m http.server "$FIXTURES_PORT" --bind 127.0.0.1 > "$OLDPWD/$LOG/fixtures.log" 2>&1) &
PIDS+=($!)

# --- two instances ---------------------------------------------------------------------------------------------
APPS=("" "")
start() {   # start INDEX
    local i=$1
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_DATASOURCE_USERNAME=postgres \
        QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_HTTP_PORT=${PORTS[$i]} DIGEST_API_KEYS=$KEY \
        DIGEST_FETCH_ALLOWED_NETWORKS=127.0.0.1/32 DIGEST_FETCH_MIN_HOST_DELAY=0s DIGEST_SCRAPE_MIN_POLL_INTERVAL=5s \
        DIGEST_SAMPLE_CONTENT_ENABLED=false DIGEST_CACHE_VERSION_CHECK_INTERVAL=1s \
        java -Xmx512m -jar "$JAR" >> "$LOG/app$i.log" 2>&1 &
    APPS[$i]=$!
}
ready() {   # ready INDEX: waits up to 120 s
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "http://127.0.0.1:${PORTS[$1]}/q/health/ready" && return 0
        sleep 0.5
    done
    echo "instance $1 not ready in 120 s" >&2
    exit 1
}
start 0
ready 0   # the first one migrates the database alone
start 1
ready 1
echo "$(date -u +%T) two instances ready on ${PORTS[*]}"

for s in $(seq 1 "$SOURCES"); do
    curl -fs -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
        -d "{\"url\":\"http://127.0.0.1:$FIXTURES_PORT/s$s/feed.xml\",\"kind\":\"rss\",\"pollIntervalSeconds\":$POLL_S}" \
        "http://127.0.0.1:${PORTS[$((s % 2))]}/api/sources"
done

# --- readers: search, digests and feeds on both instances; one line per response -------------------------------
read_loop() {   # read_loop INDEX
    local base="http://127.0.0.1:${PORTS[$1]}" paths=("/api/search?q=inflation" "/api/search?q=%22central%20bank%22"
        "/api/digest?period=day" "/api/digest?period=week&format=rss" "/search?q=bond%20yields" "/api/articles?limit=5")
    local n=0
    while [ -f "$WORK/reading" ]; do
        local path=${paths[$((n % ${#paths[@]}))]}
        # status|seconds|content type|path; status 000: no response (the instance is down or the request timed out)
        if ! curl -s -o /dev/null -m 10 -w "%{http_code}|%{time_total}|%{content_type}|$path\n" "$base$path" \
            >> "$LOG/reads$1.log"; then
            sleep 0.2
        fi
        n=$((n + 1))
    done
}
touch "$WORK/reading"
read_loop 0 & PIDS+=($!)
read_loop 1 & PIDS+=($!)

count() { $PSQL -d "$DB" -c "select count(*) from article where url like 'http://127.0.0.1:$FIXTURES_PORT/%'" 2>/dev/null || echo "?"; }
wait_count() {   # wait_count AT-LEAST SECONDS
    for _ in $(seq 1 "$2"); do
        c=$(count); [ "$c" != "?" ] && [ "$c" -ge "$1" ] && return 0
        sleep 1
    done
    echo "$(date -u +%T) only $(count) of $1 articles after $2 s" >&2
}

wait_count $((SOURCES * PAGES / 3)) 90
echo "$(date -u +%T) stage 1 stored: $(count)"
stage 2
# kill -9 instance 0 as soon as the second stage's pages are being stored
wait_count $((SOURCES * PAGES / 3 + 3)) 60
kill -9 "${APPS[0]}"
echo "$(date -u +%T) kill -9 instance 0 at $(count) articles"
sleep 3
pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
RESTARTED=$(date -u +%FT%TZ)
echo "$(date -u +%T) PostgreSQL restarted"
start 0
ready 0
echo "$(date -u +%T) instance 0 back"
stage 3
wait_count $((SOURCES * PAGES)) 120
sleep $((POLL_S * 2))   # two more poll rounds, to see every source polled on schedule after the restarts
rm -f "$WORK/reading"
sleep 1

# --- checks ------------------------------------------------------------------------------------------------------
echo
echo "== checks ($(date -u +%T); PostgreSQL restarted at $RESTARTED)"
FAIL=0
check() { if [ "$2" = "$3" ]; then echo "ok   $1: $2"; else echo "FAIL $1: $2 (expected $3)"; FAIL=1; fi; }
expected=$((SOURCES * PAGES))
check "fixture articles stored" "$(count)" "$expected"
check "fixture pages stored more than once" "$($PSQL -d "$DB" -c "select count(*) from (select canonical_url from article
    group by 1 having count(*) > 1) d")" 0
check "articles not fully stored (not analysed, or without search row or summary)" "$($PSQL -d "$DB" -c "select count(*)
    from article a where a.status <> 'ANALYZED' or a.summary is null
    or not exists (select 1 from article_search s where s.article_id = a.id)")" 0
check "sources without a successful poll after the restarts" "$($PSQL -d "$DB" -c "select count(*) from source
    where last_success_at is null or last_success_at < timestamptz '$RESTARTED'")" 0
check "sources whose last success is over two intervals old" "$($PSQL -d "$DB" -c "select count(*) from source
    where last_success_at < now() - 2 * poll_interval_s * interval '1 second'")" 0
cat "$LOG"/reads*.log > "$LOG/reads.log"
python3 - "$LOG/reads.log" <<'EOF2' || FAIL=1
import collections, sys
rows = [line.rstrip("\n").split("|", 3) for line in open(sys.argv[1]) if line.count("|") >= 3]
statuses = collections.Counter(r[0] for r in rows)
print(f"     reads: {len(rows)}; by status: {dict(sorted(statuses.items()))} (000: no answer, e.g. while the instance was down)")
bad = [r for r in rows if r[0] != "000" and not r[0].startswith(("2", "3"))
       and "problem+json" not in r[2] and not (not r[3].startswith("/api") and "text/html" in r[2])]
print(("ok  " if not bad else "FAIL") + f" error responses that are not a problem document (or an error page for a page): {len(bad)}")
for r in bad[:5]:
    print("       ", r)
print("     latency of answered requests by path (s):")
by_path = collections.defaultdict(list)
for r in rows:
    if r[0] != "000":
        by_path[r[3]].append(float(r[1]))
for path, v in sorted(by_path.items()):
    v.sort()
    pick = lambda q: v[min(len(v) - 1, int(q * len(v)))]
    print(f"       {path:40} n={len(v):4} p50 {pick(0.5):.3f} p99 {pick(0.99):.3f} max {v[-1]:.3f}")
sys.exit(1 if bad else 0)
EOF2
exit $FAIL
