#!/usr/bin/env bash
# Runs a command in a headless desktop session a screen reader could use: an X server (Xvfb),
# a D-Bus session bus and the AT-SPI accessibility bus on it, with Qt's AT-SPI bridge on.
# Exit 77 (CTest: skipped) only when the AT-SPI packages are not installed.
# Usage: tests/ui/atspi/session.sh COMMAND [ARG...]
set -euo pipefail

launcher=/usr/libexec/at-spi-bus-launcher
for tool in xvfb-run dbus-run-session gdbus "$launcher"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "atspi-session: $tool is not installed (apt install xvfb dbus at-spi2-core libglib2.0-bin)" >&2
    exit 77
  fi
done

if [ "${FV_ATSPI_INSIDE:-}" != 1 ]; then
  # A private X server and session bus of our own: nothing of the caller's desktop is touched.
  export FV_ATSPI_INSIDE=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
fi

# Inside the session: the accessibility bus, as a desktop starts it at login.
"$launcher" --launch-immediately 2>/dev/null &
launcher_pid=$!
trap 'kill "$launcher_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
# What Orca sets when it starts: applications see a screen reader and turn their bridge on.
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
  --method org.freedesktop.DBus.Properties.Set org.a11y.Status ScreenReaderEnabled '<true>' >/dev/null

export QT_QPA_PLATFORM=xcb FV_UI_TEST_PLATFORM=xcb
export QT_ACCESSIBILITY=1
# The bridge follows ScreenReaderEnabled; this makes it independent of the status property.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
"$@"
