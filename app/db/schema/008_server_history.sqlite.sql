-- Schema step 008 (SQLite): the database writes history, as on PostgreSQL.
--
-- Triggers derive every event from the rows that changed and queue it; the queue's
-- trigger links it into the hash chain at once (SQLite has one writer at a time).
-- nasti_sha256(), nasti_row_hash() and nasti_actor() are registered by the application
-- on each connection (Database::open): a connection without them (the sqlite3 shell)
-- cannot write history at all, and what it forges with the triggers dropped is caught
-- by verify against the head a client remembers.

CREATE TRIGGER event_queue_link AFTER INSERT ON event_queue
BEGIN
    INSERT INTO events (seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash)
    SELECT h.seq + 1, NEW.at, NEW.kind, NEW.user_id, NEW.post_id, NEW.file_id, NEW.payload, h.hash,
           nasti_sha256(h.hash || char(31) || (h.seq + 1) || char(31) || NEW.at || char(31) || NEW.kind || char(31)
                        || COALESCE(NEW.user_id, 0) || char(31) || COALESCE(NEW.post_id, 0) || char(31)
                        || COALESCE(NEW.file_id, 0) || char(31) || NEW.payload)
    FROM chain_head h WHERE h.id = 1;
    UPDATE chain_head SET seq = seq + 1, hash = (SELECT e.hash FROM events e WHERE e.seq = chain_head.seq + 1) WHERE id = 1;
    DELETE FROM event_queue WHERE id = NEW.id;
END;

-- Files.
CREATE TRIGGER files_created_event AFTER INSERT ON files
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, 'file.created', NEW.created_user_id, NEW.created_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'subject', NEW.subject,
                        'section', (SELECT s.code FROM sections s WHERE s.id = NEW.section_id),
                        'priority', NEW.priority, 'grading', NEW.grading));
END;
CREATE TRIGGER files_opened_event AFTER UPDATE OF opened_at ON files
WHEN OLD.opened_at IS NULL AND NEW.opened_at IS NOT NULL AND NEW.holder_post_id = OLD.holder_post_id
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.opened_at, 'file.opened', nasti_actor(), NEW.holder_post_id, NEW.id, json_object('file_no', NEW.file_no));
END;
CREATE TRIGGER files_parked_event AFTER UPDATE OF status ON files
WHEN OLD.status = 'open' AND NEW.status = 'parked'
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.acted_at, 'file.parked', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'remarks', COALESCE(NEW.status_reason, '')));
END;
CREATE TRIGGER files_unparked_event AFTER UPDATE OF status ON files
WHEN OLD.status = 'parked' AND NEW.status = 'open'
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.acted_at, 'file.unparked', nasti_actor(), NEW.holder_post_id, NEW.id, json_object('file_no', NEW.file_no));
END;
CREATE TRIGGER files_closed_event AFTER UPDATE OF status ON files
WHEN OLD.status <> 'closed' AND NEW.status = 'closed'
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.closed_at, 'file.closed', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'retention', NEW.retention));
END;
-- A reopened file needs a fresh approval before it is closed again.
CREATE TRIGGER files_reopened_event AFTER UPDATE OF status ON files
WHEN OLD.status = 'closed' AND NEW.status = 'open'
BEGIN
    UPDATE files SET retention = NULL, review_year = NULL, closed_at = NULL, approved_at = NULL,
                     approved_by_post_id = NULL, holder_since = NEW.acted_at
    WHERE id = NEW.id;
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.acted_at, 'file.reopened', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'reason', COALESCE(NEW.status_reason, '')));
END;
CREATE TRIGGER files_close_refused BEFORE UPDATE OF status ON files
WHEN OLD.status <> NEW.status AND (NEW.status = 'closed' OR OLD.status = 'closed')
 AND (OLD.holder_post_id <> OLD.created_post_id OR (NEW.status = 'closed' AND OLD.approved_at IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'nasti:close-refused');
END;
CREATE TRIGGER files_delay_event AFTER UPDATE OF delay_reason ON files
WHEN NEW.delay_reason IS NOT NULL AND NEW.delay_reason IS NOT OLD.delay_reason AND NEW.holder_post_id = OLD.holder_post_id
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.acted_at, 'file.delay', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'reason', NEW.delay_reason));
END;

-- Movements: the database moves the file (compare-and-set on the version the sender
-- saw, checked before the insert: SQLite has one writer) and records the movement.
CREATE TRIGGER movements_version_seen BEFORE INSERT ON movements
WHEN EXISTS (SELECT 1 FROM files f WHERE f.id = NEW.file_id AND f.holder_post_id = NEW.from_post_id)
 AND NOT EXISTS (SELECT 1 FROM files f WHERE f.id = NEW.file_id AND f.holder_post_id = NEW.from_post_id
                 AND f.version = NEW.file_version AND (NEW.kind <> 'recall' OR f.opened_at IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'nasti:file-moved');
END;
CREATE TRIGGER movements_to_known_post BEFORE INSERT ON movements
WHEN NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = NEW.to_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:unknown-post');
END;
CREATE TRIGGER movements_apply AFTER INSERT ON movements
BEGIN
    UPDATE files SET holder_post_id = NEW.to_post_id, holder_since = NEW.sent_at, last_movement_id = NEW.id,
        sent_by_post_id = NEW.from_post_id, action_asked = NEW.action_asked, movement_due = NEW.due_date,
        remarks = NEW.remarks, opened_at = NULL, delay_reason = NULL, priority = NEW.priority, version = version + 1,
        approved_at = CASE WHEN NEW.kind = 'approve' THEN NEW.sent_at ELSE approved_at END,
        approved_by_post_id = CASE WHEN NEW.kind = 'approve' THEN NEW.from_post_id ELSE approved_by_post_id END
    WHERE id = NEW.file_id;
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.sent_at, 'file.moved', NEW.by_user_id, NEW.from_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'kind', NEW.kind,
                        'from', (SELECT p.code FROM posts p WHERE p.id = NEW.from_post_id),
                        'to', (SELECT p.code FROM posts p WHERE p.id = NEW.to_post_id),
                        'row_table', 'movements', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('movements', NEW.id, NEW.file_id, NEW.kind, NEW.from_post_id,
                                                   NEW.to_post_id, NEW.by_user_id, NEW.action_asked, NEW.remarks,
                                                   NEW.priority, NEW.due_date, NEW.sent_at, NEW.file_version)));
END;

-- Notes: the author's name and designation are his user's and post's own.
CREATE TRIGGER notes_author_rows BEFORE INSERT ON notes
WHEN NEW.author_name IS NOT (SELECT u.full_name FROM users u WHERE u.id = NEW.author_user_id)
  OR NEW.designation IS NOT (SELECT p.title_en FROM posts p WHERE p.id = NEW.author_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER notes_frozen_event AFTER UPDATE OF frozen_at ON notes
WHEN OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:note-hash')
    WHERE NEW.content_hash IS NOT nasti_row_hash('notes', NEW.id, NEW.file_id, NEW.kind, NEW.author_user_id,
                                                 NEW.author_post_id, NEW.author_name, NEW.designation, NEW.body,
                                                 NEW.created_at, NEW.frozen_at, NEW.para_start, NEW.para_count);
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.frozen_at, 'note.frozen', NEW.author_user_id, NEW.author_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id),
                        'paragraphs', NEW.para_start || '-' || (NEW.para_start + NEW.para_count - 1),
                        'row_table', 'notes', 'row_id', CAST(NEW.id AS TEXT), 'row_hash', NEW.content_hash));
END;

-- Attachments are named by the SHA-256 of their bytes.
CREATE TRIGGER attachments_named_by_hash BEFORE INSERT ON attachments
WHEN NEW.sha256 IS NOT nasti_sha256(NEW.content) OR NEW.byte_size IS NOT length(NEW.content)
BEGIN
    SELECT RAISE(ABORT, 'nasti:attachment-hash');
END;

-- Receipts, papers, links.
CREATE TRIGGER receipts_event AFTER INSERT ON receipts
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.received_at, 'receipt.diarised', NEW.diarised_by_user_id, NEW.diarised_by_post_id, NULL,
            json_object('diary_no', NEW.diary_no, 'sha256', NEW.attachment_sha256, 'row_table', 'receipts',
                        'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('receipts', NEW.id, NEW.diary_no, NEW.section_id, NEW.sender,
                                                   NEW.subject, NEW.letter_no, NEW.letter_date, NEW.grading,
                                                   NEW.received_at, NEW.diarised_by_post_id, NEW.diarised_by_user_id,
                                                   NEW.attachment_sha256, NEW.file_name)));
END;
CREATE TRIGGER file_papers_event AFTER INSERT ON file_papers
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.added_at, 'file.paper', nasti_actor(), NEW.added_by_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id),
                        'diary_no', (SELECT r.diary_no FROM receipts r WHERE r.id = NEW.receipt_id),
                        'row_table', 'file_papers', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('file_papers', NEW.id, NEW.file_id, NEW.receipt_id, NEW.position,
                                                   NEW.flag, NEW.fr_number, NEW.first_page, NEW.added_at,
                                                   NEW.added_by_post_id)));
END;
CREATE TRIGGER file_links_event AFTER INSERT ON file_links
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT NEW.linked_at, 'file.linked', nasti_actor(), NEW.linked_by_post_id, h.id,
           json_object('file_no', h.file_no, 'other', o.file_no)
    FROM files h, files o
    WHERE h.id = CASE WHEN (SELECT holder_post_id FROM files WHERE id = NEW.file_id) = NEW.linked_by_post_id
                      THEN NEW.file_id ELSE NEW.linked_file_id END
      AND o.id = CASE WHEN h.id = NEW.file_id THEN NEW.linked_file_id ELSE NEW.file_id END;
END;

-- The organisation.
CREATE TRIGGER departments_event AFTER INSERT ON departments
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.department', nasti_actor(), json_object('code', NEW.code));
END;
CREATE TRIGGER sections_event AFTER INSERT ON sections
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.section', nasti_actor(),
            json_object('code', NEW.code, 'department', (SELECT d.code FROM departments d WHERE d.id = NEW.department_id)));
END;
CREATE TRIGGER posts_event AFTER INSERT ON posts
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.post', nasti_actor(),
            json_object('code', NEW.code, 'reports_to', COALESCE((SELECT p.code FROM posts p WHERE p.id = NEW.reports_to), '')));
END;
CREATE TRIGGER posts_charge_event AFTER UPDATE OF holder_user_id ON posts
WHEN NEW.holder_user_id IS NOT OLD.holder_user_id
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, payload)
    VALUES (nasti_now_ms(), 'org.charge', nasti_actor(), NEW.id,
            json_object('post', NEW.code, 'from', COALESCE((SELECT u.login FROM users u WHERE u.id = OLD.holder_user_id), ''),
                        'to', COALESCE((SELECT u.login FROM users u WHERE u.id = NEW.holder_user_id), '')));
END;
CREATE TRIGGER users_event AFTER INSERT ON users
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.user', nasti_actor(), json_object('login', NEW.login, 'role', NEW.role));
END;
CREATE TRIGGER users_enabled_event AFTER UPDATE OF enabled ON users
WHEN NEW.enabled IS NOT OLD.enabled
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), CASE WHEN NEW.enabled = 1 THEN 'org.enable' ELSE 'org.disable' END, nasti_actor(),
            json_object('login', NEW.login));
END;
CREATE TRIGGER users_password_event AFTER UPDATE OF password_hash ON users
WHEN NEW.password_hash IS NOT OLD.password_hash
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.password', nasti_actor(), json_object('login', NEW.login));
END;
CREATE TRIGGER holidays_event AFTER INSERT ON holidays
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.holiday', nasti_actor(), json_object('day', NEW.day));
END;
CREATE TRIGGER holidays_update_event AFTER UPDATE ON holidays
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (nasti_now_ms(), 'org.holiday', nasti_actor(), json_object('day', NEW.day));
END;
