#!/usr/bin/env bash
# The team server's benchmarks (issue 13; figures in docs/PERFORMANCE.md): each operation timed
# as a whole CLI process with the server on its Unix socket, then once more through
# tools/pg-latency-proxy.py with DELAY_MS each way (a server 2 x DELAY_MS away), which counts the
# round trips of every connection.
#
#   tools/bench-server.sh BUILD_DIR SOCKET_DIR DATABASE LOGIN CASE [DELAY_MS] [SEARCH] [DRAFT_CASE DRAFT_LOGIN]
#
# SOCKET_DIR is the cluster's socket folder (tools/pg-cluster.sh: DIR/sock); LOGIN a caseworker
# of DATABASE; CASE a case to open; DRAFT_CASE a case with a decision draft that DRAFT_LOGIN may
# edit (its first registry's outcome is saved, alternately granted and refused-then-granted).
# Needs hyperfine and python3. Round trips per operation include the connection's own (Qt's
# driver sends five statements when it connects, the program five more to start the session).
#
#   tools/bench-server.sh generate BUILD_DIR SOCKET_DIR CASES [SEED] [CLI]
#
# times `generate --cases CASES` onto a new database on the cluster (made, `init --test`, then
# dropped; the cluster's superuser fv_super), prints each progress line with the seconds since
# the start, runs `check` and `audit verify` on the result and ends with one line:
# "generate CASES cases: SECONDS s". CLI overrides BUILD_DIR/app/fellesvedtak-cli (to time another
# build). Use a Release build (docs/PERFORMANCE.md).
set -euo pipefail

if [ "${1:-}" = generate ]; then
  build="$2" sock="$3" cases="$4" seed="${5:-42}"
  cli="${6:-$build/app/fellesvedtak-cli}"
  db="fv_bench_gen_$$"
  uri="postgresql:///$db?host=$sock&user=fv_super"
  createdb -h "$sock" -U fv_super -E UTF8 -T template0 "$db"
  trap 'dropdb -h "$sock" -U fv_super --if-exists "$db"' EXIT
  export QT_QPA_PLATFORM=offscreen
  unset FELLESVEDTAK_TODAY
  "$cli" --db "$uri" init --test >/dev/null
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  t0=$(date +%s%N)
  "$cli" --db "$uri" generate --cases "$cases" --seed "$seed" 2>&1 |
    while IFS= read -r line; do
      printf '%7.1f s  %s\n' "$(echo "($(date +%s%N) - $t0) / 1000000000" | bc -l)" "$line"
    done
  t1=$(date +%s%N)
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$cli" --db "$uri" check | tail -1
  "$cli" --db "$uri" audit verify | tail -1
  printf 'generate %s cases: %.1f s\n' "$cases" "$(echo "($t1 - $t0) / 1000000000" | bc -l)"
  exit 0
fi

build="$1" sock="$2" db="$3" login="$4" case="$5" delay="${6:-5}" term="${7:-odegard}"
draft_case="${8:-}" draft_login="${9:-}"
cli="$build/app/fellesvedtak-cli"
bench="$build/tests/bench/fv-archive-bench"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
mkdir -p "$work/proxy"
python3 "$here/pg-latency-proxy.py" "$work/proxy" "$sock/.s.PGSQL.5432" "$delay" "$work/proxy.log" &
proxy=$!
trap 'kill $proxy 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5

direct="postgresql:///$db?host=$sock&user=$login"
far="postgresql:///$db?host=$work/proxy&user=$login"

# One operation: median of hyperfine on the socket; then through the proxy: wall time and round trips.
measure() {
  local name="$1"
  shift
  local median
  median=$(hyperfine -N -w 2 -r "${RUNS:-10}" --export-json "$work/h.json" "$cli --db $direct $*" >/dev/null 2>&1 &&
    python3 -c "import json;print('%.0f' % (json.load(open('$work/h.json'))['results'][0]['median']*1000))")
  : >"$work/proxy.log"
  local t0 t1
  t0=$(date +%s%N)
  "$cli" --db "$far" "$@" >/dev/null
  t1=$(date +%s%N)
  sleep 0.3
  local trips
  trips=$(awk '{s += $1} END {print s}' "$work/proxy.log")
  printf '%-28s %6s ms on the socket   %6s ms at %s ms each way   %3s round trips\n' \
    "$name" "$median" $(((t1 - t0) / 1000000)) "$delay" "$trips"
}

measure "list (first 100)" list --limit 100 --json
measure "search \"$term\"" list --search "$term" --limit 100 --json
measure "stats" stats --json
measure "show $case" show "$case" --json
if [ -n "$draft_case" ]; then
  registry=$(psql -XAtq "postgresql:///$db?host=$sock&user=$draft_login" -c \
    "SELECT e.registry FROM fv.decision_entry e JOIN fv.decision d ON d.id = e.decision_id JOIN fv.fv_case c ON \
     c.id = d.case_id WHERE c.case_number = '$draft_case' AND d.status = 'draft' ORDER BY e.pos LIMIT 1")
  direct="postgresql:///$db?host=$sock&user=$draft_login" far="postgresql:///$db?host=$work/proxy&user=$draft_login" \
    RUNS=6 measure "save draft $draft_case" outcome "$draft_case" "$registry" granted
fi

# Opening a case in the GUI: the window's start alone, then with the case opened 5 times.
if [ -x "$bench" ]; then
  for n in 0 5; do
    : >"$work/proxy.log"
    QT_QPA_PLATFORM=offscreen "$bench" open "$far" "$case" "$n" 2>/dev/null | grep -E '^open' || true
    sleep 0.3
    echo "GUI start + $n opens: $(awk '{s += $1} END {print s}' "$work/proxy.log") round trips"
  done
fi
