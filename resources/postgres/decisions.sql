-- The joint decision's life on the server: draft, edit, submit, return, approve. Each is a
-- SECURITY DEFINER function acting for session_user; caseworkers cannot write the decision
-- tables themselves. Each locks the case row first, so two operations on one case queue, moves
-- the case's status like the program's CaseStatus table, and appends its own audit event with
-- the kind and wording the program uses on SQLite (draft, decision-edited, submit, return,
-- approve). On the server the program calls these instead of writing the rows itself.
--
-- A decision's content is passed as one JSON object:
--   {"exemption_required": true, "exemption_granted": true, "exemption_legal_basis": "",
--    "exemption_reasons": "", "legal_basis": "", "reasons": "", "casework_hours": 0,
--    "fee_exemption": "none",
--    "entries": [{"registry": "MFR", "outcome": "granted", "period_from": "2020-01-01",
--                 "period_to": "2024-12-31", "reason": "",
--                 "variables": [{"name": "...", "approved": true, "reason": ""}]}],
--    "conditions": [{"code": "...", "text": "..."}]}

-- The case, locked to the end of the transaction; refused when there is none.
CREATE FUNCTION fv_lock_case(p_case_number text) RETURNS fv_case
    LANGUAGE plpgsql AS
$$
DECLARE
    c fv_case;
BEGIN
    SELECT * INTO c FROM fv_case WHERE case_number = trim(p_case_number) FOR UPDATE;
    IF c.id IS NULL THEN
        PERFORM fv_refuse('no-case', format('no case with the number %s', p_case_number), 'P0001');
    END IF;
    RETURN c;
END
$$;

-- The case's newest decision version, locked; refused when the case has none.
CREATE FUNCTION fv_lock_current_decision(p_case fv_case) RETURNS decision
    LANGUAGE plpgsql AS
$$
DECLARE
    d decision;
BEGIN
    SELECT * INTO d FROM decision WHERE case_id = p_case.id ORDER BY version DESC LIMIT 1 FOR UPDATE;
    IF d.id IS NULL THEN
        PERFORM fv_refuse('no-decision', format('case %s has no decision draft', p_case.case_number), 'P0001');
    END IF;
    RETURN d;
END
$$;

-- The approver read revision p_revision; a decision changed since then is not what they read.
CREATE FUNCTION fv_require_revision(d decision, p_revision integer) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF p_revision IS DISTINCT FROM d.revision THEN
        PERFORM fv_refuse('stale', format('decision %s was changed after you opened it (revision %s, you saw %s); '
                          'open it again', d.version, d.revision, p_revision), '40001');
    END IF;
END
$$;

-- Moves the case's status (the program's CaseStatus table for these actions) and records it.
CREATE FUNCTION fv_case_step(p_case fv_case, p_from text[], p_to text, p_action text, p_detail text)
    RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT p_case.status = ANY (p_from) THEN
        PERFORM fv_refuse('status', format('''%s'' is not possible while the case is %s', p_action, p_case.status),
                          'P0001');
    END IF;
    UPDATE fv_case SET status = p_to, updated_at = fv_now(), row_version = row_version + 1 WHERE id = p_case.id;
    PERFORM fv_append_event(p_case.id, p_action, p_detail);
END
$$;

-- Writes a draft's content: its own columns, the registries, variables and conditions.
CREATE FUNCTION fv_write_decision_content(p_decision_id bigint, c jsonb) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    e jsonb;
    v jsonb;
    entry_id bigint;
    pos integer := 0;
    vpos integer;
BEGIN
    UPDATE decision SET
        exemption_required = coalesce((c ->> 'exemption_required')::boolean, false),
        exemption_granted = coalesce((c ->> 'exemption_granted')::boolean, false),
        exemption_legal_basis = coalesce(c ->> 'exemption_legal_basis', ''),
        exemption_reasons = coalesce(c ->> 'exemption_reasons', ''),
        legal_basis = coalesce(c ->> 'legal_basis', ''),
        reasons = coalesce(c ->> 'reasons', ''),
        casework_hours = coalesce((c ->> 'casework_hours')::double precision, 0),
        fee_exemption = coalesce(c ->> 'fee_exemption', 'none')
    WHERE id = p_decision_id;
    DELETE FROM decision_entry WHERE decision_id = p_decision_id;
    DELETE FROM decision_condition WHERE decision_id = p_decision_id;
    FOR e IN SELECT * FROM jsonb_array_elements(coalesce(c -> 'entries', '[]')) LOOP
        INSERT INTO decision_entry (decision_id, pos, registry, outcome, period_from, period_to, reason)
        VALUES (p_decision_id, pos, e ->> 'registry', e ->> 'outcome', e ->> 'period_from', e ->> 'period_to',
                coalesce(e ->> 'reason', ''))
        RETURNING id INTO entry_id;
        pos := pos + 1;
        vpos := 0;
        FOR v IN SELECT * FROM jsonb_array_elements(coalesce(e -> 'variables', '[]')) LOOP
            INSERT INTO decision_variable (entry_id, pos, name, approved, reason)
            VALUES (entry_id, vpos, v ->> 'name', coalesce((v ->> 'approved')::boolean, false),
                    coalesce(v ->> 'reason', ''));
            vpos := vpos + 1;
        END LOOP;
    END LOOP;
    pos := 0;
    FOR e IN SELECT * FROM jsonb_array_elements(coalesce(c -> 'conditions', '[]')) LOOP
        INSERT INTO decision_condition (decision_id, pos, code, text)
        VALUES (p_decision_id, pos, coalesce(e ->> 'code', ''), e ->> 'text');
        pos := pos + 1;
    END LOOP;
END
$$;

-- A new decision version, drafted by the session's user. Returns the decision's id.
CREATE FUNCTION fv_draft_decision(p_case_number text, p_content jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_adviser', 'fv_lawyer'], 'draft decisions');
    c fv_case := fv_lock_case(p_case_number);
    prev decision;
    new_id bigint;
    replaces bigint;
BEGIN
    SELECT * INTO prev FROM decision WHERE case_id = c.id ORDER BY version DESC LIMIT 1 FOR UPDATE;
    IF prev.status = 'approved' THEN
        replaces := prev.id;
    ELSIF prev.id IS NULL AND c.change_of IS NOT NULL THEN
        -- A change application's decision replaces the earlier case's approved decision.
        SELECT id INTO replaces FROM decision WHERE case_id = c.change_of AND status = 'approved'
            ORDER BY version DESC LIMIT 1;
    END IF;
    PERFORM fv_case_step(c, ARRAY['received', 'completeness-check', 'under-assessment'], 'decision-draft', 'draft',
                         format('decision draft %s made with %s registries', coalesce(prev.version, 0) + 1,
                                jsonb_array_length(coalesce(p_content -> 'entries', '[]'))));
    INSERT INTO decision (case_id, version, status, exemption_required, exemption_granted, drafted_by, drafted_at,
                          supersedes)
    VALUES (c.id, coalesce(prev.version, 0) + 1, 'draft', false, false, uid, fv_now(), replaces)
    RETURNING id INTO new_id;
    PERFORM fv_write_decision_content(new_id, p_content);
    INSERT INTO decision_contributor (decision_id, user_id, act, at) VALUES (new_id, uid, 'drafted', fv_now());
    RETURN new_id;
END
$$;

-- Saves an edited draft the caller opened at p_revision; returns the new revision.
CREATE FUNCTION fv_save_decision_draft(p_case_number text, p_revision integer, p_content jsonb) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_adviser', 'fv_lawyer'], 'edit decisions');
    c fv_case := fv_lock_case(p_case_number);
    d decision := fv_lock_current_decision(c);
BEGIN
    IF d.status <> 'draft' THEN
        PERFORM fv_refuse('not-draft', format('the decision is %s and can no longer be edited', d.status), 'P0001');
    END IF;
    PERFORM fv_require_revision(d, p_revision);
    PERFORM fv_write_decision_content(d.id, p_content);
    UPDATE decision SET revision = revision + 1 WHERE id = d.id;
    INSERT INTO decision_contributor (decision_id, user_id, act, at) VALUES (d.id, uid, 'edited', fv_now())
        ON CONFLICT DO NOTHING;
    PERFORM fv_append_event(c.id, 'decision-edited', format('draft %s edited', d.version));
    RETURN d.revision + 1;
END
$$;

CREATE FUNCTION fv_submit_decision(p_case_number text, p_revision integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_adviser', 'fv_lawyer'], 'submit decisions');
    c fv_case := fv_lock_case(p_case_number);
    d decision := fv_lock_current_decision(c);
BEGIN
    IF d.status <> 'draft' THEN
        PERFORM fv_refuse('not-draft', format('the decision is %s, not a draft', d.status), 'P0001');
    END IF;
    PERFORM fv_require_revision(d, p_revision);
    PERFORM fv_case_step(c, ARRAY['decision-draft'], 'awaiting-approval', 'submit',
                         format('decision %s submitted for approval', d.version));
    UPDATE decision SET status = 'submitted', submitted_by = uid, submitted_at = fv_now() WHERE id = d.id;
    INSERT INTO decision_contributor (decision_id, user_id, act, at) VALUES (d.id, uid, 'submitted', fv_now())
        ON CONFLICT DO NOTHING;
END
$$;

CREATE FUNCTION fv_return_decision(p_case_number text, p_revision integer, p_comment text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_decision_maker'], 'return decisions');
    c fv_case := fv_lock_case(p_case_number);
    d decision := fv_lock_current_decision(c);
BEGIN
    IF d.status <> 'submitted' THEN
        PERFORM fv_refuse('not-submitted', format('decision %s is %s, not submitted for approval', d.version,
                          d.status), 'P0001');
    END IF;
    PERFORM fv_require_revision(d, p_revision);
    IF coalesce(trim(p_comment), '') = '' THEN
        PERFORM fv_refuse('comment', 'say why the draft goes back', 'P0001');
    END IF;
    UPDATE decision SET status = 'draft', return_comment = trim(p_comment), submitted_by = NULL, submitted_at = NULL
        WHERE id = d.id;
    PERFORM fv_case_step(c, ARRAY['awaiting-approval'], 'decision-draft', 'return',
                         format('decision %s returned: %s', d.version, trim(p_comment)));
    RETURN;
END
$$;

-- The fee, fixed with the prices in force on the day of the decision (core/decision/Fees.cpp).
CREATE FUNCTION fv_decision_fee(d decision, OUT total integer, OUT price_from text)
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    p price_table;
    sources integer;
    started integer;
BEGIN
    SELECT * INTO p FROM price_table WHERE valid_from <= to_char(fv_today(), 'YYYY-MM-DD') ORDER BY valid_from DESC LIMIT 1;
    price_from := p.valid_from;
    total := 0;
    IF coalesce(d.fee_exemption, 'none') NOT IN ('none', '') THEN
        RETURN;
    END IF;
    SELECT count(*) INTO sources FROM decision_entry WHERE decision_id = d.id;
    started := CASE WHEN d.casework_hours > 0 THEN ceil(d.casework_hours - 1e-9)::integer ELSE 0 END;
    total := coalesce(CASE WHEN sources > 1 THEN p.base_several ELSE p.base_one END, 0)
             + started * coalesce(p.hourly, 0);
END
$$;

-- Approves the submitted decision version the approver read (p_revision). Nobody who drafted,
-- edited or submitted this version may approve it: the four-eyes principle, held here.
CREATE FUNCTION fv_approve_decision(p_case_number text, p_revision integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_decision_maker'], 'approve decisions');
    c fv_case := fv_lock_case(p_case_number);
    d decision := fv_lock_current_decision(c);
    acts text;
    fee record;
BEGIN
    IF d.status <> 'submitted' THEN
        PERFORM fv_refuse('not-submitted', format('decision %s is %s, not submitted for approval', d.version,
                          d.status), 'P0001');
    END IF;
    PERFORM fv_require_revision(d, p_revision);
    SELECT string_agg(act, ', ' ORDER BY act) INTO acts FROM decision_contributor
        WHERE decision_id = d.id AND user_id = uid;
    IF acts IS NOT NULL THEN
        PERFORM fv_refuse('four-eyes', format('%s worked on this decision (%s) and may not approve it: a second '
                          'person must approve (the four-eyes principle)', session_user, acts));
    END IF;
    IF d.supersedes IS NOT NULL THEN
        UPDATE decision SET status = 'superseded' WHERE id = d.supersedes AND status = 'approved';
    END IF;
    fee := fv_decision_fee(d);
    UPDATE decision SET status = 'approved', approved_by = uid, approved_at = fv_now(),
                        fee_total = fee.total, fee_price_from = fee.price_from
        WHERE id = d.id;
    -- After the decision: a case becomes decided only with an approved decision (guards.sql).
    PERFORM fv_case_step(c, ARRAY['awaiting-approval'], 'decided', 'approve',
                         format('decision %s approved', d.version));
END
$$;
