-- (Without the arrival as a column of the index: some SQLite databases, such as verify-letter's
-- outsider copy, are made without the history columns; the review reads the arrival from the row.)
CREATE INDEX IF NOT EXISTS movements_week ON movements (sent_at, to_post_id, from_post_id, kind, file_id, id);
DROP INDEX IF EXISTS movements_review;
DROP INDEX IF EXISTS movements_sent;
