#!/usr/bin/env bash
# Issue 13: opening a case in the GUI on the team server, 2 x DELAY_MS away (figures in
# docs/PERFORMANCE.md). Starts a throw-away cluster, generates CASES cases in it, and opens
# CASE in the window (fv-archive-bench open, offscreen) TIMES times through
# tools/pg-latency-proxy.py, with ReadAhead and without it. Prints per opening the median and
# the largest time, the statements of the first and the last opening, and the round trips the
# proxy counted for the openings (the window's start subtracted).
#
#   tools/bench-open-case.sh BUILD_DIR [CASE] [DELAY_MS] [TIMES] [CASES]
#
# BUILD_DIR: a Release build with fv-archive-bench and fellesvedtak-cli, e.g.
#   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release &&
#   cmake --build build-rel --target fv-archive-bench fellesvedtak-cli
set -euo pipefail

build="$(cd "$1" && pwd)" case="${2:-26/00010}" delay="${3:-5}" times="${4:-10}" cases="${5:-300}"
here="$(cd "$(dirname "$0")" && pwd)"
cli="$build/app/fellesvedtak-cli"
bench="$build/tests/bench/fv-archive-bench"
work="$(mktemp -d)"
cluster="$(mktemp -u /tmp/fv-open-bench.XXXXXX)" # pg-cluster.sh makes it, for the cluster's own user
proxy=""
cleanup() {
  [ -n "$proxy" ] && kill "$proxy" 2>/dev/null || true
  bash "$here/pg-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

bash "$here/pg-cluster.sh" start "$cluster" >/dev/null
eval "$(bash "$here/pg-cluster.sh" env "$cluster")"
sock="$cluster/sock"
createdb -h "$sock" -U fv_super -E UTF8 -T template0 open1
super="postgresql:///open1?host=$sock&user=fv_super"
env -u FELLESVEDTAK_TODAY "$cli" --db "$super" init --test >/dev/null
env -u FELLESVEDTAK_TODAY "$cli" --db "$super" generate --cases "$cases" --seed 3 >/dev/null
# A caseworker of the generated office: the case's responsible one, else any adviser.
login=$(psql -XAtq "$super" -c "SELECT u.login FROM fv.fv_case c JOIN fv.app_user u ON u.id = c.assignee \
  WHERE c.case_number = '$case'" || true)
[ -n "$login" ] || login=$(psql -XAtq "$super" -c "SELECT login FROM fv.app_user WHERE roles LIKE '%adviser%' LIMIT 1")

mkdir -p "$work/proxy"
python3 "$here/pg-latency-proxy.py" "$work/proxy" "$sock/.s.PGSQL.5432" "$delay" "$work/proxy.log" &
proxy=$!
for _ in $(seq 100); do [ -S "$work/proxy/.s.PGSQL.5432" ] && break; sleep 0.1; done
far="postgresql:///open1?host=$work/proxy&user=$login"

echo "case $case as $login, $cases cases, $delay ms each way, $(uptime | sed 's/.*load/load/')"
for mode in read-ahead without; do
  flag=()
  [ "$mode" = without ] && flag=(FV_BENCH_NO_READ_AHEAD=1)
  trips=()
  for n in 0 "$times"; do
    : >"$work/proxy.log"
    line=$(env -u FELLESVEDTAK_TODAY "${flag[@]}" QT_QPA_PLATFORM=offscreen "$bench" open "$far" "$case" "$n" \
      2>/dev/null | grep -E '^open' || true)
    sleep 0.3
    trips+=("$(awk '{s += $1} END {print s + 0}' "$work/proxy.log")")
  done
  echo "$mode: $line"
  echo "$mode: round trips of $times openings $((trips[1] - trips[0])) (window start ${trips[0]})," \
    "$(awk -v t=$((trips[1] - trips[0])) -v n="$times" 'BEGIN {printf "%.1f", t / n}') per opening"
done
