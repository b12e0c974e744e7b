#!/usr/bin/env bash
# Installs everything Fellesvedtak needs to build, run and test on Debian 12 (bookworm).
# Idempotent: it only adds what is missing. Run as root or with sudo available.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
  libcatch2-dev libkainjow-mustache-dev
  libsqlite3-dev sqlite3 hyperfine
  fonts-liberation2 fonts-dejavu-core
  poppler-utils xvfb xauth imagemagick x11-utils
  at-spi2-core python3-pyatspi dbus libglib2.0-bin
  clang clang-format libclang-rt-14-dev
  dpkg-dev file desktop-file-utils appstream
  man-db
  postgresql-15 postgresql-client-15 libqt6sql6-psql libpq-dev
  libcairo2-dev libpango1.0-dev libqpdf-dev qpdf colord-data
  ghostscript
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Catch2 v3 lives in bookworm-backports; Debian's bookworm itself ships v2.
need_v3=1
grep -qsE 'PACKAGE_VERSION "3' /usr/lib/cmake/Catch2/Catch2ConfigVersion.cmake /usr/lib/*/cmake/Catch2/Catch2ConfigVersion.cmake && need_v3=0

if [ ${#missing[@]} -eq 0 ] && [ $need_v3 -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "deb http://deb.debian.org/debian bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/fellesvedtak-backports.list >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
# The tests start their own throw-away cluster (tools/pg-cluster.sh): the package's default
# cluster (15/main on port 5432) is not made on a machine that had no PostgreSQL before.
if ! dpkg-query -W -f='${Status}' postgresql-common 2>/dev/null | grep -q "install ok installed"; then
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/fellesvedtak.conf >/dev/null
fi
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $(printf "%s\n" "${missing[@]}" | grep -vx libcatch2-dev || true)
$SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports libcatch2-dev
