#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time.
# Usage: tools/fuzz.sh [SECONDS_PER_TARGET]   (default 30; longer runs on demand)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FV_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-30}"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only" -DFV_BUILD_FUZZERS=ON -DFV_BUILD_TESTS=ON >/dev/null
targets=$(cd "$root/tests/fuzz" && ls Fuzz*.cpp | sed 's/\.cpp$//')
cmake --build "$build" --parallel "$(nproc)" --target $targets

for t in $targets; do
  corpus="$build/corpus-$t"
  mkdir -p "$corpus"
  seeds="$root/tests/fuzz/corpus"
  [ -d "$root/tests/fuzz/corpus-$t" ] && seeds="$root/tests/fuzz/corpus-$t"
  echo "== fuzzing $t for ${seconds}s"
  status=0
  QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$build/$t-" "$corpus" "$seeds" >"$build/$t.log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|INFO: Done|SUMMARY|==[0-9]+==ERROR)' "$build/$t.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$build/$t.log"
    echo "fuzz: $t found a problem (exit $status; input saved as $build/$t-*)"
    exit 1
  fi
done
