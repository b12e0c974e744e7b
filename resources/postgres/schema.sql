-- Fellesvedtak on PostgreSQL 15: the team server's schema, version 7 (the SQLite schema's
-- user_version 7, core/storage/Migrations.cpp and UpgradeToV2..V7.cpp, table for table).
--
-- Load it once into an empty UTF-8 database, as a superuser (IT), see docs/TEAM.md:
--   psql -v ON_ERROR_STOP=1 -d fellesvedtak -f schema.sql
-- It creates, if missing, the cluster-wide roles:
--   fv_owner            NOLOGIN; owns every table and function. Nobody logs in as it.
--   fv_adviser, fv_lawyer, fv_decision_maker, fv_admin
--                       NOLOGIN group roles; a caseworker is a LOGIN role that is a member.
-- and the schema `fv` with everything in it (the database's search_path is set to it).
--
-- Engine-neutral formats, so that one set of C++ stores reads both engines: dates and times
-- are text as the program writes them (YYYY-MM-DD, and YYYY-MM-DDTHH:MM:SS.mmm in local time,
-- the server's zone Europe/Oslo, see fv_time_zone()); yes/no columns are boolean (SQLite keeps
-- 0/1 and reads TRUE/FALSE and bare truth values the same way); bytes are bytea.
--
-- What the server holds against ANY client, psql included (tests/pg/attack.sh tries each):
--   * caseworkers have no UPDATE/DELETE on decision, decision_entry/variable/condition,
--     decision_contributor, event, document, app_user; the deciding operations are SECURITY
--     DEFINER functions that check session_user (the authenticated login);
--   * nobody who drafted, edited or submitted a decision version approves it, and an approval
--     names the revision the approver read;
--   * an approved decision version, a sent document and its bytes never change (triggers, which
--     bind the table owner too);
--   * the audit trail is append-only; its id, time, actor and hash chain are set by the server,
--     in the format of core/casework/AuditLog.cpp, so `audit verify` checks either engine;
--   * nobody grants themselves a role; an admin's role changes are audited;
--   * case and document numbers are gapless and unique under concurrent use.
-- Everything else stays with the program's rule book (core/rules), which runs on both engines.
-- A superuser can do anything: that account stays with IT.
--
-- Refusals raise SQLSTATE 42501 (insufficient_privilege) or P0001 with a HINT 'fv:<key>'; the
-- program translates by the key, never by the English message.

\set ON_ERROR_STOP on
SET client_min_messages = warning;

DO $$
BEGIN
    IF (SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()) <> 'UTF8' THEN
        RAISE EXCEPTION 'the Fellesvedtak database must be UTF8 (createdb -E UTF8)';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'fv') THEN
        RAISE EXCEPTION 'this database has a Fellesvedtak schema already (schema fv)';
    END IF;
END
$$;

-- Cluster-wide roles, made once per cluster (a second database reuses them). The owner's
-- definer functions may grant and revoke the group roles, nothing else. Two databases set up
-- at the same moment (parallel tests) can collide in the role catalogue: then try again.
DO $$
DECLARE
    r text;
    attempt integer;
BEGIN
    FOR attempt IN 1..20 LOOP
        BEGIN
            FOREACH r IN ARRAY ARRAY['fv_owner', 'fv_adviser', 'fv_lawyer', 'fv_decision_maker', 'fv_admin'] LOOP
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                END IF;
                IF r <> 'fv_owner' AND NOT EXISTS (
                       SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles o ON o.oid = m.member
                       WHERE g.rolname = r AND o.rolname = 'fv_owner' AND m.admin_option) THEN
                    EXECUTE format('GRANT %I TO fv_owner WITH ADMIN OPTION', r);
                END IF;
            END LOOP;
            RETURN;
        EXCEPTION WHEN OTHERS THEN
            IF attempt = 20 THEN
                RAISE;
            END IF;
            PERFORM pg_sleep(0.01 + random() * 0.05);
        END;
    END LOOP;
END
$$;

CREATE SCHEMA fv AUTHORIZATION fv_owner;
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET search_path = fv, public', current_database());
    EXECUTE format('ALTER DATABASE %I SET timezone = %L', current_database(), 'Europe/Oslo');
END
$$;

SET ROLE fv_owner;
SET search_path = fv, pg_temp;
ALTER DEFAULT PRIVILEGES FOR ROLE fv_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---------------------------------------------------------------------------------------
-- Tables: version 1
-- ---------------------------------------------------------------------------------------

CREATE TABLE schema_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version integer NOT NULL);
INSERT INTO schema_version (version) VALUES (7);

CREATE TABLE setting (
    key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE registry (
    code text PRIMARY KEY, name text NOT NULL, name_nn text NOT NULL, name_en text NOT NULL,
    manager text NOT NULL, regulation text NOT NULL, notes text NOT NULL DEFAULT '',
    sort_order integer NOT NULL);

CREATE TABLE registry_variable (
    registry text NOT NULL REFERENCES registry(code) ON UPDATE CASCADE,
    name text NOT NULL, grp text NOT NULL DEFAULT '', description text NOT NULL DEFAULT '',
    PRIMARY KEY (registry, name));

CREATE TABLE app_user (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    login text NOT NULL UNIQUE, full_name text NOT NULL,
    roles text NOT NULL, active boolean NOT NULL DEFAULT true, created_at text NOT NULL,
    title text NOT NULL DEFAULT '', row_version bigint NOT NULL DEFAULT 1);

CREATE TABLE case_sequence (
    year integer PRIMARY KEY, last integer NOT NULL);

CREATE TABLE fv_case (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_number text NOT NULL UNIQUE, year integer NOT NULL, seq integer NOT NULL,
    status text NOT NULL, assignee bigint REFERENCES app_user(id),
    created_at text NOT NULL, completed_on text, updated_at text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    change_of bigint REFERENCES fv_case(id),
    next_document integer NOT NULL DEFAULT 1,
    preliminary_reply_on text,
    UNIQUE (year, seq));

CREATE TABLE application (
    case_id bigint PRIMARY KEY REFERENCES fv_case(id) ON DELETE CASCADE,
    reference text NOT NULL UNIQUE, kind text NOT NULL, change_of text NOT NULL DEFAULT '',
    change_summary text NOT NULL DEFAULT '', received text NOT NULL, language text NOT NULL,
    title text NOT NULL, summary text NOT NULL, purpose text NOT NULL,
    project_start text NOT NULL, project_end text NOT NULL, deletion_date text NOT NULL,
    funding text NOT NULL DEFAULT '',
    leader_name text NOT NULL, leader_email text NOT NULL, leader_phone text NOT NULL DEFAULT '',
    leader_title text NOT NULL DEFAULT '',
    controller_name text NOT NULL, controller_org text NOT NULL, controller_street text NOT NULL,
    controller_postal_code text NOT NULL, controller_city text NOT NULL,
    controller_country text NOT NULL DEFAULT '',
    article6 text NOT NULL DEFAULT '', article9 text NOT NULL DEFAULT '', dpia text NOT NULL DEFAULT '',
    dpo_consulted boolean, institution_approved boolean NOT NULL,
    rek_reference text, rek_approved_on text,
    identifiability text NOT NULL, direct_justification text NOT NULL DEFAULT '',
    population text NOT NULL,
    has_linkage boolean NOT NULL DEFAULT false, linkage_description text NOT NULL DEFAULT '',
    linkage_keys text NOT NULL DEFAULT '[]', linkage_external text NOT NULL DEFAULT '[]',
    storage_environment text NOT NULL, storage_description text NOT NULL DEFAULT '',
    has_attachments_key boolean NOT NULL DEFAULT false,
    extensions text NOT NULL DEFAULT '{}');

CREATE TABLE application_person (
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    pos integer NOT NULL, name text NOT NULL, institution text NOT NULL,
    PRIMARY KEY (case_id, pos));

CREATE TABLE data_source (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    pos integer NOT NULL, registry text NOT NULL REFERENCES registry(code),
    period_from text NOT NULL, period_to text NOT NULL, justification text NOT NULL,
    UNIQUE (case_id, registry));

CREATE TABLE data_source_variable (
    data_source_id bigint NOT NULL REFERENCES data_source(id) ON DELETE CASCADE,
    pos integer NOT NULL, name text NOT NULL,
    PRIMARY KEY (data_source_id, pos));

CREATE TABLE attachment (
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    pos integer NOT NULL, kind text NOT NULL, file_name text NOT NULL, sha256 text NOT NULL,
    content bytea, size bigint,
    PRIMARY KEY (case_id, pos));

CREATE TABLE decision (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id),
    version integer NOT NULL, status text NOT NULL
        CHECK (status IN ('draft', 'submitted', 'approved', 'superseded')),
    exemption_required boolean NOT NULL, exemption_granted boolean NOT NULL,
    exemption_legal_basis text NOT NULL DEFAULT '', exemption_reasons text NOT NULL DEFAULT '',
    legal_basis text NOT NULL DEFAULT '', reasons text NOT NULL DEFAULT '',
    drafted_by bigint NOT NULL REFERENCES app_user(id), drafted_at text NOT NULL,
    submitted_by bigint REFERENCES app_user(id), submitted_at text,
    approved_by bigint REFERENCES app_user(id), approved_at text,
    return_comment text NOT NULL DEFAULT '',
    supersedes bigint REFERENCES decision(id),
    casework_hours double precision NOT NULL DEFAULT 0,
    fee_exemption text NOT NULL DEFAULT 'none',
    fee_total integer, fee_price_from text,
    revision integer NOT NULL DEFAULT 1,
    UNIQUE (case_id, version));

CREATE TABLE decision_entry (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    decision_id bigint NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    pos integer NOT NULL, registry text NOT NULL REFERENCES registry(code),
    outcome text NOT NULL, period_from text, period_to text, reason text NOT NULL DEFAULT '',
    UNIQUE (decision_id, registry));

CREATE TABLE decision_variable (
    entry_id bigint NOT NULL REFERENCES decision_entry(id) ON DELETE CASCADE,
    pos integer NOT NULL, name text NOT NULL, approved boolean NOT NULL, reason text NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, pos));

CREATE TABLE decision_condition (
    decision_id bigint NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    pos integer NOT NULL, code text NOT NULL DEFAULT '', text text NOT NULL,
    PRIMARY KEY (decision_id, pos));

CREATE TABLE document (
    case_id bigint NOT NULL REFERENCES fv_case(id),
    doc_no integer NOT NULL, kind text NOT NULL, language text NOT NULL, title text NOT NULL,
    created_at text NOT NULL, created_by bigint NOT NULL REFERENCES app_user(id),
    sha256 text NOT NULL, content bytea NOT NULL,
    PRIMARY KEY (case_id, doc_no),
    CHECK (sha256 = encode(sha256(content), 'hex')));

-- The audit trail: append-only, each event carrying the hash of the one before. Ids come from
-- the chain head (no sequence: a rolled-back event leaves no gap).
CREATE TABLE event (
    id bigint PRIMARY KEY,
    case_id bigint REFERENCES fv_case(id),
    at text NOT NULL, actor text NOT NULL, kind text NOT NULL, detail text NOT NULL,
    prev_hash text NOT NULL, hash text NOT NULL);

CREATE INDEX event_case ON event(case_id, id);
CREATE INDEX case_status ON fv_case(status);
CREATE INDEX data_source_registry ON data_source(registry);
CREATE INDEX decision_case ON decision(case_id, version);

-- ---------------------------------------------------------------------------------------
-- Version 2: casework
-- ---------------------------------------------------------------------------------------

CREATE TABLE assessment (
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    item text NOT NULL CHECK (item IN ('purpose', 'legal-basis', 'rek', 'institution-approval',
        'minimisation', 'security', 'society-interest', 'linkage', 'deletion', 'security-screening')),
    result text NOT NULL CHECK (result IN ('fulfilled', 'not-fulfilled', 'not-relevant')),
    note text NOT NULL DEFAULT '',
    assessed_by bigint NOT NULL REFERENCES app_user(id), assessed_at text NOT NULL,
    PRIMARY KEY (case_id, item));

CREATE TABLE consultation (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    registry text NOT NULL REFERENCES registry(code) ON UPDATE CASCADE,
    sent_on text NOT NULL, due text NOT NULL, sent_by bigint NOT NULL REFERENCES app_user(id),
    answered_on text, answer text CHECK (answer IN ('grant', 'partly', 'refuse')),
    note text NOT NULL DEFAULT '', answered_by bigint REFERENCES app_user(id),
    CHECK ((answered_on IS NULL) = (answer IS NULL)));
CREATE INDEX consultation_case ON consultation(case_id, id);
CREATE UNIQUE INDEX consultation_one_open ON consultation(case_id, registry) WHERE answered_on IS NULL;
CREATE INDEX consultation_open_due ON consultation(due) WHERE answered_on IS NULL;

CREATE TABLE info_request (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    requested_on text NOT NULL, text text NOT NULL, answer_due text NOT NULL,
    requested_by bigint NOT NULL REFERENCES app_user(id), resume_status text NOT NULL,
    reminded_on text, reminder_due text, answered_on text,
    CHECK (answered_on IS NULL OR answered_on >= requested_on));
CREATE INDEX info_request_case ON info_request(case_id, id);
CREATE UNIQUE INDEX info_request_one_open ON info_request(case_id) WHERE answered_on IS NULL;

CREATE TABLE case_note (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    audience text NOT NULL CHECK (audience IN ('internal', 'applicant')),
    text text NOT NULL, written_by bigint NOT NULL REFERENCES app_user(id), written_at text NOT NULL);
CREATE INDEX case_note_case ON case_note(case_id, id);

-- registry NULL: the whole case was forwarded.
CREATE TABLE forwarding (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    registry text REFERENCES registry(code) ON UPDATE CASCADE,
    reason text NOT NULL, forwarded_on text NOT NULL,
    forwarded_by bigint NOT NULL REFERENCES app_user(id));
CREATE UNIQUE INDEX forwarding_once ON forwarding(case_id, COALESCE(registry, ''));
CREATE INDEX case_assignee ON fv_case(assignee, status);

-- ---------------------------------------------------------------------------------------
-- Version 3: search and statistics (the full text is below, with its functions)
-- ---------------------------------------------------------------------------------------

CREATE INDEX case_status_number ON fv_case(status, year, seq);
CREATE INDEX application_received ON application(received);
CREATE INDEX decision_status ON decision(status, case_id);
CREATE INDEX decision_approved ON decision(case_id, version, approved_at) WHERE approved_at IS NOT NULL;
CREATE INDEX application_linked_external ON application(case_id)
    WHERE has_linkage AND linkage_external <> '[]';

-- ---------------------------------------------------------------------------------------
-- Version 4: the audit trail's head
-- ---------------------------------------------------------------------------------------

CREATE TABLE audit_head (
    id integer PRIMARY KEY CHECK (id = 1),
    last_id bigint NOT NULL, last_hash text NOT NULL);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));

-- ---------------------------------------------------------------------------------------
-- Version 5: decisions' condition library and fees; version 6: letter templates
-- ---------------------------------------------------------------------------------------

CREATE TABLE condition_library (
    code text PRIMARY KEY, nb text NOT NULL, nn text NOT NULL, en text NOT NULL,
    sort_order integer NOT NULL, active boolean NOT NULL DEFAULT true);

CREATE TABLE price_table (
    valid_from text PRIMARY KEY, base_one integer NOT NULL, base_several integer NOT NULL,
    hourly integer NOT NULL);
INSERT INTO price_table (valid_from, base_one, base_several, hourly) VALUES ('2024-01-01', 1500, 3000, 1155);

CREATE TABLE letter_template (
    kind text NOT NULL, language text NOT NULL, body text NOT NULL,
    updated_at text NOT NULL, updated_by text NOT NULL,
    PRIMARY KEY (kind, language));

-- ---------------------------------------------------------------------------------------
-- Version 7: everyone who worked on a decision version
-- ---------------------------------------------------------------------------------------

CREATE TABLE decision_contributor (
    decision_id bigint NOT NULL REFERENCES decision(id),
    user_id bigint NOT NULL REFERENCES app_user(id),
    act text NOT NULL CHECK (act IN ('drafted', 'edited', 'submitted')),
    at text NOT NULL,
    PRIMARY KEY (decision_id, user_id, act));

\ir functions.sql
\ir decisions.sql
\ir users.sql
\ir guards.sql
\ir search.sql
\ir grants.sql

RESET ROLE;
