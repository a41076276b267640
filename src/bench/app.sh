# Sourced by the bench scripts: the one packaged app a script runs at a time, stopped when the script exits.
# A script sets APP to the app's process id when it starts it.
APP=
stop_app() {
    if [ -n "$APP" ]; then
        kill "$APP" 2>/dev/null || true
        wait "$APP" 2>/dev/null || true
        APP=
    fi
}
trap stop_app EXIT
