-- The server's operations (loaded by schema.sql as fv_owner, search_path fv).
-- Every SECURITY DEFINER function pins its search_path (fv, then pg_temp last) so that no
-- caller's objects can stand in for ours, and acts for session_user: the authenticated login,
-- which a caller cannot change (SET ROLE changes current_user only).

-- The office's time zone: every time the server writes is local time there, as the program
-- writes it on SQLite. IT changes it with CREATE OR REPLACE FUNCTION (docs/TEAM.md).
CREATE FUNCTION fv_time_zone() RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 'Europe/Oslo' $$;

-- Now, as stored: 2026-12-06T21:02:26.215 (Qt::ISODateWithMs of a local time).
CREATE FUNCTION fv_now() RETURNS text
    LANGUAGE sql STABLE AS
$$ SELECT to_char(now() AT TIME ZONE fv_time_zone(), 'YYYY-MM-DD"T"HH24:MI:SS.MS') $$;

CREATE FUNCTION fv_today() RETURNS date
    LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE fv_time_zone())::date $$;

-- A refusal: SQLSTATE 42501 (or P0001 for a state conflict) and a key the program translates.
CREATE FUNCTION fv_refuse(key text, message text, state text DEFAULT '42501') RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION USING ERRCODE = state, MESSAGE = message, HINT = 'fv:' || key;
END
$$;

-- The hash of one event, exactly as AuditLog.cpp computes it: SHA-256 over each field's UTF-8
-- bytes, each preceded by its length in bytes and a colon; an event without a case hashes ''.
CREATE FUNCTION fv_event_hash(prev text, id bigint, case_id bigint, at text, actor text, kind text,
                              detail text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
    SELECT encode(sha256(string_agg(convert_to(octet_length(convert_to(p, 'UTF8'))::text || ':', 'UTF8')
                                    || convert_to(p, 'UTF8'), ''::bytea ORDER BY n)), 'hex')
    FROM unnest(ARRAY[prev, id::text, coalesce(case_id::text, ''), at, actor, kind, detail])
         WITH ORDINALITY AS f(p, n)
$$;

-- The acting user: the login of this session, an active user of Fellesvedtak.
CREATE FUNCTION fv_session_user_id() RETURNS bigint
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    uid bigint;
BEGIN
    SELECT id INTO uid FROM app_user WHERE login = session_user AND active;
    IF uid IS NULL THEN
        PERFORM fv_refuse('not-a-user', format('%s is not an active user of Fellesvedtak', session_user));
    END IF;
    RETURN uid;
END
$$;

-- Whether the session's login holds a group role (through membership, as the server checks it).
CREATE FUNCTION fv_session_has(role_name text) RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT pg_has_role(session_user, role_name, 'MEMBER') $$;

CREATE FUNCTION fv_require_role(role_names text[], what text) RETURNS bigint
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    r text;
    uid bigint := fv_session_user_id();
BEGIN
    FOREACH r IN ARRAY role_names LOOP
        IF fv_session_has(r) THEN
            RETURN uid;
        END IF;
    END LOOP;
    PERFORM fv_refuse('role', format('%s may not %s: that needs the role %s', session_user, what,
                                     array_to_string(role_names, ' or ')));
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The audit trail
-- ---------------------------------------------------------------------------------------

-- Appends an event for the session's user; the server chooses the id, the time and the hash.
-- Callers: the program for every recorded change, and the functions below.
CREATE FUNCTION fv_append_event(p_case_id bigint, p_kind text, p_detail text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    new_id bigint;
BEGIN
    PERFORM fv_session_user_id();
    -- The trigger event_chain fills id, at, actor and the hashes; the values here are overwritten.
    INSERT INTO event (id, case_id, at, actor, kind, detail, prev_hash, hash)
    VALUES (0, p_case_id, '', '', p_kind, p_detail, '', '')
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Gapless numbers
-- ---------------------------------------------------------------------------------------

-- A new case with the next number of this year (YY/NNNNN). The year's counter row is locked
-- until the transaction ends, so concurrent registrations queue, and a rolled-back one gives
-- its number back: no gaps, no duplicates. The caller writes the application and appends the
-- 'imported' event in the same transaction.
CREATE FUNCTION fv_new_case(p_change_of bigint DEFAULT NULL) RETURNS TABLE (id bigint, case_number text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    y integer := extract(year FROM fv_today())::integer;
    n integer;
    number text;
    new_id bigint;
BEGIN
    PERFORM fv_require_role(ARRAY['fv_adviser', 'fv_lawyer', 'fv_admin'], 'register applications');
    INSERT INTO case_sequence AS s (year, last) VALUES (y, 1)
        ON CONFLICT (year) DO UPDATE SET last = s.last + 1
        RETURNING s.last INTO n;
    IF n > 99999 THEN
        PERFORM fv_refuse('numbers-used-up', format('the case numbers of %s are used up (99 999)', y), 'P0001');
    END IF;
    number := lpad((y % 100)::text, 2, '0') || '/' || lpad(n::text, 5, '0');
    INSERT INTO fv_case (case_number, year, seq, status, created_at, updated_at, change_of)
    VALUES (number, y, n, 'received', fv_now(), fv_now(), p_change_of)
    RETURNING fv_case.id INTO new_id;
    RETURN QUERY SELECT new_id, number;
END
$$;

-- Stores a sent document as number p_doc_no of the case, which must be the case's next number
-- (the program puts the number in the letter before it renders it). The case row stays locked
-- to the end of the transaction: two senders cannot take one number, and none is skipped.
CREATE FUNCTION fv_store_document(p_case_id bigint, p_doc_no integer, p_kind text, p_language text,
                                  p_title text, p_content bytea) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_adviser', 'fv_lawyer', 'fv_decision_maker'], 'send letters');
    expected integer;
    digest text := encode(sha256(p_content), 'hex');
BEGIN
    SELECT next_document INTO expected FROM fv_case WHERE id = p_case_id FOR UPDATE;
    IF expected IS NULL THEN
        PERFORM fv_refuse('no-case', format('there is no case %s', p_case_id), 'P0001');
    END IF;
    -- A decision letter only for an approved decision: the case's newest version.
    IF p_kind = 'decision' AND NOT EXISTS (
           SELECT 1 FROM decision d WHERE d.case_id = p_case_id AND d.status = 'approved'
           AND d.version = (SELECT max(version) FROM decision WHERE case_id = p_case_id)) THEN
        PERFORM fv_refuse('not-approved', 'the decision is not approved yet, so its letter cannot be sent', 'P0001');
    END IF;
    IF p_doc_no <> expected THEN
        PERFORM fv_refuse('document-number', format('document %s of this case is the next one, not %s: '
                          'someone else stored a document meanwhile; try again', expected, p_doc_no), '40001');
    END IF;
    INSERT INTO document (case_id, doc_no, kind, language, title, created_at, created_by, sha256, content)
    VALUES (p_case_id, p_doc_no, p_kind, p_language, p_title, fv_now(), uid, digest, p_content);
    UPDATE fv_case SET next_document = next_document + 1, updated_at = fv_now() WHERE id = p_case_id;
    RETURN digest;
END
$$;
