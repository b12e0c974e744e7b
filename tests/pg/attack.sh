#!/usr/bin/env bash
# Attack tests of the team server's schema (resources/postgres/schema.sql), with psql alone:
# two caseworkers work cases the proper way, then one of them tries every bypass the server
# must refuse. Each attempt must fail with the expected refusal, and afterwards every table,
# the audit trail and the role memberships are exactly as before. Also: the good path (the other
# caseworker approves), the server's hash against the program's (AuditLog.cpp), the Norwegian
# folding of search, and gapless case numbers from parallel sessions.
#
# Needs FV_TEST_PG_URI: a libpq URI of a superuser on a throw-away cluster (tools/pg-cluster.sh).
# Without one it exits 77, which CTest reports as skipped.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
schema="$here/../../resources/postgres/schema.sql"
uri="${FV_TEST_PG_URI:-}"

if [ -z "$uri" ] || ! command -v psql >/dev/null; then
  echo "SKIP: no PostgreSQL test cluster (set FV_TEST_PG_URI, see tools/pg-cluster.sh)"
  exit 77
fi
if [ "$(psql "$uri" -XAtc 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user' 2>/dev/null)" != "t" ]; then
  echo "SKIP: FV_TEST_PG_URI does not reach the cluster as a superuser"
  exit 77
fi

# Where the cluster listens, to connect as other users to another database.
host="$(psql "$uri" -XAtc "SELECT coalesce(host(inet_server_addr()), split_part(current_setting('unix_socket_directories'), ',', 1))")"
port="$(psql "$uri" -XAtc "SELECT current_setting('port')")"
super="$(psql "$uri" -XAtc 'SELECT current_user')"
tag="$$_$RANDOM"
db="fv_attack_$tag"
ada="ada_$tag"     # adviser and decision-maker
bo="bo_$tag"       # lawyer and decision-maker
it="it_$tag"       # the administrator IT appointed
conn() { echo "postgresql:///$db?host=$host&port=$port&user=$1"; }

cleanup() {
  psql "$uri" -Xq -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  for r in "$ada" "$bo" "$it"; do psql "$uri" -Xq -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
}
trap cleanup EXIT
trap 'exit 143' INT TERM # a CTest timeout still cleans up

failures=0
pass() { echo "ok - $1"; }
failed() {
  echo "not ok - $1"
  failures=$((failures + 1))
}

# Runs SQL as a user; prints the result rows; fails on the first error.
as() {
  local who="$1"
  shift
  psql "$(conn "$who")" -XAtq -v ON_ERROR_STOP=1 "$@"
}
must() {
  local what="$1"
  shift
  if out=$(as "$@" 2>&1); then pass "$what"; else failed "$what: $out"; fi
}
# An attempt that must be refused with an error matching PATTERN (so that a typo in the test,
# refused for the wrong reason, does not count as a refusal).
refused() {
  local what="$1" pattern="$2" who="$3" sql="$4" out
  if out=$(as "$who" -c "$sql" 2>&1); then
    failed "$what: was allowed (${out:-no output})"
  elif grep -qiE "$pattern" <<<"$out"; then
    pass "$what (refused: $(grep -m1 -E 'ERROR' <<<"$out" | cut -c1-110))"
  else
    failed "$what: refused for another reason than /$pattern/: $out"
  fi
}

# Everything a caseworker could change, as one checksum per table, plus memberships and the
# head of the audit trail.
snapshot() {
  as "$super" <<'SQL'
SELECT string_agg(format('%s %s', c.relname,
                  (xpath('/row/m/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS m FROM fv.%I t', c.relname), false, true, '')))[1]::text), E'\n' ORDER BY c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'fv' AND c.relkind = 'r';
SELECT string_agg(g.rolname || '>' || u.rolname, ' ' ORDER BY g.rolname, u.rolname)
FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
WHERE u.rolname = 'fv_owner' OR u.rolname LIKE '%\_' || split_part(current_database(), 'fv_attack_', 2);
SELECT string_agg(rolname || ':' || rolsuper || rolcreaterole, ' ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE '%\_' || split_part(current_database(), 'fv_attack_', 2);
SQL
}

echo "# database $db on $host:$port"
psql "$uri" -Xq -v ON_ERROR_STOP=1 <<SQL || { echo "not ok - setup"; exit 1; }
CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE $ada LOGIN;
CREATE ROLE $bo LOGIN;
CREATE ROLE $it LOGIN;
SQL
start=$(date +%s.%N)
if out=$(psql "$(conn "$super")" -Xq -v ON_ERROR_STOP=1 -f "$schema" 2>&1); then
  pass "the schema loads into an empty database ($(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)") s)"
else
  failed "the schema loads: $out"
  exit 1
fi

# ----------------------------------------------------------------------------------------------
# Setting up: IT appoints the administrator, who adds the two caseworkers.
# ----------------------------------------------------------------------------------------------
psql "$uri" -Xq -c "GRANT fv_admin TO $it" >/dev/null
must "IT's administrator adds themselves" "$it" -c "SELECT fv_add_user('$it', 'IT-admin', '{admin}')"
must "the administrator adds two caseworkers" "$it" <<SQL
SELECT fv_add_user('$ada', 'Ada Ødegård', '{adviser,decision-maker}');
SELECT fv_add_user('$bo', 'Bo Sæther', '{lawyer,decision-maker}');
INSERT INTO registry (code, name, name_nn, name_en, manager, regulation, sort_order)
VALUES ('MFR', 'Medisinsk fødselsregister', 'Medisinsk fødselsregister', 'Medical Birth Registry', 'FHI', 'MFR-forskriften', 1);
SQL
roles=$(as "$it" -c "SELECT string_agg(login || '=' || roles, ' ' ORDER BY login) FROM app_user")
[ "$roles" = "$ada=adviser,decision-maker $bo=lawyer,decision-maker $it=admin" ] && pass "app_user.roles follows the server's memberships" || failed "roles: $roles"

# A case as the program registers one: number from the server, application, event.
new_case() { # who title leader
  as "$1" <<SQL
BEGIN;
CREATE TEMP TABLE c AS SELECT * FROM fv_new_case();
INSERT INTO application (case_id, reference, kind, received, language, title, summary, purpose, project_start,
  project_end, deletion_date, leader_name, leader_email, controller_name, controller_org, controller_street,
  controller_postal_code, controller_city, institution_approved, identifiability, population, storage_environment)
SELECT id, 'ref-' || case_number, 'new', fv_today()::text, 'nb', '$2', 'Oppsummering', 'research', '2025-01-01',
  '2027-12-31', '2030-12-31', '$3', 'leder@example.no', 'Universitetet i Bergen', '874789542', 'Postboks 7800',
  '5020', 'Bergen', true, 'indirect', 'Fødte 2010–2020', 'tsd' FROM c;
SELECT fv_append_event(id, 'imported', 'application registered') FROM c;
SELECT case_number FROM c;
COMMIT;
SQL
}
content='{"exemption_required": true, "exemption_granted": true, "legal_basis": "hrl § 19 e", "reasons": "Begrunnelse",
  "casework_hours": 2.5, "entries": [{"registry": "MFR", "outcome": "granted", "period_from": "2010-01-01",
  "period_to": "2020-12-31", "variables": [{"name": "fodselsvekt", "approved": true}]}],
  "conditions": [{"code": "deletion", "text": "Dataene slettes innen 2030."}]}'

caseA=$(new_case "$ada" "Vaksine og myokarditt" "Kari Ødegård" | tail -1)
caseB=$(new_case "$ada" "Antibiotika i sykehjem" "Per Hansen" | tail -1)
[ -n "$caseA" ] && [ -n "$caseB" ] && pass "two cases registered through fv_new_case ($caseA, $caseB)" || failed "cases: '$caseA' '$caseB'"

# Case A: Ada drafts and submits; Case B: Ada drafts, Bo edits, Ada submits.
must "Ada drafts and submits case A" "$ada" <<SQL
SELECT fv_draft_decision('$caseA', '$content');
SELECT fv_submit_decision('$caseA', 1);
SQL
must "Ada drafts case B, Bo edits it, Ada submits it" "$ada" <<SQL
SELECT fv_draft_decision('$caseB', '$content');
SQL
must "Bo edits Ada's draft of case B" "$bo" -c "SELECT fv_save_decision_draft('$caseB', 1, '$content')"
must "Ada submits case B at revision 2" "$ada" -c "SELECT fv_submit_decision('$caseB', 2)"

# ----------------------------------------------------------------------------------------------
# The good path: the other caseworker approves; a stale revision is refused first.
# ----------------------------------------------------------------------------------------------
refused "Bo approves case A naming a revision he did not read" "fv:stale|changed after you opened" "$bo" \
  "SELECT fv_approve_decision('$caseA', 7)"
# Bo's session has other date settings: what the server records must not follow them.
must "Bo approves Ada's decision on case A (four eyes)" "$bo" \
  -c "SET DateStyle = 'SQL, DMY'; SET TimeZone = 'Pacific/Kiritimati'; SELECT fv_approve_decision('$caseA', 1)"
got=$(as "$bo" -c "SELECT d.status || ' ' || u.login || ' ' || d.fee_total || ' ' || d.fee_price_from || ' ' || c.status
  || ' ' || (left(d.approved_at, 10) = to_char(now() AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD'))
  || ' ' || (d.approved_at ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$') FROM decision d
  JOIN app_user u ON u.id = d.approved_by JOIN fv_case c ON c.id = d.case_id WHERE c.case_number = '$caseA'")
[ "$got" = "approved $bo 4965 2024-01-01 decided true true" ] &&
  pass "case A decided, approved by Bo at Oslo time, fee 1500 + 3 started hours × 1155 of the 2024 prices" ||
  failed "after approval: $got"
must "Ada stores the decision letter of case A as document 1" "$ada" \
  -c "SELECT fv_store_document((SELECT id FROM fv_case WHERE case_number = '$caseA'), 1, 'decision', 'nb', 'Vedtak', '%PDF-1.4 vedtak'::bytea)"
docsha=$(as "$ada" -c "SELECT sha256 = encode(sha256('%PDF-1.4 vedtak'::bytea), 'hex') FROM document")
[ "$docsha" = "t" ] && pass "the document's sha256 is the server's own" || failed "document sha256: $docsha"

# ----------------------------------------------------------------------------------------------
# The attacks. From here on nothing may change.
# ----------------------------------------------------------------------------------------------
before=$(snapshot)
caseAid=$(as "$ada" -c "SELECT id FROM fv_case WHERE case_number = '$caseA'")
caseBid=$(as "$ada" -c "SELECT id FROM fv_case WHERE case_number = '$caseB'")
denied="permission denied"

# Four eyes, through the functions.
refused "Ada approves her own draft of case B" "fv:four-eyes|four-eyes" "$ada" "SELECT fv_approve_decision('$caseB', 2)"
refused "Bo approves case B after editing Ada's draft" "fv:four-eyes|four-eyes" "$bo" "SELECT fv_approve_decision('$caseB', 2)"
refused "Ada approves as Bo (SET SESSION AUTHORIZATION)" "$denied" "$ada" \
  "SET SESSION AUTHORIZATION $bo; SELECT fv_approve_decision('$caseB', 2)"
refused "Ada becomes Bo (SET ROLE)" "$denied" "$ada" "SET ROLE $bo; SELECT fv_approve_decision('$caseB', 2)"
refused "Ada becomes the owner (SET ROLE fv_owner)" "$denied" "$ada" "SET ROLE fv_owner; UPDATE decision SET status = 'approved'"

# Decisions, directly.
refused "UPDATE decision (approve case B directly)" "$denied" "$ada" \
  "UPDATE decision SET status = 'approved', approved_by = (SELECT id FROM app_user WHERE login = '$bo') WHERE case_id = $caseBid"
refused "UPDATE an approved decision" "$denied" "$ada" "UPDATE decision SET reasons = 'endret' WHERE case_id = $caseAid"
refused "DELETE decision" "$denied" "$ada" "DELETE FROM decision WHERE case_id = $caseBid"
refused "UPDATE decision_entry of the approved decision" "$denied" "$ada" "UPDATE decision_entry SET outcome = 'refused'"
refused "DELETE decision_entry" "$denied" "$ada" "DELETE FROM decision_entry"
refused "DELETE decision_contributor (hide that Bo edited)" "$denied" "$bo" "DELETE FROM decision_contributor"
refused "INSERT decision_contributor" "$denied" "$ada" \
  "INSERT INTO decision_contributor SELECT id, id, 'edited', '' FROM decision LIMIT 1"
refused "edit the approved decision through the function" "fv:not-draft|can no longer be edited" "$ada" \
  "SELECT fv_save_decision_draft('$caseA', 1, '{}')"
refused "the owner changes an approved decision (trigger)" "fv:decision-locked|locked" "$super" \
  "SET ROLE fv_owner; UPDATE fv.decision SET reasons = 'endret' WHERE case_id = $caseAid"
refused "the owner changes an approved decision's registries (trigger)" "fv:decision-locked|no longer be edited" "$super" \
  "SET ROLE fv_owner; UPDATE fv.decision_entry SET outcome = 'refused' WHERE decision_id = (SELECT id FROM fv.decision WHERE case_id = $caseAid)"
refused "the owner approves case B for Ada (trigger: four eyes)" "fv:four-eyes|four-eyes" "$super" \
  "SET ROLE fv_owner; UPDATE fv.decision SET status = 'approved', approved_by = drafted_by WHERE case_id = $caseBid"
refused "a caller's temp table posing as an approved decision, to mark case B decided" "fv:not-approved|only when its decision is approved" "$ada" \
  "CREATE TEMP TABLE decision AS SELECT * FROM fv.decision; UPDATE pg_temp.decision SET status = 'approved'; SET search_path = pg_temp, fv; UPDATE fv.fv_case SET status = 'decided' WHERE id = $caseBid"
refused "send a decision letter for case B, not approved" "fv:not-approved|not approved yet" "$ada" \
  "SELECT fv_store_document($caseBid, 1, 'decision', 'nb', 'Vedtak', '%PDF-1.4 falskt vedtak'::bytea)"
refused "a case marked decided without an approved decision" "fv:not-approved|only when its decision is approved" "$ada" \
  "UPDATE fv_case SET status = 'decided' WHERE id = $caseBid"

# The audit trail.
refused "UPDATE event" "$denied" "$ada" "UPDATE event SET detail = 'nothing happened'"
refused "DELETE event" "$denied" "$ada" "DELETE FROM event WHERE id = (SELECT max(id) FROM event)"
refused "INSERT an event with a forged hash" "$denied" "$ada" \
  "INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash) SELECT last_id + 1, NULL, '2026-01-01T00:00:00.000', '$bo', 'approve', 'forged', last_hash, repeat('a', 64) FROM audit_head"
refused "move the audit head back" "$denied" "$ada" "UPDATE audit_head SET last_id = last_id - 1"
refused "TRUNCATE event" "$denied" "$ada" "TRUNCATE event"
refused "the owner rewrites an event (trigger)" "fv:append-only|append-only" "$super" "SET ROLE fv_owner; UPDATE fv.event SET detail = 'x' WHERE id = 1"
refused "the owner deletes the last event (trigger)" "fv:append-only|append-only" "$super" "SET ROLE fv_owner; DELETE FROM fv.event WHERE id = (SELECT max(id) FROM fv.event)"
refused "the owner empties the audit trail (trigger)" "fv:append-only|append-only" "$super" "SET ROLE fv_owner; TRUNCATE fv.event CASCADE"

# Sent documents.
refused "UPDATE a sent document's bytes" "$denied" "$ada" "UPDATE document SET content = '%PDF-1.4 endret'::bytea"
refused "DELETE a sent document" "$denied" "$ada" "DELETE FROM document"
refused "the owner changes a sent document's bytes (trigger)" "fv:document-sent|cannot be changed" "$super" \
  "SET ROLE fv_owner; UPDATE fv.document SET content = '%PDF-1.4 endret'::bytea, sha256 = encode(sha256('%PDF-1.4 endret'::bytea), 'hex')"
refused "store a document skipping number 2" "fv:document-number|next one" "$ada" \
  "SELECT fv_store_document($caseAid, 3, 'letter', 'nb', 'Brev', 'x'::bytea)"
refused "store a second document 1" "fv:document-number|next one" "$ada" \
  "SELECT fv_store_document($caseAid, 1, 'letter', 'nb', 'Brev', 'x'::bytea)"
refused "move the document counter" "$denied" "$ada" "UPDATE fv_case SET next_document = next_document + 5"

# Users and roles.
refused "UPDATE app_user (make oneself admin)" "$denied" "$ada" "UPDATE app_user SET roles = 'admin' WHERE login = '$ada'"
refused "DELETE app_user" "$denied" "$ada" "DELETE FROM app_user WHERE login = '$bo'"
refused "INSERT app_user" "$denied" "$ada" "INSERT INTO app_user (login, full_name, roles, created_at) VALUES ('x', 'x', 'admin', '')"
refused "GRANT fv_admin to oneself" "must have admin option|$denied" "$ada" "GRANT fv_admin TO $ada"
refused "GRANT fv_decision_maker to a colleague" "must have admin option|$denied" "$ada" "GRANT fv_decision_maker TO $bo"
refused "fv_grant_role without being an administrator" "$denied" "$ada" "SELECT fv_grant_role('$ada', 'admin')"
refused "the administrator grants themselves a role" "fv:own-account|own roles" "$it" "SELECT fv_grant_role('$it', 'decision-maker')"
refused "the administrator revokes their own role" "fv:own-account|own roles" "$it" "SELECT fv_revoke_role('$it', 'admin')"
refused "add oneself as a user again" "$denied" "$ada" "SELECT fv_add_user('$ada', 'Ada', '{admin}')"
refused "CREATE ROLE" "$denied" "$ada" "CREATE ROLE mallory LOGIN"

# Case numbers.
refused "UPDATE case_sequence (skip a case number)" "$denied" "$ada" "UPDATE case_sequence SET last = last + 1"
refused "INSERT a case with a chosen number" "$denied" "$ada" \
  "INSERT INTO fv_case (case_number, year, seq, status, created_at, updated_at) VALUES ('26/00099', 2026, 99, 'received', '', '')"
refused "renumber a case" "$denied" "$ada" "UPDATE fv_case SET seq = 99, case_number = '26/00099' WHERE id = $caseBid"
refused "DELETE a case" "$denied" "$ada" "DELETE FROM fv_case WHERE id = $caseBid"
refused "the owner skips a case number (trigger)" "fv:case-number|one at a time" "$super" \
  "SET ROLE fv_owner; UPDATE fv.case_sequence SET last = last + 2"
refused "the owner deletes a case (trigger)" "fv:case-kept|is kept" "$super" "SET ROLE fv_owner; DELETE FROM fv.fv_case WHERE id = $caseBid"

# A definer function with a caller's objects in the way (search_path hijack).
refused "a caller's temp table shadowing decision_contributor" "fv:four-eyes|four-eyes" "$ada" \
  "CREATE TEMP TABLE decision_contributor (decision_id bigint, user_id bigint, act text, at text); SET search_path = pg_temp, fv; SELECT fv.fv_approve_decision('$caseB', 2)"

# FV_ATTACK_SELFTEST=1 changes one row behind the test's back: the comparison must catch it.
[ "${FV_ATTACK_SELFTEST:-}" = 1 ] && psql "$(conn "$super")" -Xq -c "UPDATE fv.case_note SET text = text; INSERT INTO fv.setting VALUES ('selftest', 'x')"
after=$(snapshot)
if [ "$before" = "$after" ]; then
  pass "the database is unchanged after every attack ($(wc -l <<<"$before") tables, memberships and roles compared)"
else
  failed "the database changed during the attacks:"
  diff <(echo "$before") <(echo "$after")
fi

# ----------------------------------------------------------------------------------------------
# The audit trail is the program's: the server's hash is AuditLog.cpp's, and the chain verifies.
# ----------------------------------------------------------------------------------------------
vectors=$(as "$super" -c "CREATE TEMP TABLE v (id bigint, case_id bigint, at text, actor text, kind text, detail text, prev_hash text, hash text)" \
  -c "\\copy v FROM '$here/hash-vectors.csv' CSV" \
  -c "SELECT count(*) || ' ' || count(*) FILTER (WHERE fv.fv_event_hash(prev_hash, id, case_id, at, actor, kind, detail) = hash) FROM v")
read -r n same <<<"$vectors"
[ "$n" -gt 0 ] && [ "$n" = "$same" ] && pass "the server's event hash equals the program's ($same of $n recorded events)" || failed "hash vectors: $vectors"

verify_chain() {
  as "$1" <<'SQL'
SELECT CASE WHEN bool_and(ok) AND count(*) = max(id)
                 AND (SELECT h.last_id = max(e.id) AND h.last_hash = (SELECT hash FROM event ORDER BY id DESC LIMIT 1)
                      FROM audit_head h, event e GROUP BY h.last_id, h.last_hash)
            THEN 'verified ' || count(*) ELSE 'broken' END
FROM (SELECT id, prev_hash = coalesce(lag(hash) OVER (ORDER BY id), repeat('0', 64))
             AND hash = fv_event_hash(prev_hash, id, case_id, at, actor, kind, detail) AS ok FROM event) e;
SQL
}
chain=$(verify_chain "$ada")
[[ "$chain" == verified* ]] && pass "the audit trail verifies as a caseworker reads it ($chain events)" || failed "chain: $chain"
actors=$(as "$ada" -c "SELECT string_agg(DISTINCT actor, ' ' ORDER BY actor) FROM event WHERE kind IN ('approve', 'decision-edited')")
[ "$actors" = "$bo" ] && pass "events name the session's login as their actor" || failed "actors: $actors"

# ----------------------------------------------------------------------------------------------
# Search: the Norwegian folding, odegard = oedegaard = Ødegård.
# ----------------------------------------------------------------------------------------------
for term in odegard oedegaard "Ødegård" "ØDEGÅRD" "$caseA" "vaksine myok"; do
  hit=$(as "$ada" -c "SELECT string_agg(c.case_number, ' ') FROM case_search s JOIN fv_case c ON c.id = s.case_id WHERE s.document @@ fv_search_query('$term')")
  [ "$hit" = "$caseA" ] && pass "search '$term' finds case A only" || failed "search '$term': '$hit'"
done
nothing=$(as "$ada" -c "SELECT fv_search_query('a /') IS NULL")
[ "$nothing" = "t" ] && pass "a search of single letters and signs is no query" || failed "single letters: $nothing"

# ----------------------------------------------------------------------------------------------
# Gapless numbers under concurrency: parallel sessions register cases, some roll back.
# ----------------------------------------------------------------------------------------------
sessions=4
per=15
first=$(as "$ada" -c "SELECT coalesce(max(seq), 0) FROM fv_case WHERE year = extract(year FROM fv_today())")
for s in $(seq 1 "$sessions"); do
  (
    for i in $(seq 1 "$per"); do
      end=COMMIT
      [ $((i % 4)) -eq 0 ] && end=ROLLBACK
      echo "BEGIN; SELECT fv_append_event(id, 'imported', 'session $s case $i') FROM fv_new_case(); SELECT pg_sleep(0.002); $end;"
    done | as "$ada" >/dev/null
  ) &
done
wait
committed=$((sessions * (per - per / 4)))
gaps=$(as "$ada" -c "SELECT count(*) || ' ' || min(seq) || ' ' || max(seq) || ' ' || count(DISTINCT case_number) FROM fv_case WHERE year = extract(year FROM fv_today()) AND seq > $first")
expected="$committed $((first + 1)) $((first + committed)) $committed"
[ "$gaps" = "$expected" ] && pass "$sessions parallel sessions got case numbers $((first + 1))..$((first + committed)) without gaps or repeats ($((sessions * per / 4)) rolled back)" ||
  failed "parallel numbers: got '$gaps', expected '$expected'"
counter=$(as "$ada" -c "SELECT last FROM case_sequence WHERE year = extract(year FROM fv_today())")
[ "$counter" = "$((first + committed))" ] && pass "the year's counter stands at the last number given" || failed "counter: $counter"
# Two senders take the next document number of case A at the same moment: one gets it, the
# other waits for the case row and is then refused; no number is used twice or skipped.
next=$(as "$ada" -c "SELECT next_document FROM fv_case WHERE id = $caseAid")
for who in "$ada" "$bo"; do
  (as "$who" -c "BEGIN; SELECT fv_store_document($caseAid, $next, 'receipt', 'nb', 'Kvittering', convert_to('kvittering fra $who', 'UTF8')); SELECT pg_sleep(0.3); COMMIT;" >"/tmp/fv-attack-$tag-$who.out" 2>&1; echo $? >>"/tmp/fv-attack-$tag-$who.out") &
done
wait
outcome=$(cat "/tmp/fv-attack-$tag-$ada.out" "/tmp/fv-attack-$tag-$bo.out")
rm -f "/tmp/fv-attack-$tag-$ada.out" "/tmp/fv-attack-$tag-$bo.out"
docs=$(as "$ada" -c "SELECT string_agg(doc_no::text, ',' ORDER BY doc_no) FROM document WHERE case_id = $caseAid")
if [ "$(grep -c 'fv:document-number' <<<"$outcome")" = 1 ] && [ "$docs" = "$(seq -s, 1 "$next")" ]; then
  pass "two senders at once: one stores document $next, the other is refused (documents $docs)"
else
  failed "parallel documents: $docs; $outcome"
fi

chain=$(verify_chain "$bo")
[[ "$chain" == verified* ]] && pass "the audit trail still verifies after parallel appends ($chain events)" || failed "chain after parallel appends: $chain"

# ----------------------------------------------------------------------------------------------
# Backup and restore as docs/TEAM.md says (pg_dump -Fc; pg_restore -C): the same rows, a chain
# that verifies, and the guards in force again (pg_dump creates triggers after the data, so the
# restored events keep their own ids, times, actors and hashes).
# ----------------------------------------------------------------------------------------------
dump="$(mktemp)"
before=$(snapshot)
if pg_dump -Fc -f "$dump" "$(conn "$super")" 2>&1 &&
  psql "$uri" -Xq -c "DROP DATABASE $db WITH (FORCE)" &&
  pg_restore -C --exit-on-error -d "$uri" "$dump" 2>&1; then
  after=$(snapshot)
  [ "$before" = "$after" ] && pass "pg_dump and pg_restore -C give back every row" || { failed "restore differs:"; diff <(echo "$before") <(echo "$after"); }
  chain=$(verify_chain "$ada")
  [[ "$chain" == verified* ]] && pass "the restored audit trail verifies ($chain events)" || failed "restored chain: $chain"
  refused "the restored database still refuses Ada's approval of her own draft" "fv:four-eyes|four-eyes" "$ada" \
    "SELECT fv_approve_decision('$caseB', 2)"
else
  failed "backup and restore with pg_dump and pg_restore"
fi
rm -f "$dump"

if [ "$failures" -gt 0 ]; then
  echo "# $failures check(s) failed"
  exit 1
fi
echo "# all checks passed"
