-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Its
-- index serves "ILIKE '%collector%'", which a B-tree cannot.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
BEGIN
    EXECUTE format('CREATE INDEX receipts_sender_trgm ON receipts USING gin (sender %I.gin_trgm_ops)',
                   (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                    WHERE e.extname = 'pg_trgm'));
END;
$$;

-- The first page of files whose letters match, newest first, with rule 4 and the search's
-- other conditions applied here so that the LIMIT is the page's. Read past the receipts'
-- row-level security as nasti_letter_file_ids (step 013) is, and for the same reason; the
-- caller's query still applies the files' own policies. NULL: that condition is not asked
-- for; max_rows NULL: every match (the caller combines it with a word search).
CREATE FUNCTION nasti_letter_files(sender_like text, letter_from text, letter_to text, diary_from text,
                                   diary_to text, created_from bigint, created_to bigint, want_priority integer,
                                   want_grading integer, want_status text, holder_code text, posts bigint[],
                                   sections bigint[], reviewer boolean, max_rows integer)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    letter text := 'true';
    files_where text;
    found text;
    matches integer;
    crossover integer;
BEGIN
    IF nasti_acting() THEN
        posts := nasti_my_post_ids();
        sections := nasti_my_section_ids();
        reviewer := nasti_in_role('nasti_reviewer');
    END IF;
    IF sender_like IS NOT NULL THEN
        letter := letter || ' AND r.sender ILIKE $1 ESCAPE ''!''';
    END IF;
    IF letter_from IS NOT NULL THEN
        letter := letter || ' AND r.letter_no COLLATE "C" >= $2 AND r.letter_no COLLATE "C" < $3';
    END IF;
    IF diary_from IS NOT NULL THEN
        letter := letter || ' AND r.diary_no COLLATE "C" >= $4 AND r.diary_no COLLATE "C" < $5';
    END IF;
    IF letter = 'true' THEN
        RETURN;
    END IF;
    -- Rule 4 as nasti_search_files() applies it, tested on each file fetched.
    files_where := '(f.chain_posts && $12 OR (f.grading = 0 AND f.section_id = ANY ($13))'
        || CASE WHEN reviewer THEN ' OR f.grading < 2' ELSE '' END || ')';
    IF created_from IS NOT NULL THEN
        files_where := files_where || ' AND f.created_at >= $6';
    END IF;
    IF created_to IS NOT NULL THEN
        files_where := files_where || ' AND f.created_at < $7';
    END IF;
    IF want_priority IS NOT NULL THEN
        files_where := files_where || ' AND f.priority = $8';
    END IF;
    IF want_grading IS NOT NULL THEN
        files_where := files_where || ' AND f.grading = $9';
    END IF;
    IF want_status IS NOT NULL THEN
        files_where := files_where || ' AND f.status = $10';
    END IF;
    IF holder_code IS NOT NULL THEN
        files_where := files_where || ' AND f.holder_post_id = (SELECT p.id FROM posts p WHERE p.code = $11)';
    END IF;
    -- Fetching the files of k matching letters costs k probes; walking the files newest first
    -- until the page is full costs about page x files / (k x share seen) steps. Only a
    -- reviewer sees nearly every file, and for him the two cost the same near
    -- k = sqrt(page x files / 7) (measured at 100,000 files): count the matches only up to
    -- there. An officer sees a small share (a Deputy Secretary one file in ten), so his
    -- search always fetches.
    IF NOT reviewer OR max_rows IS NULL THEN
        matches := 0;
        crossover := 1;
    ELSE
        crossover := greatest(200, ceil(sqrt(max_rows::float8
                              * greatest((SELECT reltuples FROM pg_class WHERE oid = 'files'::regclass), 1) / 7)));
        EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM receipts r WHERE ' || letter || ' LIMIT $6) x'
            INTO matches USING sender_like, letter_from, letter_to, diary_from, diary_to, crossover;
    END IF;
    IF matches < crossover THEN
        found := 'f.id = ANY (ARRAY(SELECT fp.file_id FROM receipts r JOIN file_papers fp ON fp.receipt_id = r.id'
            || ' WHERE ' || letter || '))';
    ELSE
        found := 'EXISTS (SELECT 1 FROM file_papers fp JOIN receipts r ON r.id = fp.receipt_id'
            || ' WHERE fp.file_id = f.id AND ' || letter || ')';
    END IF;
    RETURN QUERY EXECUTE 'SELECT f.id FROM files f WHERE ' || found || ' AND ' || files_where
        || ' ORDER BY f.created_at DESC, f.id DESC LIMIT $14'
        USING sender_like, letter_from, letter_to, diary_from, diary_to, created_from, created_to, want_priority,
              want_grading, want_status, holder_code, posts, sections, max_rows;
END;
$$;

-- Step 013's search by letters, which read every match; nasti_letter_files() replaces it.
DROP FUNCTION nasti_letter_file_ids(text, text, text, text, text);

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_letter_files(text, text, text, text, text, bigint, bigint, integer, integer, text, text,
                                             bigint[], bigint[], boolean, integer) TO nasti_user;
