#!/usr/bin/env bash
# Issue 13's search and statistics figures on both engines (docs/PERFORMANCE.md): the same
# archive on SQLite and on the team server, each operation timed as a whole CLI process.
#
#   tools/bench-query.sh BUILD_DIR SQLITE_DB SERVER_URI [TERM...]
#
# BUILD_DIR: a Release build with fellesvedtak-cli and fv-query-bench
#   (cmake --build BUILD_DIR --target fellesvedtak-cli fv-query-bench).
# SQLITE_DB: the archive (generate --cases 100000 --seed 42); SERVER_URI: the same archive on
#   PostgreSQL (migrate --to), as a libpq URI whose user is a caseworker or IT's superuser.
# TERMs default to a common surname, a folded name, a case number prefix and a title word.
# Environment: RUNS (searches, default 11), STATS_RUNS (default 5), AS (the SQLite user, admin).
#
# For each term: `list --search TERM --limit 100 --json` as a whole process (median of RUNS
# after one warm-up) on both engines; the very SQL the program sends (fv-query-bench prints it
# as the program builds it) timed as a whole `sqlite3` / `psql` process, and on the server also
# psql's \timing of the statement alone in an open session (the server's own time plus one
# round trip). Then `stats --json` on both (median of STATS_RUNS). Needs hyperfine, sqlite3, psql.
set -euo pipefail

[ $# -ge 3 ] || { sed -n '5,11p' "$0" >&2; exit 2; }
build="$1" db="$2" uri="$3"
shift 3
terms=("$@")
[ ${#terms[@]} -gt 0 ] || terms=(hansen odegard 26001 hjertesvikt)
runs="${RUNS:-11}" stats_runs="${STATS_RUNS:-5}" as="${AS:-admin}"
cli="$build/app/fellesvedtak-cli"
sqlbench="$build/tests/bench/fv-query-bench"
for tool in hyperfine sqlite3 psql python3 "$cli" "$sqlbench"; do
  command -v "$tool" >/dev/null || { echo "bench-query: $tool is missing" >&2; exit 2; }
done
[ -f "$db" ] || { echo "bench-query: no SQLite archive at $db" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

# Median of a hyperfine run in milliseconds (one decimal).
median_ms() {
  local runs="$1"
  shift
  hyperfine -N -w 1 -r "$runs" --export-json "$work/h.json" "$@" >/dev/null 2>&1 || { echo "failed"; return; }
  python3 -c "import json;r=json.load(open('$work/h.json'))['results'][0];print('%.1f' % (r['median']*1000))"
}

# The CPU time (user + system, mean) of the last hyperfine run: what a loaded machine inflates least.
cpu_ms() {
  python3 -c "import json;r=json.load(open('$work/h.json'))['results'][0];print('%.0f' % ((r['user']+r['system'])*1000))"
}

# Median of psql's \timing over RUNS executions of one statement in one session.
psql_timing() {
  { echo '\o /dev/null'; echo '\timing on'; for _ in $(seq 0 "$runs"); do cat "$1"; done; } >"$work/timed.sql"
  psql -X -q -f "$work/timed.sql" "$uri" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n +2 |
    python3 -c "import sys,statistics;v=[float(x) for x in sys.stdin];print('%.1f' % statistics.median(v))"
}

rows() { python3 -c "import json,sys;print(len(json.load(sys.stdin)))"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(date -u +%FT%TZ)"
echo "SQLite: $db ($(du -h "$db" | cut -f1)); server: $uri"
echo "cases: SQLite $(sqlite3 "$db" 'SELECT count(*) FROM fv_case'), server $(psql -XAtq -c 'SELECT count(*) FROM fv.fv_case' "$uri")"
echo
echo "| term | rows | SQLite: program (its CPU) | sqlite3, same SQL | ratio | server: program (its CPU) | psql, same SQL (process) | psql \\timing | ratio to psql process / to \\timing |"
echo "|---|---|---|---|---|---|---|---|---|"
verified=""
for term in "${terms[@]}"; do
  "$sqlbench" sql sqlite "$term" >"$work/q-sqlite.sql"
  "$sqlbench" sql server "$term" >"$work/q-server.sql"
  # Where the server logs this login's statements (ALTER ROLE … SET log_statement = 'all'), the
  # program's own statement is compared with fv-query-bench's: the psql figures time the very SQL.
  PGOPTIONS='-c client_min_messages=log' "$cli" --db "$uri" list --search "$term" --limit 100 --json 2>&1 >/dev/null |
    sed -n 's/^LOG:  statement: \(SELECT c\.id, c\.case_number.*\)$/\1;/p' >"$work/logged.sql"
  if [ -s "$work/logged.sql" ]; then
    cmp -s "$work/logged.sql" "$work/q-server.sql" && verified="$verified \`$term\`" ||
      { echo "bench-query: the program sent other SQL for '$term' than fv-query-bench prints:" >&2; cat "$work/logged.sql" >&2; }
  fi
  n_lite=$("$cli" --db "$db" --as "$as" list --search "$term" --limit 100 --json | rows)
  n_server=$("$cli" --db "$uri" list --search "$term" --limit 100 --json | rows)
  lite=$(median_ms "$runs" "$cli --db $db --as $as list --search '$term' --limit 100 --json")
  lite_cpu=$(cpu_ms)
  lite_sql=$(median_ms "$runs" "sqlite3 -readonly $db '.read $work/q-sqlite.sql'")
  server=$(median_ms "$runs" "$cli --db $uri list --search '$term' --limit 100 --json")
  server_cpu=$(cpu_ms)
  server_sql=$(median_ms "$runs" "psql -X -q -o /dev/null -f $work/q-server.sql $uri")
  timing=$(psql_timing "$work/q-server.sql")
  ratio() { python3 -c "print('%.2f×' % ($1 / $2))" 2>/dev/null || echo "-"; }
  rows_text="$n_lite"
  [ "$n_lite" = "$n_server" ] || rows_text="$n_lite / $n_server"
  echo "| \`$term\` | $rows_text | $lite ms ($lite_cpu) | $lite_sql ms | $(ratio "$lite" "$lite_sql") | $server ms ($server_cpu) | $server_sql ms | $timing ms | $(ratio "$server" "$server_sql") / $(ratio "$server" "$timing") |"
done
echo
echo "the server's logged statement equals fv-query-bench's SQL for:${verified:- (not logged: ALTER ROLE LOGIN SET log_statement = 'all' to check)}"
echo
lite=$(median_ms "$stats_runs" "$cli --db $db --as $as stats --json")
lite_cpu=$(cpu_ms)
server=$(median_ms "$stats_runs" "$cli --db $uri stats --json")
server_cpu=$(cpu_ms)
same="differ"
"$cli" --db "$db" --as "$as" stats --json >"$work/s-lite.json"
"$cli" --db "$uri" stats --json >"$work/s-server.json"
cmp -s "$work/s-lite.json" "$work/s-server.json" && same="identical"
echo "| stats --json (median of $stats_runs) | SQLite | server |"
echo "|---|---|---|"
echo "| whole process, median (the program's CPU) | $lite ms ($lite_cpu ms) | $server ms ($server_cpu ms) |"
echo
echo "stats JSON of the two engines: $same; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
