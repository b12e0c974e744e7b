#!/usr/bin/env bash
# Issue 7's benchmarks: generates a 100 000-case archive and measures, each with the command
# that reproduces it, what docs/PERFORMANCE.md records:
#   generate --cases 100000 (≤ 60 s) · list --search TERM --limit 100 --json (≤ 250 ms median,
#   the program at most 2× the same SQL in the sqlite3 shell) · stats --json (≤ 500 ms) ·
#   GUI cold start to an interactive work queue (≤ 1 s) · a keystroke in the search (≤ 50 ms) ·
#   RSS of the GUI (≤ 200 MB) and of list --json of every case (≤ 300 MB).
# Usage: tools/bench-archive.sh [BUILD_DIR] [CASES]    (needs hyperfine, sqlite3, xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-release}
CASES=${2:-100000}
OUT=${OUT:-$BUILD/bench-archive}
mkdir -p "$OUT"
for tool in hyperfine sqlite3 xvfb-run /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-archive: $tool is missing (tools/install-deps.sh installs it)"; exit 2; }
done

cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$BUILD" fellesvedtak-cli fv-archive-bench >/dev/null
CLI=$BUILD/app/fellesvedtak-cli
BENCH=$BUILD/tests/bench/fv-archive-bench
DB=$OUT/archive-$CASES.db
# The command-line tool renders PDFs and wants a Qt platform; the GUI part runs under Xvfb.
export FELLESVEDTAK_TODAY=2026-11-22 FELLESVEDTAK_USER=astrid.lovas QT_QPA_PLATFORM=offscreen

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== generate --cases $CASES --seed 42"
rm -f "$DB" "$DB"-wal "$DB"-shm
"$CLI" --db "$DB" --as admin init --test >/dev/null  # a test database: FELLESVEDTAK_TODAY fixes its date
/usr/bin/time -v "$CLI" --db "$DB" --as admin generate --cases "$CASES" --seed 42 2>"$OUT/generate.time" >"$OUT/generate.out"
cat "$OUT/generate.out"
grep -E "Elapsed|Maximum resident" "$OUT/generate.time"
echo "database: $(du -h "$DB" | cut -f1)"

# Search terms taken from the generated data: a surname typed without ø/å, a title word, an
# institution's organisation number, a case number from the middle, and a two-word query.
ORG=$(sqlite3 "$DB" "SELECT controller_org FROM application WHERE case_id = 50000")
MIDDLE=$(sqlite3 "$DB" "SELECT case_number FROM fv_case WHERE id = 50000")
TERMS=("odegard" "hjertesvikt" "$ORG" "$MIDDLE" "kare aase")

echo "== list --search TERM --limit 100 --json (whole process) vs the same SQL in the sqlite3 shell"
for term in "${TERMS[@]}"; do
  "$BENCH" sql "$DB" "$term" >"$OUT/query.sql"
  hyperfine -N --warmup 3 --runs 30 --export-json "$OUT/search.json" \
    "$CLI --db $DB --as admin list --search '$term' --limit 100 --json" \
    "sqlite3 -readonly $DB '.read $OUT/query.sql'" 2>/dev/null |
    grep -E "Time|±" | sed "s|^|  [$term] |"
done
echo "== inside the program (CaseSearch), and the sqlite3 shell's own timer for the SQL"
"$BENCH" search "$DB" "${TERMS[@]}"
for term in "${TERMS[@]}"; do
  "$BENCH" sql "$DB" "$term" >"$OUT/query.sql"
  for i in 1 2 3; do sqlite3 -readonly "$DB" ".timer on" ".output /dev/null" ".read $OUT/query.sql" 2>&1; done |
    grep "Run Time" | tail -1 | sed "s|^|  sqlite3 [$term] |"
done

echo "== stats --json"
hyperfine -N --warmup 2 --runs 15 "$CLI --db $DB --as admin stats --json" 2>/dev/null | grep -E "Time|±"
"$BENCH" stats "$DB"

echo "== list --json of every case: memory"
/usr/bin/time -v "$CLI" --db "$DB" --as admin list --json 2>"$OUT/list.time" >/dev/null
grep -E "Elapsed|Maximum resident" "$OUT/list.time"

echo "== GUI (under xvfb-run): cold start to an interactive work queue, keystrokes, memory"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  hyperfine -N --warmup 2 --runs 10 '$BENCH startup $DB' 2>/dev/null | grep -E 'Time|±'
  $BENCH startup $DB
  $BENCH keystrokes $DB odegard | tail -1
  $BENCH keystrokes $DB kreftregisteret | tail -1
  FV_BENCH_LINGER=1 /usr/bin/time -v $BENCH startup $DB 2>$OUT/gui.time >/dev/null
  grep -E 'Maximum resident' $OUT/gui.time | sed 's/^/  GUI /'
"
