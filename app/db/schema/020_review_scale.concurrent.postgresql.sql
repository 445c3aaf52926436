-- Run outside any transaction, statement by statement, before step 020 (see 020_review_scale.sql).
CREATE INDEX CONCURRENTLY IF NOT EXISTS movements_week ON movements (sent_at, to_post_id, from_post_id, kind, file_id, id) INCLUDE (arrived_at);
DROP INDEX CONCURRENTLY IF EXISTS movements_review;
DROP INDEX CONCURRENTLY IF EXISTS movements_sent;
