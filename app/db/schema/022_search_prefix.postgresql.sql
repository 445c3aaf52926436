-- Schema step 022 (PostgreSQL, issue 20): the file-number prefix search at a million files
-- (see the prefix branch below). Same name, arguments and result as step 006's function.
CREATE OR REPLACE FUNCTION nasti_search_files(query text, prefix text, prefix_end text, posts bigint[], sections bigint[],
                                   reviewer boolean, max_rows integer)
RETURNS TABLE (id bigint) LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    branches text[] := '{}';
    reviewed text := '';
    few boolean;
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
    --
    -- Step 022: how the page is found depends on how many files the prefix names, counted
    -- (up to 20,001) from the number index alone. Up to 20,000: all of them are read through
    -- the number index and sorted (the subquery's OFFSET 0 keeps the planner from walking
    -- instead), 20 ms or so at most. More: the walk down files_created_at that step 006 left
    -- to the planner; such a prefix names a head across every year (the year comes after
    -- it in the number), this one's among them, so the page is soon found among the newest.
    -- At a million files the planner walked for "A-26019/6" too, whose 3,444 files are all
    -- older than 246,000 others: 246,000 rows read, 126 ms.
    IF prefix <> '' THEN
        few := (SELECT count(*) FROM (SELECT 1 FROM files f WHERE f.file_no >= prefix AND f.file_no < prefix_end
                                      LIMIT 20001) x) <= 20000;
        branches := branches || ('SELECT f.id, f.created_at FROM '
            || CASE WHEN few THEN '(SELECT x.id, x.created_at, x.chain_posts, x.grading, x.section_id FROM files x'
                                  || ' WHERE x.file_no >= $2 AND x.file_no < $3 OFFSET 0) f WHERE '
                    ELSE 'files f WHERE f.file_no >= $2 AND f.file_no < $3 AND ' END
            || '(nasti_shares_post(f.chain_posts, $4) OR (f.grading = 0 AND f.section_id = ANY ($5))'
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

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_search_files(text, text, text, bigint[], bigint[], boolean, integer) TO nasti_user;
