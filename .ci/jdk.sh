# Sourced by .ci/run and the bench scripts: makes a JDK 21+ the one on PATH and in JAVA_HOME when the default is
# older (this project compiles to Java 21 bytecode).
java_major() {
    "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

current="${JAVA_HOME:+$JAVA_HOME/bin/java}"
current="${current:-$(command -v java || true)}"
if [ -z "$current" ] || [ "$(java_major "$current")" -lt 21 ]; then
    best=""
    best_major=0
    for dir in /usr/lib/jvm/*/ /opt/java/*/ "${HOME}"/.sdkman/candidates/java/*/; do
        [ -x "${dir}bin/java" ] || continue
        major=$(java_major "${dir}bin/java")
        if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="${dir%/}"
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "No JDK 21 or newer found; install one and set JAVA_HOME." >&2
        exit 1
    fi
    JAVA_HOME="$best"
fi
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$current")")")}"
export PATH="$JAVA_HOME/bin:$PATH"
