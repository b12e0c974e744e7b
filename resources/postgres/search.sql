-- Full-text search with the program's Norwegian folding (core/search/TextFolding.cpp), so that
-- odegard, oedegaard and Ødegård find each other, as on SQLite's FTS5 index.

-- foldForSearch(): Æ/æ → ae, Ø/ø → o, Å/å → a, lower case, then aa → a and oe → o; then what
-- FTS5's unicode61 tokenizer does on SQLite (remove_diacritics) for the accents of names.
CREATE FUNCTION fv_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
    SELECT translate(
        replace(replace(lower(replace(replace(replace(replace(replace(replace(t, 'Æ', 'ae'), 'æ', 'ae'), 'Ø', 'o'),
                                                            'ø', 'o'), 'Å', 'a'), 'å', 'a')), 'aa', 'a'), 'oe', 'o'),
        'áàâäãéèêëíìîïóòôöõúùûüýÿçñšžčćđł', 'aaaaaeeeeiiiiooooouuuuyycnszccdl')
$$;

-- The words of a text as the index keeps them: folded, and split at everything but letters and
-- digits (like unicode61: '26/00012' is the words 26 and 00012).
CREATE FUNCTION fv_search_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT trim(regexp_replace(coalesce(fv_fold(t), ''), '[^[:alnum:]]+', ' ', 'g')) $$;

-- What a caseworker typed, as a query: every word of two or more letters or digits, each as a
-- prefix (typing narrows as you go), all of them required. NULL when nothing is left.
CREATE FUNCTION fv_search_query(typed text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
    SELECT CASE WHEN count(*) = 0 THEN NULL
                ELSE to_tsquery('simple', string_agg(quote_literal(w) || ':*', ' & ')) END
    FROM regexp_split_to_table(fv_search_words(typed), ' ') AS w
    WHERE length(w) > 1
$$;

-- One row per case with its application: numbers and references weigh most (A), then the title
-- (B), people and institutions (C), the longer texts (D), as bm25(10, 5, 3, 1) does on SQLite.
-- Rank with ts_rank(document, query, fv_search_weights()).
CREATE TABLE case_search (
    case_id bigint PRIMARY KEY REFERENCES fv_case(id),
    document tsvector NOT NULL);
CREATE INDEX case_search_document ON case_search USING gin (document);

CREATE FUNCTION fv_search_weights() RETURNS real[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT '{0.1, 0.3, 0.5, 1.0}'::real[] $$;

-- The searchable text of one case, from its rows (SearchIndex.cpp's documentSelect).
CREATE FUNCTION fv_search_document(p_case_id bigint) RETURNS tsvector
    LANGUAGE sql STABLE AS
$$
    SELECT setweight(to_tsvector('simple', fv_search_words(
               c.case_number || ' ' || replace(c.case_number, '/', '') || ' ' || a.reference || ' ' || a.change_of
               || ' ' || coalesce(a.rek_reference, '') || ' ' || a.controller_org)), 'A')
        || setweight(to_tsvector('simple', fv_search_words(a.title)), 'B')
        || setweight(to_tsvector('simple', fv_search_words(
               a.leader_name || ' ' || a.leader_email || ' ' || a.controller_name || ' ' || a.controller_city || ' '
               || coalesce((SELECT string_agg(p.name || ' ' || p.institution, ' ' ORDER BY p.pos)
                            FROM application_person p WHERE p.case_id = c.id), ''))), 'C')
        || setweight(to_tsvector('simple', fv_search_words(
               a.summary || ' ' || a.change_summary || ' ' || a.population || ' ' || a.funding || ' '
               || coalesce((SELECT string_agg(s.registry || ' ' || r.name, ' ' ORDER BY s.pos)
                            FROM data_source s JOIN registry r ON r.code = s.registry WHERE s.case_id = c.id), '')
               || ' ' || coalesce((SELECT string_agg(v.name, ' ' ORDER BY s.pos, v.pos)
                                   FROM data_source s JOIN data_source_variable v ON v.data_source_id = s.id
                                   WHERE s.case_id = c.id), '')
               || ' ' || coalesce((SELECT string_agg(d.return_comment, ' ' ORDER BY d.version) FROM decision d
                                   WHERE d.case_id = c.id AND d.return_comment <> ''), '')
               || ' ' || coalesce((SELECT string_agg(n.text, ' ' ORDER BY n.id) FROM case_note n
                                   WHERE n.case_id = c.id), ''))), 'D')
    FROM fv_case c JOIN application a ON a.case_id = c.id
    WHERE c.id = p_case_id
$$;

-- Re-indexes one case (a case without its application yet has no row).
CREATE FUNCTION fv_refresh_search(p_case_id bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    doc tsvector := fv_search_document(p_case_id);
BEGIN
    IF doc IS NULL THEN
        DELETE FROM case_search WHERE case_id = p_case_id;
    ELSE
        INSERT INTO case_search (case_id, document) VALUES (p_case_id, doc)
            ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document;
    END IF;
END
$$;

-- One re-index per operation, not per row: every operation ends by appending its audit event
-- for the case, in the same transaction, after its rows are written (as on SQLite). The return
-- comment is written before its event on the server (fv_return_decision).
CREATE FUNCTION fv_event_refreshes_search() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM fv_refresh_search(NEW.case_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER event_refreshes_search AFTER INSERT ON event FOR EACH ROW WHEN (NEW.case_id IS NOT NULL)
    EXECUTE FUNCTION fv_event_refreshes_search();

-- The whole index, or the cases from_id..to_id, rebuilt (after a bulk load); an admin's task.
CREATE FUNCTION fv_rebuild_search(from_id bigint DEFAULT NULL, to_id bigint DEFAULT NULL) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = fv, pg_temp AS
$$
DECLARE
    n bigint;
BEGIN
    PERFORM fv_require_role(ARRAY['fv_admin'], 'rebuild the search index');
    DELETE FROM case_search WHERE (from_id IS NULL OR case_id >= from_id) AND (to_id IS NULL OR case_id <= to_id);
    INSERT INTO case_search (case_id, document)
    SELECT c.id, fv_search_document(c.id) FROM fv_case c JOIN application a ON a.case_id = c.id
    WHERE (from_id IS NULL OR c.id >= from_id) AND (to_id IS NULL OR c.id <= to_id);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
