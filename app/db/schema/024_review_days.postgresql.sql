-- Schema step 024 (PostgreSQL): who may read and write the stored days, as step 007 for
-- the rollup of closed weeks. Only the owner writes (nasti-admin review close-days runs on
-- the owner's connection); reviewers read every row, department heads their own
-- department's posts' rows.
ALTER TABLE review_days OWNER TO nasti_owner;
ALTER TABLE review_day_flows OWNER TO nasti_owner;
ALTER TABLE review_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_days FORCE ROW LEVEL SECURITY;
ALTER TABLE review_day_flows ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_day_flows FORCE ROW LEVEL SECURITY;
CREATE POLICY review_days_owner ON review_days TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY review_day_flows_owner ON review_day_flows TO nasti_owner USING (true) WITH CHECK (true);

CREATE POLICY review_days_review ON review_days FOR SELECT TO nasti_reviewer USING (true);
CREATE POLICY review_day_flows_review ON review_day_flows FOR SELECT TO nasti_reviewer USING (true);

CREATE POLICY review_days_head ON review_days FOR SELECT TO nasti_officer
    USING (cardinality(CAST((SELECT nasti_review_post_ids()) AS bigint[])) > 0);
CREATE POLICY review_day_flows_head ON review_day_flows FOR SELECT TO nasti_officer
    USING (post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[])));

GRANT SELECT ON review_days, review_day_flows TO nasti_reviewer, nasti_officer;
