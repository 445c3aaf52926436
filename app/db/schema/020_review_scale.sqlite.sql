CREATE INDEX IF NOT EXISTS movements_week ON movements (sent_at, to_post_id, from_post_id, kind, file_id, id, arrived_at);
DROP INDEX IF EXISTS movements_review;
DROP INDEX IF EXISTS movements_sent;
