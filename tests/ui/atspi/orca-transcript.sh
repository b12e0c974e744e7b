#!/usr/bin/env bash
# What Orca says in the work queue: runs Orca (speech to its debug log, no sound needed) and
# Fellesvedtak on a demo database in the AT-SPI session, sends keys through AT-SPI (XTest) and
# prints Orca's speech. Needs orca and a window manager (Orca follows the active window):
#   apt install orca matchbox-window-manager
# Usage: tests/ui/atspi/session.sh tests/ui/atspi/orca-transcript.sh BUILD_DIR [nb|en]
set -euo pipefail
build="$(cd "$1" && pwd)"
lang="${2:-nb}"
for tool in orca matchbox-window-manager; do
  command -v "$tool" >/dev/null || { echo "orca-transcript: $tool is not installed" >&2; exit 77; }
done
tmp="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$build/app/fellesvedtak-cli" --db "$tmp/demo.db" demo >/dev/null
matchbox-window-manager -use_titlebar no &
sleep 1
orca -u "$tmp/orca-prefs" --debug-file "$tmp/orca.debug" >/dev/null 2>&1 &
sleep 4
HOME="$tmp" "$build/app/fellesvedtak" --db "$tmp/demo.db" --lang "$lang" >/dev/null 2>&1 &
sleep 6
# The keyboard starts in the work queue's table: Down twice, then Tab, Tab, Tab to the case.
/usr/bin/python3 - <<'PY'
import time
import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi
TAB, DOWN = 0xff09, 0xff54
for key in [DOWN, DOWN, TAB, TAB, TAB]:
    Atspi.generate_keyboard_event(key, None, Atspi.KeySynthType.SYM)
    time.sleep(3)
PY
if [ -n "${ORCA_DEBUG_OUT:-}" ]; then cp "$tmp/orca.debug" "$ORCA_DEBUG_OUT"; fi
grep "SPEECH OUTPUT" "$tmp/orca.debug" | sed -e 's/^.*SPEECH OUTPUT: //' -e 's/{.*}$//' -e 's/\[{.*}\]$//'
