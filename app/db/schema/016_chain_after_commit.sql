-- Schema step 016 (issue 20): the hash chain is linked just after COMMIT on PostgreSQL, see
-- 016_chain_after_commit.postgresql.sql; SQLite has one writer at a time and goes on linking
-- each queued event at once, inside the writing transaction (step 008).
--
-- And each movement keeps when the file reached its sender (the sender's holder_since as it
-- moved: the movement before, the opening or a reopening), so the weekly review's wait is
-- a column difference instead of a search for the movement before. Derived by the server
-- on PostgreSQL; rows from before this step (and SQLite's) have none, and the review finds
-- the arrival as it did.
ALTER TABLE movements ADD COLUMN arrived_at BIGINT;
