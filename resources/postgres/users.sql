-- Users on the server. A caseworker is a LOGIN role that IT creates (CREATE ROLE … LOGIN, with
-- Kerberos or a password, docs/TEAM.md); Fellesvedtak maps it to an app_user row and grants it
-- group roles. Only members of fv_admin change users, never their own roles, and every change
-- is in the audit trail. Caseworkers cannot write app_user themselves.

-- The role codes the program uses, and the group role each stands for.
CREATE FUNCTION fv_group_role(p_code text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE AS
$$
BEGIN
    RETURN CASE p_code
        WHEN 'adviser' THEN 'fv_adviser' WHEN 'fv_adviser' THEN 'fv_adviser'
        WHEN 'lawyer' THEN 'fv_lawyer' WHEN 'fv_lawyer' THEN 'fv_lawyer'
        WHEN 'decision-maker' THEN 'fv_decision_maker' WHEN 'fv_decision_maker' THEN 'fv_decision_maker'
        WHEN 'admin' THEN 'fv_admin' WHEN 'fv_admin' THEN 'fv_admin'
    END;
END
$$;

-- A login's roles as app_user.roles keeps them (adviser,lawyer,decision-maker,admin), read
-- from the server's own memberships: what the server checks is what the program shows.
CREATE FUNCTION fv_role_codes(p_login text) RETURNS text
    LANGUAGE sql STABLE AS
$$
    SELECT coalesce(string_agg(code, ',' ORDER BY n), '')
    FROM unnest(ARRAY['adviser', 'lawyer', 'decision-maker', 'admin']) WITH ORDINALITY AS r(code, n)
    WHERE EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                  JOIN pg_roles u ON u.oid = m.member
                  WHERE u.rolname = p_login AND g.rolname = fv_group_role(code))
$$;

-- The acting admin; refused for anyone else, and for changes to one's own account.
CREATE FUNCTION fv_require_admin_for(p_login text, what text) RETURNS bigint
    LANGUAGE plpgsql AS
$$
DECLARE
    uid bigint := fv_require_role(ARRAY['fv_admin'], what);
BEGIN
    IF p_login = session_user THEN
        PERFORM fv_refuse('own-account', format('%s may not change their own roles or account: another '
                          'administrator must', session_user));
    END IF;
    RETURN uid;
END
$$;

CREATE FUNCTION fv_set_membership(p_login text, p_code text, p_grant boolean) RETURNS boolean
    LANGUAGE plpgsql AS
$$
DECLARE
    grp text := fv_group_role(p_code);
    had boolean;
BEGIN
    IF grp IS NULL THEN
        PERFORM fv_refuse('unknown-role', format('there is no role %s (adviser, lawyer, decision-maker, admin)',
                          p_code), 'P0001');
    END IF;
    had := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = p_login AND g.rolname = grp);
    IF p_grant AND NOT had THEN
        EXECUTE format('GRANT %I TO %I', grp, p_login);
    ELSIF NOT p_grant AND had THEN
        EXECUTE format('REVOKE %I FROM %I', grp, p_login);
    END IF;
    RETURN had <> p_grant;
END
$$;

-- Records the login's roles as the server now has them, and the change in the audit trail.
CREATE FUNCTION fv_record_roles(p_login text, p_kind text) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    codes text := fv_role_codes(p_login);
BEGIN
    UPDATE app_user SET roles = codes, row_version = row_version + 1 WHERE login = p_login;
    PERFORM fv_append_event(NULL, p_kind, format('%s (%s)', p_login, replace(codes, ',', ', ')));
END
$$;

-- Makes an existing login a user of Fellesvedtak with the given roles. The very first user is
-- the administrator IT appointed (made a member of fv_admin by IT), adding themselves with the
-- roles IT gave them (p_roles is not granted then: nobody grants themselves a role).
CREATE FUNCTION fv_add_user(p_login text, p_full_name text, p_roles text[], p_title text DEFAULT '')
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    first_user boolean := NOT EXISTS (SELECT 1 FROM app_user);
    r text;
    new_id bigint;
BEGIN
    IF first_user AND p_login = session_user AND fv_session_has('fv_admin') THEN
        NULL; -- bootstrap: IT made this login an administrator
    ELSE
        PERFORM fv_session_user_id();
        PERFORM fv_require_admin_for(p_login, 'add users');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
        PERFORM fv_refuse('no-login', format('%s has no login on the database server; IT creates the login first',
                          p_login), 'P0001');
    END IF;
    IF EXISTS (SELECT 1 FROM app_user WHERE login = p_login) THEN
        PERFORM fv_refuse('user-exists', format('the user "%s" exists already', p_login), 'P0001');
    END IF;
    IF coalesce(cardinality(p_roles), 0) = 0 THEN
        PERFORM fv_refuse('no-roles', 'give the user at least one role (adviser, lawyer, decision-maker, admin)',
                          'P0001');
    END IF;
    IF NOT first_user THEN
        FOREACH r IN ARRAY p_roles LOOP
            PERFORM fv_set_membership(p_login, r, true);
        END LOOP;
    END IF;
    INSERT INTO app_user (login, full_name, roles, created_at, title)
    VALUES (p_login, coalesce(nullif(trim(p_full_name), ''), p_login), fv_role_codes(p_login), fv_now(),
            coalesce(p_title, ''))
    RETURNING id INTO new_id;
    PERFORM fv_append_event(NULL, 'user-added',
                            format('%s (%s)', p_login, replace(fv_role_codes(p_login), ',', ', ')));
    RETURN new_id;
END
$$;

CREATE FUNCTION fv_grant_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
BEGIN
    PERFORM fv_require_admin_for(p_login, 'change users'' roles');
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE login = p_login) THEN
        PERFORM fv_refuse('no-user', format('there is no user %s', p_login), 'P0001');
    END IF;
    IF fv_set_membership(p_login, p_role, true) THEN
        PERFORM fv_record_roles(p_login, 'user-roles');
    END IF;
END
$$;

CREATE FUNCTION fv_revoke_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
BEGIN
    PERFORM fv_require_admin_for(p_login, 'change users'' roles');
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE login = p_login) THEN
        PERFORM fv_refuse('no-user', format('there is no user %s', p_login), 'P0001');
    END IF;
    IF fv_set_membership(p_login, p_role, false) THEN
        PERFORM fv_record_roles(p_login, 'user-roles');
    END IF;
END
$$;

-- Name, title and whether the user may work; p_row_version is what the admin saw.
CREATE FUNCTION fv_update_user(p_login text, p_row_version bigint, p_full_name text, p_title text,
                               p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    u app_user;
BEGIN
    PERFORM fv_require_admin_for(p_login, 'change users');
    SELECT * INTO u FROM app_user WHERE login = p_login FOR UPDATE;
    IF u.id IS NULL THEN
        PERFORM fv_refuse('no-user', format('there is no user %s', p_login), 'P0001');
    END IF;
    IF u.row_version <> p_row_version THEN
        PERFORM fv_refuse('stale', format('the user %s was changed by someone else meanwhile; open it again',
                          p_login), '40001');
    END IF;
    UPDATE app_user SET full_name = coalesce(nullif(trim(p_full_name), ''), p_login), title = coalesce(p_title, ''),
                        active = p_active, row_version = row_version + 1
        WHERE id = u.id;
    PERFORM fv_append_event(NULL, 'user-changed',
                            format('%s (%s%s)', p_login, coalesce(nullif(trim(p_full_name), ''), p_login),
                                   CASE WHEN p_active THEN '' ELSE ', inactive' END));
END
$$;
