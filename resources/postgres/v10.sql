-- Fellesvedtak on PostgreSQL 15: schema version 10 (the SQLite step core/storage/UpgradeToV10.cpp).
-- A foreign applicant's legal basis in its own law, stated by the caseworker while the decision is
-- drafted and printed under the decision letter's legal basis (core/decision/ForeignBasis.h).
--
-- Run once, as a superuser or fv_owner, on a database at version 9:
--   psql -v ON_ERROR_STOP=1 -d fellesvedtak -f v10.sql
BEGIN;
SET LOCAL search_path = fv, pg_temp;

DO $$
BEGIN
    IF (SELECT version FROM schema_version) <> 9 THEN
        RAISE EXCEPTION 'v10.sql needs a database at schema version 9, this one is at %',
            (SELECT version FROM schema_version);
    END IF;
END
$$;

ALTER TABLE fv_case ADD COLUMN foreign_legal_basis text NOT NULL DEFAULT '';

-- Those who edit decision drafts state it (the rule book's edit-decision: advisers and lawyers);
-- the program checks the rule and records the event, as on SQLite.
GRANT UPDATE (foreign_legal_basis) ON fv_case TO fv_adviser, fv_lawyer;

UPDATE schema_version SET version = 10;
COMMIT;
