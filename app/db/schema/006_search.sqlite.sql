-- Schema step 006 (SQLite): rule 4's "created or held by one of my posts" as an index
-- lookup. SQLite has no array column like PostgreSQL's files.chain_posts, so the same
-- fact is a table of (post, file) pairs kept by triggers: the creator when a file is
-- opened, each new holder when custody moves (each movement leaves from the holder,
-- who is already in). A search for a common word checks each candidate with one
-- primary-key probe here instead of reading the file's movements.
CREATE TABLE file_chain (
    post_id INTEGER NOT NULL,
    file_id INTEGER NOT NULL REFERENCES files (id),
    PRIMARY KEY (post_id, file_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO file_chain (post_id, file_id) SELECT created_post_id, id FROM files;
INSERT OR IGNORE INTO file_chain (post_id, file_id) SELECT to_post_id, file_id FROM movements;

CREATE TRIGGER files_chain_insert AFTER INSERT ON files
BEGIN
    INSERT OR IGNORE INTO file_chain (post_id, file_id) VALUES (NEW.created_post_id, NEW.id);
END;
CREATE TRIGGER files_chain_move AFTER UPDATE OF holder_post_id ON files
BEGIN
    INSERT OR IGNORE INTO file_chain (post_id, file_id) VALUES (NEW.holder_post_id, NEW.id);
END;
-- Like history, the chain is only ever added to.
CREATE TRIGGER file_chain_no_update BEFORE UPDATE ON file_chain
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_chain_no_delete BEFORE DELETE ON file_chain
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
