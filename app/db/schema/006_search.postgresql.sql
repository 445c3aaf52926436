-- Schema step 006 (PostgreSQL): search and rule 4 at state scale.
--
-- Rule 4 asked, per file, "did one of my posts ever send or receive it?", an EXISTS over
-- its movements run inside the files policy for every row read. At a million files a
-- search had to run it for every match (and, under RLS, for every file, because the
-- text-match operator is not leakproof). Two columns kept by triggers make both
-- questions index lookups on files alone:
--   chain_posts  every post that created or held the file: the creator, then each
--                movement's destination (each leaves from the holder, who is already in);
--   search_tsv   the words of its subject and of its frozen notes (neither ever changes,
--                so words are only ever added), so "annexe estimates" finds a file whose
--                subject says one and a note the other. Drafts stay private to their
--                author and are searched in notes directly.
ALTER TABLE files ADD COLUMN chain_posts BIGINT[] NOT NULL DEFAULT '{}';
ALTER TABLE files ADD COLUMN search_tsv tsvector NOT NULL DEFAULT ''::tsvector;

UPDATE files f SET chain_posts = c.posts, search_tsv = to_tsvector('simple', f.subject || ' ' || COALESCE(n.body, ''))
FROM (SELECT x.file_id, array_agg(DISTINCT x.post ORDER BY x.post) AS posts
      FROM (SELECT id AS file_id, created_post_id AS post FROM files
            UNION ALL SELECT file_id, to_post_id FROM movements
            UNION ALL SELECT file_id, from_post_id FROM movements) x
      GROUP BY x.file_id) c
LEFT JOIN (SELECT file_id, string_agg(body, ' ' ORDER BY para_start, id) AS body
           FROM notes WHERE frozen_at IS NOT NULL GROUP BY file_id) n ON n.file_id = c.file_id
WHERE c.file_id = f.id;

-- One GIN index over both columns: a search for a common word by a busy post ("pension",
-- 18,550 files; a Deputy Secretary's chain, 93,550) intersects the two inside the index
-- and fetches only the ~1,700 rows in both (21 ms at a million files, against 56 ms
-- for two single-column indexes combined, each read in full).
CREATE INDEX files_search ON files USING gin (search_tsv, chain_posts);
-- Subjects and notes are found through files.search_tsv now; step 1's indexes (and
-- their columns) go.
ALTER TABLE files DROP COLUMN subject_tsv;
ALTER TABLE notes DROP COLUMN body_tsv;
CREATE INDEX notes_drafts ON notes (author_post_id, file_id) WHERE frozen_at IS NULL;

-- Nobody writes the two columns but these triggers: users have no UPDATE grant on them,
-- and a new file starts with its creator alone whatever the INSERT says.
CREATE FUNCTION nasti_files_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.chain_posts := ARRAY[NEW.created_post_id];
        NEW.search_tsv := to_tsvector('simple', NEW.subject);
    ELSIF NEW.holder_post_id IS DISTINCT FROM OLD.holder_post_id AND NOT (NEW.holder_post_id = ANY (OLD.chain_posts)) THEN
        NEW.chain_posts := OLD.chain_posts || NEW.holder_post_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_chain BEFORE INSERT OR UPDATE OF holder_post_id ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_chain();

-- A note's words join its file's when it is frozen (inserted frozen, or a draft frozen).
CREATE FUNCTION nasti_notes_words() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    UPDATE files SET search_tsv = search_tsv || to_tsvector('simple', NEW.body) WHERE id = NEW.file_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER notes_words_insert AFTER INSERT ON notes
    FOR EACH ROW WHEN (NEW.frozen_at IS NOT NULL) EXECUTE FUNCTION nasti_notes_words();
CREATE TRIGGER notes_words_freeze AFTER UPDATE OF frozen_at ON notes
    FOR EACH ROW WHEN (OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL) EXECUTE FUNCTION nasti_notes_words();

-- Every movement tells the receiving post's open clients (LISTEN nasti_inbox, delivered
-- at COMMIT): an opaque post id; clients re-query under their own rights. A trigger
-- rather than the client's own pg_notify: one round trip less per movement, and no
-- movement can be written without it.
CREATE FUNCTION nasti_movements_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nasti_inbox', CAST(NEW.to_post_id AS text));
    RETURN NULL;
END;
$$;
CREATE TRIGGER movements_notify AFTER INSERT ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_movements_notify();

-- Rule 4 without a movements probe per row. The overlap test is wrapped in a function
-- the planner cannot see into: written as a bare && the policy offered it the GIN index
-- on chain_posts, and with the posts unknown at plan time it took a bitmap of all 93,550
-- files ever on a Deputy Secretary's chain to fetch his 50-line inbox (80 ms instead of
-- 4). As a filter it costs one array test per row the query's own conditions select.
CREATE FUNCTION nasti_shares_post(chain bigint[], posts bigint[]) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1 AS $$
BEGIN
    RETURN chain && posts;
END;
$$;
DROP POLICY files_read ON files;
CREATE POLICY files_read ON files FOR SELECT TO nasti_user USING (
    nasti_shares_post(chain_posts, CAST((SELECT nasti_my_post_ids()) AS bigint[]))
    OR (grading = 0 AND section_id = ANY (CAST((SELECT nasti_my_section_ids()) AS bigint[]))));
-- Department heads (step 003): the same chain, against their department's posts.
DROP POLICY files_head ON files;
CREATE POLICY files_head ON files FOR SELECT TO nasti_officer USING (
    nasti_shares_post(chain_posts, CAST((SELECT nasti_review_post_ids()) AS bigint[])));
DROP FUNCTION nasti_on_chain(bigint, bigint[]);

-- Letters in a file: as notes (step 002), through files' own policies, so the per-file
-- function runs only for graded files.
DROP POLICY file_papers_read ON file_papers;
CREATE POLICY file_papers_read ON file_papers FOR SELECT TO nasti_user USING (
    EXISTS (SELECT 1 FROM files f WHERE f.id = file_id AND (f.grading = 0 OR nasti_can_open_file(f.id))));

CREATE OR REPLACE FUNCTION nasti_can_see_file(f bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 100 AS $$
DECLARE
    mine bigint[] := nasti_my_post_ids();
    sections bigint[] := nasti_my_section_ids();
BEGIN
    RETURN EXISTS (SELECT 1 FROM files x WHERE x.id = f
                   AND (x.chain_posts && mine OR (x.grading = 0 AND x.section_id = ANY (sections))));
END;
$$;

-- Search runs here, as the owner, so the text match can use the GIN indexes (under a
-- user's RLS the non-leakproof @@ may only filter rows the policies have passed: every
-- file he may see). Rule 4 is applied inside: for a user's own login with his own posts,
-- sections and role, whatever he passes; the administrator's trusted connection (acting
-- for a user in nasti-admin and the tests) passes the session's. Files come newest first.
CREATE FUNCTION nasti_search_files(query text, prefix text, prefix_end text, posts bigint[], sections bigint[],
                                   reviewer boolean, max_rows integer)
RETURNS TABLE (id bigint) LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    branches text[] := '{}';
    reviewed text := '';
BEGIN
    IF nasti_acting() THEN
        posts := nasti_my_post_ids();
        sections := nasti_my_section_ids();
        reviewer := nasti_in_role('nasti_reviewer');
    END IF;
    IF reviewer THEN
        reviewed := ' OR f.grading < 2';
    END IF;
    -- A number prefix: its B-tree range, rule 4 as a filter on those rows (opaque, so
    -- the planner does not add a bitmap of every file on the chain).
    IF prefix <> '' THEN
        branches := branches || ('SELECT f.id, f.created_at FROM files f WHERE f.file_no >= $2 AND f.file_no < $3'
            || ' AND (nasti_shares_post(f.chain_posts, $4) OR (f.grading = 0 AND f.section_id = ANY ($5))'
            || reviewed || ')');
    END IF;
    -- Words: the words and the chain together through files_search; the user's own drafts apart.
    IF query <> '' THEN
        branches := branches || ('SELECT f.id, f.created_at FROM files f WHERE f.search_tsv @@ to_tsquery(''simple'', $1)'
            || ' AND (f.chain_posts && $4 OR (f.grading = 0 AND f.section_id = ANY ($5))' || reviewed || ')')
            || ('SELECT f.id, f.created_at FROM notes n JOIN files f ON f.id = n.file_id'
            || ' WHERE n.frozen_at IS NULL AND n.author_post_id = ANY ($4)'
            || ' AND (f.search_tsv || to_tsvector(''simple'', n.body)) @@ to_tsquery(''simple'', $1)');
    END IF;
    IF cardinality(branches) = 0 THEN
        RETURN;
    END IF;
    -- EXECUTE plans with the actual words and posts (a generic plan cannot weigh them).
    RETURN QUERY EXECUTE
        'SELECT h.id FROM (' || array_to_string(branches, ' UNION ') || ') h ORDER BY h.created_at DESC, h.id DESC LIMIT $6'
        USING query, prefix, prefix_end, posts, sections, max_rows;
END;
$$;

DO $$
DECLARE
    path text := format('pg_catalog, %I, pg_temp', current_schema());
    sig text;
BEGIN
    FOREACH sig IN ARRAY ARRAY['nasti_files_chain()', 'nasti_notes_words()', 'nasti_movements_notify()', 'nasti_can_see_file(bigint)',
                               'nasti_shares_post(bigint[], bigint[])',
                               'nasti_search_files(text, text, text, bigint[], bigint[], boolean, integer)'] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO nasti_owner', sig);
        EXECUTE format('ALTER FUNCTION %s SET search_path = %s', sig, path);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', sig);
    END LOOP;
    EXECUTE 'GRANT EXECUTE ON FUNCTION nasti_search_files(text, text, text, bigint[], bigint[], boolean, integer) TO nasti_user';
    EXECUTE 'GRANT EXECUTE ON FUNCTION nasti_shares_post(bigint[], bigint[]) TO nasti_user';
END;
$$;
