-- Schema step 007 (PostgreSQL): who may read and write the review's rollup.
--
-- A forged rollup would falsify the Chief Secretary's figures, so only the owner
-- writes it: nasti-admin review close-weeks runs on the owner's connection, as init
-- does. No job role gets INSERT, UPDATE or DELETE. Reviewers read every row;
-- department heads the rows of their own department's posts (as in step 003).
ALTER TABLE review_weeks OWNER TO nasti_owner;
ALTER TABLE review_rollup OWNER TO nasti_owner;
ALTER TABLE review_longest OWNER TO nasti_owner;
ALTER TABLE review_weeks ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_weeks FORCE ROW LEVEL SECURITY;
ALTER TABLE review_rollup ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_rollup FORCE ROW LEVEL SECURITY;
ALTER TABLE review_longest ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_longest FORCE ROW LEVEL SECURITY;
CREATE POLICY review_weeks_owner ON review_weeks TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY review_rollup_owner ON review_rollup TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY review_longest_owner ON review_longest TO nasti_owner USING (true) WITH CHECK (true);

CREATE POLICY review_weeks_review ON review_weeks FOR SELECT TO nasti_reviewer USING (true);
CREATE POLICY review_rollup_review ON review_rollup FOR SELECT TO nasti_reviewer USING (true);
CREATE POLICY review_longest_review ON review_longest FOR SELECT TO nasti_reviewer USING (true);

CREATE POLICY review_weeks_head ON review_weeks FOR SELECT TO nasti_officer
    USING (cardinality(CAST((SELECT nasti_review_post_ids()) AS bigint[])) > 0);
CREATE POLICY review_rollup_head ON review_rollup FOR SELECT TO nasti_officer
    USING (post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[])));
CREATE POLICY review_longest_head ON review_longest FOR SELECT TO nasti_officer
    USING (post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[])));

GRANT SELECT ON review_weeks, review_rollup, review_longest TO nasti_reviewer, nasti_officer;
