-- Who may do what directly. Every group role reads everything; writes that the program's rule
-- book governs (applications, casework, settings) are granted to the roles that make them;
-- the rest goes through the functions, which run as fv_owner and check session_user.

-- Every function that reads or writes tables finds ours, whatever search_path the caller set:
-- a trigger runs with the caller's settings, and a caller's temporary table named like one of
-- ours must never stand in for it (pg_temp is searched last). The pure text functions are left
-- as they are, so that the planner can inline them into search queries.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'fv' AND p.proconfig IS NULL AND p.provolatile <> 'i' LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = fv, pg_temp', f);
    END LOOP;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA fv FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA fv FROM PUBLIC;

DO $$
DECLARE
    staff text[] := ARRAY['fv_adviser', 'fv_lawyer', 'fv_decision_maker', 'fv_admin'];
    registering text[] := ARRAY['fv_adviser', 'fv_lawyer', 'fv_admin'];
    r text;
    t text;
BEGIN
    FOREACH r IN ARRAY staff LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA fv TO %I', r);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA fv TO %I', r);
        -- Casework anyone in the office records: assessment, consultations, the dialogue with
        -- the applicant, notes, forwarding; and the case's status, assignee and dates.
        FOREACH t IN ARRAY ARRAY['assessment', 'consultation', 'info_request', 'case_note', 'forwarding'] LOOP
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, r);
        END LOOP;
        EXECUTE format('GRANT UPDATE (status, assignee, updated_at, row_version, completed_on, preliminary_reply_on) '
                       'ON fv_case TO %I', r);
        EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA fv TO %I', r);
        EXECUTE format('GRANT EXECUTE ON FUNCTION fv_append_event(bigint, text, text), fv_store_document(bigint, '
                       'integer, text, text, text, bytea), fv_now(), fv_today(), fv_time_zone(), fv_fold(text), '
                       'fv_search_words(text), fv_search_query(text), fv_search_weights(), '
                       'fv_event_hash(text, bigint, bigint, text, text, text, text), fv_refuse(text, text, text) TO %I', r);
    END LOOP;
    -- Registering and editing applications.
    FOREACH r IN ARRAY registering LOOP
        FOREACH t IN ARRAY ARRAY['application', 'application_person', 'data_source', 'data_source_variable',
                                 'attachment'] LOOP
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, r);
        END LOOP;
        EXECUTE format('GRANT EXECUTE ON FUNCTION fv_new_case(bigint) TO %I', r);
    END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION fv_draft_decision(text, jsonb), fv_save_decision_draft(text, integer, jsonb),
    fv_submit_decision(text, integer) TO fv_adviser, fv_lawyer;
GRANT EXECUTE ON FUNCTION fv_approve_decision(text, integer), fv_return_decision(text, integer, text)
    TO fv_decision_maker;

-- The administrator's tables and operations.
GRANT INSERT, UPDATE, DELETE ON setting, registry, registry_variable, condition_library, price_table, letter_template
    TO fv_admin;
GRANT EXECUTE ON FUNCTION fv_add_user(text, text, text[], text), fv_grant_role(text, text),
    fv_revoke_role(text, text), fv_update_user(text, bigint, text, text, boolean), fv_rebuild_search(bigint, bigint)
    TO fv_admin;
