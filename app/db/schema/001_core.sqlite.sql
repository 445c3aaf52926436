-- SQLite-only part of step 1: the rules the database itself enforces, and
-- full-text search. Messages carry a "nasti:" code that Database maps to a sentence.

-- History is append-only.
CREATE TRIGGER movements_no_update BEFORE UPDATE ON movements
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER chain_head_forward_only BEFORE UPDATE ON chain_head
WHEN NEW.seq <> OLD.seq + 1
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_papers_no_update BEFORE UPDATE ON file_papers
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_papers_no_delete BEFORE DELETE ON file_papers
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_links_no_update BEFORE UPDATE ON file_links
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_links_no_delete BEFORE DELETE ON file_links
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;

-- Notes: only the custodian writes; drafts are born unfrozen; frozen notes are final.
CREATE TRIGGER notes_insert_custodian BEFORE INSERT ON notes
WHEN NEW.author_post_id IS NOT (SELECT holder_post_id FROM files WHERE id = NEW.file_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-custodian-note');
END;
CREATE TRIGGER notes_insert_unfrozen BEFORE INSERT ON notes
WHEN NEW.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:note-born-frozen');
END;
CREATE TRIGGER notes_insert_open_file BEFORE INSERT ON notes
WHEN (SELECT status FROM files WHERE id = NEW.file_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'nasti:closed-file');
END;
CREATE TRIGGER notes_frozen_no_update BEFORE UPDATE ON notes
WHEN OLD.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:frozen-note');
END;
CREATE TRIGGER notes_frozen_no_delete BEFORE DELETE ON notes
WHEN OLD.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:frozen-note');
END;
CREATE TRIGGER notes_draft_identity BEFORE UPDATE ON notes
WHEN OLD.frozen_at IS NULL AND NEW.file_id IS NOT OLD.file_id OR NEW.author_post_id IS NOT OLD.author_post_id
  OR NEW.author_user_id IS NOT OLD.author_user_id OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'nasti:frozen-note');
END;
CREATE TRIGGER notes_draft_custodian BEFORE UPDATE ON notes
WHEN OLD.frozen_at IS NULL AND OLD.author_post_id IS NOT (SELECT holder_post_id FROM files WHERE id = OLD.file_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-custodian-note');
END;
CREATE TRIGGER notes_draft_delete_custodian BEFORE DELETE ON notes
WHEN OLD.frozen_at IS NULL AND OLD.author_post_id IS NOT (SELECT holder_post_id FROM files WHERE id = OLD.file_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-custodian-note');
END;

-- Custody: moves come only from the holder, and the holder changes only with a movement.
CREATE TRIGGER movements_from_custodian BEFORE INSERT ON movements
WHEN NEW.from_post_id IS NOT (SELECT holder_post_id FROM files WHERE id = NEW.file_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-custodian-move');
END;
CREATE TRIGGER movements_not_closed BEFORE INSERT ON movements
WHEN (SELECT status FROM files WHERE id = NEW.file_id) = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'nasti:closed-file');
END;
CREATE TRIGGER files_custody_by_movement BEFORE UPDATE OF holder_post_id ON files
WHEN NEW.holder_post_id IS NOT OLD.holder_post_id
 AND NOT EXISTS (SELECT 1 FROM movements m
                 WHERE m.id = NEW.last_movement_id AND m.file_id = NEW.id
                   AND m.from_post_id = OLD.holder_post_id AND m.to_post_id = NEW.holder_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:custody-without-movement');
END;
CREATE TRIGGER files_custody_drafts_frozen BEFORE UPDATE OF holder_post_id ON files
WHEN NEW.holder_post_id IS NOT OLD.holder_post_id
 AND EXISTS (SELECT 1 FROM notes n
             WHERE n.file_id = OLD.id AND n.author_post_id = OLD.holder_post_id AND n.frozen_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'nasti:unfrozen-drafts');
END;
CREATE TRIGGER files_identity BEFORE UPDATE ON files
WHEN NEW.id IS NOT OLD.id OR NEW.file_no IS NOT OLD.file_no OR NEW.section_id IS NOT OLD.section_id
  OR NEW.created_post_id IS NOT OLD.created_post_id OR NEW.created_at IS NOT OLD.created_at
  OR NEW.year IS NOT OLD.year OR NEW.serial IS NOT OLD.serial
BEGIN
    SELECT RAISE(ABORT, 'nasti:file-identity');
END;
CREATE TRIGGER files_no_delete BEFORE DELETE ON files
BEGIN
    SELECT RAISE(ABORT, 'nasti:file-no-delete');
END;
CREATE TRIGGER files_custody_start BEFORE INSERT ON files
WHEN NEW.holder_post_id IS NOT NEW.created_post_id OR NEW.status <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'nasti:custody-without-movement');
END;

-- Full-text search over subjects and notes. The default unicode61 tokenizer splits
-- Devanagari words at vowel signs and virama: keep marks (M*) inside tokens.
CREATE VIRTUAL TABLE files_fts USING fts5(
    subject, content = 'files', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
CREATE TRIGGER files_fts_insert AFTER INSERT ON files
BEGIN
    INSERT INTO files_fts (rowid, subject) VALUES (NEW.id, NEW.subject);
END;
CREATE TRIGGER files_fts_update AFTER UPDATE OF subject ON files
BEGIN
    INSERT INTO files_fts (files_fts, rowid, subject) VALUES ('delete', OLD.id, OLD.subject);
    INSERT INTO files_fts (rowid, subject) VALUES (NEW.id, NEW.subject);
END;
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, content = 'notes', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
BEGIN
    INSERT INTO notes_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes
BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
    INSERT INTO notes_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
END;
