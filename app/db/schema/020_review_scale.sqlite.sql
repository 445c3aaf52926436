-- (Without the arrival as a column of the index: building it with arrived_at failed with "no
-- such column" in tst_pdfsign verifyLetterCommand's database, whose origin was not traced yet;
-- the review reads the arrival from the row on SQLite.)
CREATE INDEX IF NOT EXISTS movements_week ON movements (sent_at, to_post_id, from_post_id, kind, file_id, id);
DROP INDEX IF EXISTS movements_review;
DROP INDEX IF EXISTS movements_sent;
