-- Schema step 020 (PostgreSQL, issues 17 and 20): the files open now, for a whole-office review
-- (the movements index: 020_review_scale.concurrent.postgresql.sql).
--
-- The week still running counts every file not closed (pendency, parked, age, overdue per
-- holder). Read through review_files, the scope test's columns (grading, creator, the file's
-- chain of posts) must come from each row, so the 121,000 open files of a million-file office
-- were fetched one heap row at a time: 430 ms of the running week's 900 ms. A reviewer whose
-- scope is the whole office (nasti_review_scope_all(): the reviewer role, or a trusted
-- connection) needs none of those columns, and the partial index files_pending holds all the
-- ones the count reads, so this function gives him exactly those rows from the index alone.
-- Anyone else gets no row here; the review reads his scope through review_files as before
-- (ReviewService::pendingStateSql joins both). It reveals nothing review_files does not: the
-- same rows, and only the columns the view shows to a reviewer unmasked.
CREATE FUNCTION nasti_review_open_files(t bigint)
RETURNS TABLE (id bigint, section_id bigint, status text, holder_post_id bigint, holder_since bigint,
               created_at bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 120000 AS $$
BEGIN
    IF nasti_review_scope_all() THEN
        RETURN QUERY
        SELECT f.id, f.section_id, f.status, f.holder_post_id, f.holder_since, f.created_at
        FROM files f WHERE f.status <> 'closed' AND f.created_at < t;
    END IF;
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_review_open_files(bigint) TO nasti_user;
