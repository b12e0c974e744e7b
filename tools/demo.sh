#!/usr/bin/env bash
# Installs what is missing (apt), builds Fellesvedtak and opens it on a ready demo
# database with realistic example cases. Run again at any time: it only does what is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FV_BUILD_DIR:-$root/build-release}"

bash "$root/tools/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFV_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# The demo lives beside the build, never in the caseworker's own database folder.
db="${FV_DEMO_DB:-$build/fellesvedtak-demo.db}"
if [ ! -f "$db" ]; then
  echo "Creating the demo database $db"
  "$build/app/fellesvedtak-cli" --db "$db" demo
fi
echo "Opening Fellesvedtak on $db"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under Xvfb (set DISPLAY to use your own screen)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/fellesvedtak" --db "$db" "$@"
fi
exec "$build/app/fellesvedtak" --db "$db" "$@"
