#!/usr/bin/env bash
# Throughput of our extractor against Mozilla Readability (jsdom) on the same corpus pages, one thread each.
# Usage: src/bench/extraction/run.sh [corpus dir]   (default: $CORPORA_DIR or ../shared/corpora, + /extraction-dev)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/jdk.sh
CORPUS="${1:-${CORPORA_DIR:-../shared/corpora}/extraction-dev}"
CORPUS="$(cd "$CORPUS" && pwd)"
ROUNDS_OURS="${ROUNDS_OURS:-3}"
ROUNDS_READABILITY="${ROUNDS_READABILITY:-1}"

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
OURS=$("$JAVA_HOME/bin/java" -Xmx256m -XX:ActiveProcessorCount=1 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.macrodigest.extract.ExtractionBench "$CORPUS" "$ROUNDS_OURS")
echo "$OURS"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp src/bench/extraction/readability-bench.mjs "$WORK/"
(cd "$WORK" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @mozilla/readability jsdom >/dev/null)
echo "readability $(cd "$WORK" && node -e 'console.log(`@mozilla/readability ${require("@mozilla/readability/package.json").version}, jsdom ${require("jsdom/package.json").version}, node ${process.version}`)')"
THEIRS=$(cd "$WORK" && node readability-bench.mjs "$CORPUS" "$ROUNDS_READABILITY")
echo "$THEIRS"

rate() { sed -E 's/.*pages_per_s=([0-9.]+).*/\1/' <<<"$1"; }
awk -v a="$(rate "$OURS")" -v b="$(rate "$THEIRS")" 'BEGIN { printf "ratio ours/readability = %.1fx\n", a / b }'
