-- Triggers: what never changes, whoever writes (triggers bind the table owner and the definer
-- functions too, unlike grants). Only a superuser can switch them off.

CREATE FUNCTION fv_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- TG_ARGV[0]: the key; TG_ARGV[1]: the message.
    PERFORM fv_refuse(TG_ARGV[0], TG_ARGV[1]);
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The audit trail: the server sets id, time, actor and the chain; nothing is ever changed.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION fv_event_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    head audit_head;
BEGIN
    -- The head row's lock orders concurrent appends: one chain, no forks, no gaps.
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    IF head.id IS NULL THEN
        PERFORM fv_refuse('audit-head', 'the head of the audit trail is missing; nothing can be recorded', 'P0001');
    END IF;
    NEW.id := head.last_id + 1;
    NEW.at := fv_now();
    NEW.actor := session_user;
    NEW.prev_hash := head.last_hash;
    NEW.hash := fv_event_hash(NEW.prev_hash, NEW.id, NEW.case_id, NEW.at, NEW.actor, NEW.kind, NEW.detail);
    UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER event_chain BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION fv_event_chain();

-- Every recorded change of a case moves its row_version (the editors' optimistic check) and is
-- announced to every open program at commit (LISTEN fv_case).
CREATE FUNCTION fv_event_touches_case() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.case_id IS NOT NULL THEN
        UPDATE fv_case SET row_version = row_version + 1 WHERE id = NEW.case_id;
        PERFORM pg_notify('fv_case', NEW.case_id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER event_touches_case AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION fv_event_touches_case();

CREATE TRIGGER event_no_change BEFORE UPDATE OR DELETE ON event FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('append-only', 'the audit trail is append-only');
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('append-only', 'the audit trail is append-only');

CREATE FUNCTION fv_audit_head_forward() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.id <> OLD.id OR NEW.last_id <> OLD.last_id + 1 THEN
        PERFORM fv_refuse('append-only', 'the audit trail is append-only');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head FOR EACH ROW EXECUTE FUNCTION fv_audit_head_forward();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('append-only', 'the audit trail is append-only');
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('append-only', 'the audit trail is append-only');

-- ---------------------------------------------------------------------------------------
-- Sent documents and who worked on a decision: written once, never changed or removed.
-- ---------------------------------------------------------------------------------------

CREATE TRIGGER document_no_change BEFORE UPDATE OR DELETE ON document FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('document-sent', 'a sent document cannot be changed or deleted');
CREATE TRIGGER document_no_truncate BEFORE TRUNCATE ON document FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('document-sent', 'a sent document cannot be changed or deleted');
CREATE TRIGGER decision_contributor_no_change BEFORE UPDATE OR DELETE ON decision_contributor FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('contributors', 'who worked on a decision cannot be changed or removed');
CREATE TRIGGER decision_contributor_no_truncate BEFORE TRUNCATE ON decision_contributor FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('contributors', 'who worked on a decision cannot be changed or removed');

-- ---------------------------------------------------------------------------------------
-- Decisions: an approved version never changes (it may only be marked superseded), and its
-- approver never worked on it.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION fv_decision_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.status IN ('approved', 'superseded') THEN
        IF NOT (OLD.status = 'approved' AND NEW.status = 'superseded'
                AND to_jsonb(NEW) - 'status' = to_jsonb(OLD) - 'status') THEN
            PERFORM fv_refuse('decision-locked', 'an approved decision is locked; it can only be superseded by a '
                              'new decision');
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.case_id, NEW.version, NEW.drafted_by, NEW.drafted_at)
       IS DISTINCT FROM (OLD.id, OLD.case_id, OLD.version, OLD.drafted_by, OLD.drafted_at) THEN
        PERFORM fv_refuse('decision-identity', 'who drafted a decision version, and when, never changes');
    END IF;
    IF NEW.status IN ('approved', 'superseded') THEN
        IF OLD.status <> 'submitted' OR NEW.status <> 'approved' OR NEW.approved_by IS NULL THEN
            PERFORM fv_refuse('not-submitted', 'only a decision submitted for approval can be approved', 'P0001');
        END IF;
        IF EXISTS (SELECT 1 FROM decision_contributor WHERE decision_id = NEW.id AND user_id = NEW.approved_by) THEN
            PERFORM fv_refuse('four-eyes', 'whoever drafted, edited or submitted a decision may not approve it (the '
                              'four-eyes principle)');
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER decision_guard BEFORE UPDATE ON decision FOR EACH ROW EXECUTE FUNCTION fv_decision_guard();
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('decision-kept', 'a decision version is kept; it cannot be deleted');

-- Registries, variables and conditions change only while their version is a draft.
CREATE FUNCTION fv_decision_part_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    row_ jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    decision_ bigint;
    state text;
BEGIN
    IF TG_TABLE_NAME = 'decision_variable' THEN
        SELECT decision_id INTO decision_ FROM decision_entry WHERE id = (row_ ->> 'entry_id')::bigint;
        IF decision_ IS NULL AND TG_OP = 'DELETE' THEN
            RETURN OLD; -- removed with its registry row, whose own delete was checked
        END IF;
    ELSE
        decision_ := (row_ ->> 'decision_id')::bigint;
    END IF;
    SELECT status INTO state FROM decision WHERE id = decision_;
    IF state IS DISTINCT FROM 'draft' THEN
        PERFORM fv_refuse('decision-locked', format('the decision is %s and can no longer be edited',
                          coalesce(state, 'gone')));
    END IF;
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) ->> 'decision_id' IS DISTINCT FROM to_jsonb(NEW) ->> 'decision_id' THEN
        PERFORM fv_refuse('decision-locked', 'a part of a decision cannot move to another decision');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER decision_entry_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_entry FOR EACH ROW
    EXECUTE FUNCTION fv_decision_part_guard();
CREATE TRIGGER decision_variable_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_variable FOR EACH ROW
    EXECUTE FUNCTION fv_decision_part_guard();
CREATE TRIGGER decision_condition_guard BEFORE INSERT OR UPDATE OR DELETE ON decision_condition FOR EACH ROW
    EXECUTE FUNCTION fv_decision_part_guard();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('decision-kept', 'decisions cannot be deleted');
CREATE TRIGGER decision_entry_no_truncate BEFORE TRUNCATE ON decision_entry FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('decision-kept', 'decisions cannot be deleted');
CREATE TRIGGER decision_variable_no_truncate BEFORE TRUNCATE ON decision_variable FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('decision-kept', 'decisions cannot be deleted');
CREATE TRIGGER decision_condition_no_truncate BEFORE TRUNCATE ON decision_condition FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('decision-kept', 'decisions cannot be deleted');

-- ---------------------------------------------------------------------------------------
-- Cases and their numbers: a number, once given, is the case's for good; the counters only
-- count up by one; a case is decided only with an approved decision.
-- ---------------------------------------------------------------------------------------

CREATE FUNCTION fv_case_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (NEW.id, NEW.case_number, NEW.year, NEW.seq, NEW.created_at, NEW.change_of)
       IS DISTINCT FROM (OLD.id, OLD.case_number, OLD.year, OLD.seq, OLD.created_at, OLD.change_of) THEN
        PERFORM fv_refuse('case-number', 'a case''s number and origin never change');
    END IF;
    IF NEW.next_document NOT IN (OLD.next_document, OLD.next_document + 1) THEN
        PERFORM fv_refuse('document-number', 'document numbers are given one at a time, without gaps');
    END IF;
    IF NEW.status = 'decided' AND OLD.status <> 'decided'
       AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.case_id = NEW.id AND d.status = 'approved'
                       AND d.version = (SELECT max(version) FROM decision WHERE case_id = NEW.id)) THEN
        PERFORM fv_refuse('not-approved', 'a case is decided only when its decision is approved');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_guard BEFORE UPDATE ON fv_case FOR EACH ROW EXECUTE FUNCTION fv_case_guard();
CREATE TRIGGER case_no_delete BEFORE DELETE ON fv_case FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('case-kept', 'a case is kept; its number would leave a gap');
CREATE TRIGGER case_no_truncate BEFORE TRUNCATE ON fv_case FOR EACH STATEMENT
    EXECUTE FUNCTION fv_refuse_change('case-kept', 'a case is kept; its number would leave a gap');

CREATE FUNCTION fv_case_sequence_guard() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.year <> OLD.year OR NEW.last <> OLD.last + 1 THEN
        PERFORM fv_refuse('case-number', 'case numbers are given one at a time, without gaps');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_sequence_guard BEFORE UPDATE ON case_sequence FOR EACH ROW
    EXECUTE FUNCTION fv_case_sequence_guard();
CREATE TRIGGER case_sequence_first BEFORE INSERT ON case_sequence FOR EACH ROW WHEN (NEW.last <> 1)
    EXECUTE FUNCTION fv_refuse_change('case-number', 'case numbers are given one at a time, without gaps');
CREATE TRIGGER case_sequence_no_delete BEFORE DELETE ON case_sequence FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('case-number', 'case numbers are given one at a time, without gaps');

-- ---------------------------------------------------------------------------------------
-- Users: a login is who someone is; users are deactivated, never removed.
-- ---------------------------------------------------------------------------------------

CREATE TRIGGER app_user_login_fixed BEFORE UPDATE OF login ON app_user FOR EACH ROW
    WHEN (NEW.login IS DISTINCT FROM OLD.login)
    EXECUTE FUNCTION fv_refuse_change('user-login', 'a user''s login never changes');
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user FOR EACH ROW
    EXECUTE FUNCTION fv_refuse_change('user-kept', 'a user is kept (deactivate instead)');
