-- Schema step 008: the server writes history (DESIGN.md rule 7).
--
-- Clients no longer append events: triggers derive every event from the rows that
-- actually changed (kind, file, post, user, payload and the row's hash) and queue it
-- in event_queue; the queue is linked into the hash chain by the database itself
-- (PostgreSQL: a deferred trigger at COMMIT; SQLite: at once, the writer holding the
-- only write lock). Custody follows the movement inserted, not what a client writes
-- into files; numbers, authorship and times of a user's own login are the server's.

-- When a file last changed status or had its delay explained (the time of its events),
-- and why (a park's remarks, a reopening's reason).
ALTER TABLE files ADD COLUMN acted_at BIGINT;
ALTER TABLE files ADD COLUMN status_reason TEXT;
-- Who stored these bytes (readable by him alone until a receipt names them).
ALTER TABLE attachments ADD COLUMN created_by_user_id BIGINT;

-- Events waiting to be linked into the chain (empty between transactions today; a
-- later step may link them asynchronously, see README "Security model").
CREATE TABLE event_queue (
    id {{PK}},
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    user_id BIGINT,
    post_id BIGINT,
    file_id BIGINT,
    payload TEXT NOT NULL
);
