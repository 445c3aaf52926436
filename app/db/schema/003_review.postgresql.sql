-- Schema step 003 (PostgreSQL): what the weekly review may read under row-level
-- security (step 002). Read policies only; history stays append-only.

-- Reviewers already count every file and movement (files_review, movements_review).
-- The week-end state is rebuilt from the status events after it, the arrear statement
-- shows the reason for delay, and the secretariat's receipts are its dak.
CREATE POLICY events_review ON events FOR SELECT TO nasti_reviewer
    USING (kind IN ('file.closed', 'file.reopened', 'file.parked', 'file.unparked', 'file.delay'));
CREATE POLICY receipts_review ON receipts FOR SELECT TO nasti_reviewer USING (true);

-- Department heads (holders of a level-5 post, job role officer) review their own
-- department: the files its posts hold, created or moved, whatever their grading
-- (as for reviewers: counting is not opening; the client still hides graded subjects).
CREATE FUNCTION nasti_review_post_ids() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COALESCE(array_agg(p.id), '{}'::bigint[]) FROM posts p
    WHERE p.department_id IN (SELECT h.department_id FROM posts h
                              WHERE h.holder_user_id = nasti_user_id() AND h.level = 5)
$$;

-- CASE keeps the per-row chain lookup away from every officer who heads nothing.
CREATE POLICY files_head ON files FOR SELECT TO nasti_officer USING (
    CASE WHEN cardinality(CAST((SELECT nasti_review_post_ids()) AS bigint[])) = 0 THEN false
         ELSE holder_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
              OR created_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
              OR nasti_on_chain(id, (SELECT nasti_review_post_ids())) END);
CREATE POLICY movements_head ON movements FOR SELECT TO nasti_officer USING (
    from_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
    OR to_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[])));
CREATE POLICY events_head ON events FOR SELECT TO nasti_officer USING (
    CASE WHEN cardinality(CAST((SELECT nasti_review_post_ids()) AS bigint[])) = 0 THEN false
         ELSE kind IN ('file.closed', 'file.reopened', 'file.parked', 'file.unparked', 'file.delay')
              AND file_id IN (SELECT x.id FROM files x) END);

-- As step 002 does for its functions (nasti_secure_objects() pins its own search_path,
-- so it cannot be rerun from here): owner, pinned search_path, no EXECUTE for PUBLIC.
DO $$
BEGIN
    EXECUTE 'ALTER FUNCTION nasti_review_post_ids() OWNER TO nasti_owner';
    EXECUTE format('ALTER FUNCTION nasti_review_post_ids() SET search_path = pg_catalog, %I, pg_temp', current_schema());
    EXECUTE 'REVOKE ALL ON FUNCTION nasti_review_post_ids() FROM PUBLIC';
END;
$$;
GRANT EXECUTE ON FUNCTION nasti_review_post_ids() TO nasti_user;
