-- Fellesvedtak on PostgreSQL 15: schema version 9, after the decision letter (the SQLite step
-- core/storage/UpgradeToV9.cpp, table for table). Run once, as a superuser or fv_owner, on a
-- database at the version before it (see README.md):
--   psql -v ON_ERROR_STOP=1 -d fellesvedtak -f v9.sql
-- It reads no table of version 8, so it applies after either step.
--  - delivery: per case and registry, what the registry manager reported (ordered, delivered on
--    a day, or delayed with a reason); one row per registry, kept current; the history is in the
--    audit trail.
--  - project_end: the applicant's end report and the confirmation of deletion or anonymisation.
-- Both are casework the program's rule book governs: every caseworker role may write them, as
-- for consultations (grants.sql).

BEGIN;
SET LOCAL ROLE fv_owner;
SET LOCAL search_path = fv, pg_temp;

CREATE TABLE delivery (
    case_id bigint NOT NULL REFERENCES fv_case(id) ON DELETE CASCADE,
    registry text NOT NULL REFERENCES registry(code) ON UPDATE CASCADE,
    ordered_on text, delivered_on text, delayed_on text,
    delay_reason text NOT NULL DEFAULT '',
    changed_by bigint NOT NULL REFERENCES app_user(id), changed_at text NOT NULL,
    PRIMARY KEY (case_id, registry),
    CHECK (delivered_on IS NULL OR ordered_on IS NULL OR delivered_on >= ordered_on));

CREATE TABLE project_end (
    case_id bigint PRIMARY KEY REFERENCES fv_case(id) ON DELETE CASCADE,
    report_on text, deleted_on text,
    changed_by bigint NOT NULL REFERENCES app_user(id), changed_at text NOT NULL);

REVOKE ALL ON delivery, project_end FROM PUBLIC;
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['fv_adviser', 'fv_lawyer', 'fv_decision_maker', 'fv_admin'] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON delivery, project_end TO %I', r);
    END LOOP;
END
$$;

UPDATE schema_version SET version = 9;
COMMIT;
