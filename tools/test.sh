#!/usr/bin/env bash
# Installs what is missing (apt), builds everything with warnings as errors and runs
# every test: the Catch2 suites through CTest, the formatting check and a short fuzz run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FV_BUILD_DIR:-$root/build-ci}"
jobs="$(nproc)"
# Each step says when it starts (seconds since the start), so a slow step shows in the log.
step() { echo "== $1 (at ${SECONDS} s)"; }

bash "$root/tools/install-deps.sh"

step "formatting (clang-format)"
cd "$root"
unformatted=$(git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror 2>&1 | grep -c 'error:' || true)
if [ "$unformatted" != "0" ]; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror 2>&1 | grep 'error:' | cut -d: -f1 | sort -u
  echo "clang-format: the files above are not formatted (run: git ls-files '*.cpp' '*.h' | xargs clang-format -i)"
  exit 1
fi

step "build"
# Debug keeps Qt's assertions on, and AddressSanitizer and UndefinedBehaviorSanitizer turn
# a use after free or undefined behaviour into a failing test; without debug info and with
# precompiled headers the whole tree builds in a few minutes on two cores.
sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 $sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="$sanitize" -DFV_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$jobs"

step "fuzzing (bounded; longer runs: tools/fuzz.sh 600)"
bash "$root/tools/fuzz.sh" "${FV_FUZZ_SECONDS:-20}"

step "PostgreSQL test cluster (tools/pg-cluster.sh)"
# A throw-away cluster on a Unix socket for the server tests; stopped and removed however the
# run ends. Under /tmp, which the cluster's unprivileged owner can reach (a root-only TMPDIR not).
pgdir="$(mktemp -d /tmp/fv-pg.XXXXXX)"
trap 'bash "$root/tools/pg-cluster.sh" stop "$pgdir"' EXIT
trap 'exit 130' INT TERM
bash "$root/tools/pg-cluster.sh" start "$pgdir"
eval "$(bash "$root/tools/pg-cluster.sh" env "$pgdir")"

step "tests (with AddressSanitizer and UndefinedBehaviorSanitizer)"
# Qt keeps some memory until the process ends: leaks are not checked, everything else is.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
cd "$build"
ctest --no-tests=error --output-on-failure --parallel "$jobs" --timeout 600
step "done"
