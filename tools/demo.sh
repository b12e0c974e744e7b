#!/usr/bin/env bash
# Installs what is missing (apt), builds Fellesvedtak and opens it on a demo database made
# today, with realistic example cases whose deadlines are counted from today. An older demo
# database is moved aside (fellesvedtak-demo-YYYY-MM-DD.db, the day it was made), never deleted.
# Run again at any time: it only does what is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FV_BUILD_DIR:-$root/build-release}"

bash "$root/tools/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFV_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# The demo lives beside the build, never in the caseworker's own database folder.
db="${FV_DEMO_DB:-$build/fellesvedtak-demo.db}"
today="$(date +%F)"
if [ -f "$db" ]; then
  # The day it was made: written beside it by this script (an older demo: the file's date).
  made="$(cat "$db.made" 2>/dev/null || date -r "$db" +%F)"
  if [ "$made" != "$today" ]; then
    # The demo's stories are told relative to the day it is made: a new day, a new demo.
    aside="${db%.db}-$made.db"
    n=1
    while [ -e "$aside" ]; do aside="${db%.db}-$made-$n.db"; n=$((n + 1)); done
    for suffix in "" -wal -shm .made; do
      if [ -e "$db$suffix" ]; then mv -- "$db$suffix" "$aside$suffix"; fi
    done
    echo "The demo database was made on $made: moved aside to $aside (nothing is lost)."
  fi
fi
if [ ! -f "$db" ]; then
  echo "Creating the demo database $db for today, $today"
  "$build/app/fellesvedtak-cli" --db "$db" demo
  echo "$today" >"$db.made"
fi
echo "Opening Fellesvedtak on $db"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under Xvfb (set DISPLAY to use your own screen)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/fellesvedtak" --db "$db" "$@"
fi
exec "$build/app/fellesvedtak" --db "$db" "$@"
