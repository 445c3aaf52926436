-- Schema step 009 (SQLite): drafts, approvals, issue and dispatch, checked and recorded
-- by triggers as on PostgreSQL (DraftService computes the numbers SQLite cannot; these
-- triggers refuse any that are not the next one, and record every row in the chain).

-- History is only ever added to.
CREATE TRIGGER drafts_no_update BEFORE UPDATE ON drafts
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER drafts_no_delete BEFORE DELETE ON drafts
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER draft_versions_no_update BEFORE UPDATE ON draft_versions
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER draft_versions_no_delete BEFORE DELETE ON draft_versions
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER draft_approvals_no_update BEFORE UPDATE ON draft_approvals
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER draft_approvals_no_delete BEFORE DELETE ON draft_approvals
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER issued_letters_copy_once BEFORE UPDATE ON issued_letters
WHEN NEW.id IS NOT OLD.id OR NEW.draft_id IS NOT OLD.draft_id OR NEW.draft_version_id IS NOT OLD.draft_version_id
  OR NEW.file_id IS NOT OLD.file_id OR NEW.section_id IS NOT OLD.section_id OR NEW.dispatch_no IS NOT OLD.dispatch_no
  OR NEW.issued_at IS NOT OLD.issued_at OR NEW.issued_by_post_id IS NOT OLD.issued_by_post_id
  OR NEW.issued_by_user_id IS NOT OLD.issued_by_user_id OR NEW.signed_by_post_id IS NOT OLD.signed_by_post_id
  OR OLD.pdf_sha256 IS NOT NULL OR NEW.pdf_sha256 IS NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER issued_letters_no_delete BEFORE DELETE ON issued_letters
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER dispatch_entries_no_delete BEFORE DELETE ON dispatch_entries
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER letterheads_no_delete BEFORE DELETE ON letterheads
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;

-- 1. Drafts: written by the file's holder, on an open file, numbered in turn.
CREATE TRIGGER drafts_holder BEFORE INSERT ON drafts
WHEN NOT EXISTS (SELECT 1 FROM files f WHERE f.id = NEW.file_id AND f.holder_post_id = NEW.created_by_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-not-holder');
END;
CREATE TRIGGER drafts_file_open BEFORE INSERT ON drafts
WHEN (SELECT f.status FROM files f WHERE f.id = NEW.file_id) <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-file-not-open');
END;
CREATE TRIGGER drafts_numbered BEFORE INSERT ON drafts
WHEN NEW.number IS NOT COALESCE((SELECT max(d.number) FROM drafts d WHERE d.file_id = NEW.file_id), 0) + 1
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-number');
END;
CREATE TRIGGER drafts_event AFTER INSERT ON drafts
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, 'draft.created', NEW.created_by_user_id, NEW.created_by_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'draft', NEW.number,
                        'kind', NEW.kind, 'row_table', 'drafts', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('drafts', NEW.id, NEW.file_id, NEW.number, NEW.kind, NEW.language,
                                                   NEW.created_by_post_id, NEW.created_by_user_id, NEW.created_at)));
END;

-- 2. Versions: by the holder, of a draft not yet issued, numbered in turn, signed with
-- the author's own name and designation, to addressees in a well-formed list.
CREATE TRIGGER draft_versions_holder BEFORE INSERT ON draft_versions
WHEN NOT EXISTS (SELECT 1 FROM drafts d JOIN files f ON f.id = d.file_id
                 WHERE d.id = NEW.draft_id AND f.holder_post_id = NEW.author_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-not-holder');
END;
CREATE TRIGGER draft_versions_file_open BEFORE INSERT ON draft_versions
WHEN (SELECT f.status FROM drafts d JOIN files f ON f.id = d.file_id WHERE d.id = NEW.draft_id) <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-file-not-open');
END;
CREATE TRIGGER draft_versions_not_issued BEFORE INSERT ON draft_versions
WHEN EXISTS (SELECT 1 FROM issued_letters l WHERE l.draft_id = NEW.draft_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-issued');
END;
CREATE TRIGGER draft_versions_numbered BEFORE INSERT ON draft_versions
WHEN NEW.version IS NOT COALESCE((SELECT max(v.version) FROM draft_versions v WHERE v.draft_id = NEW.draft_id), 0) + 1
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-number');
END;
CREATE TRIGGER draft_versions_author BEFORE INSERT ON draft_versions
WHEN NEW.author_name IS NOT (SELECT u.full_name FROM users u WHERE u.id = NEW.author_user_id)
  OR NEW.designation IS NOT (SELECT p.title_en FROM posts p WHERE p.id = NEW.author_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER draft_versions_addressees BEFORE INSERT ON draft_versions
WHEN NOT json_valid(NEW.addressees) OR NOT json_valid(NEW.copy_to)
  OR json_type(NEW.addressees) IS NOT 'array' OR json_type(NEW.copy_to) IS NOT 'array'
  OR json_array_length(NEW.addressees) = 0
  OR EXISTS (SELECT 1 FROM (SELECT value FROM json_each(NEW.addressees) UNION ALL SELECT value FROM json_each(NEW.copy_to)) a
             WHERE json_type(a.value) IS NOT 'object' OR trim(COALESCE(json_extract(a.value, '$.name'), '')) = ''
                OR COALESCE(json_extract(a.value, '$.mode'), '') NOT IN ('nasti', 'email', 'post', 'hand')
                OR (json_extract(a.value, '$.mode') = 'nasti'
                    AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.code = json_extract(a.value, '$.section'))))
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-addressees');
END;
CREATE TRIGGER draft_versions_event AFTER INSERT ON draft_versions
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT NEW.created_at, 'draft.version', NEW.author_user_id, NEW.author_post_id, d.file_id,
           json_object('file_no', f.file_no, 'draft', d.number, 'version', NEW.version,
                       'row_table', 'draft_versions', 'row_id', CAST(NEW.id AS TEXT),
                       'row_hash', nasti_row_hash('draft_versions', NEW.id, NEW.draft_id, NEW.version, NEW.subject,
                                                  NEW.addressees, NEW.copy_to, NEW.reference, NEW.body, NEW.pdf_sha256,
                                                  NEW.author_user_id, NEW.author_post_id, NEW.author_name,
                                                  NEW.designation, NEW.created_at))
    FROM drafts d JOIN files f ON f.id = d.file_id WHERE d.id = NEW.draft_id;
END;

-- 3. Approvals: an officer holding the file approves the latest version, once.
CREATE TRIGGER draft_approvals_officer BEFORE INSERT ON draft_approvals
WHEN (SELECT u.role FROM users u WHERE u.id = NEW.approved_by_user_id) IS NOT 'officer'
  OR NOT EXISTS (SELECT 1 FROM draft_versions v JOIN drafts d ON d.id = v.draft_id JOIN files f ON f.id = d.file_id
                 WHERE v.id = NEW.draft_version_id AND f.holder_post_id = NEW.approved_by_post_id AND f.status = 'open')
  OR NEW.approver_name IS NOT (SELECT u.full_name FROM users u WHERE u.id = NEW.approved_by_user_id)
  OR NEW.designation IS NOT (SELECT p.title_en FROM posts p WHERE p.id = NEW.approved_by_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER draft_approvals_latest BEFORE INSERT ON draft_approvals
WHEN EXISTS (SELECT 1 FROM draft_versions v JOIN draft_versions later ON later.draft_id = v.draft_id
             WHERE v.id = NEW.draft_version_id AND later.version > v.version)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-superseded');
END;
CREATE TRIGGER draft_approvals_not_issued BEFORE INSERT ON draft_approvals
WHEN EXISTS (SELECT 1 FROM draft_versions v JOIN issued_letters l ON l.draft_id = v.draft_id WHERE v.id = NEW.draft_version_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-issued');
END;
CREATE TRIGGER draft_approvals_event AFTER INSERT ON draft_approvals
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT NEW.approved_at, 'draft.approved', NEW.approved_by_user_id, NEW.approved_by_post_id, d.file_id,
           json_object('file_no', f.file_no, 'draft', d.number, 'version', v.version,
                       'row_table', 'draft_approvals', 'row_id', CAST(NEW.id AS TEXT),
                       'row_hash', nasti_row_hash('draft_approvals', NEW.id, NEW.draft_version_id,
                                                  NEW.approved_by_post_id, NEW.approved_by_user_id, NEW.approver_name,
                                                  NEW.designation, NEW.note_id, NEW.approved_at))
    FROM draft_versions v JOIN drafts d ON d.id = v.draft_id JOIN files f ON f.id = d.file_id
    WHERE v.id = NEW.draft_version_id;
END;

-- 4. Issue: by a post of the file's section holding it, of the latest version, approved,
-- signed by its approver; the fair copy is set once, then the letter is recorded.
CREATE TRIGGER issued_letters_checked BEFORE INSERT ON issued_letters
WHEN NOT EXISTS (SELECT 1 FROM draft_versions v JOIN drafts d ON d.id = v.draft_id JOIN files f ON f.id = d.file_id
                 JOIN posts p ON p.id = NEW.issued_by_post_id
                 WHERE v.id = NEW.draft_version_id AND d.id = NEW.draft_id AND f.id = NEW.file_id
                   AND f.section_id = NEW.section_id AND f.holder_post_id = NEW.issued_by_post_id
                   AND f.status = 'open' AND p.section_id = f.section_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:issue-not-section');
END;
CREATE TRIGGER issued_letters_latest BEFORE INSERT ON issued_letters
WHEN EXISTS (SELECT 1 FROM draft_versions v JOIN draft_versions later ON later.draft_id = v.draft_id
             WHERE v.id = NEW.draft_version_id AND later.version > v.version)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-superseded');
END;
CREATE TRIGGER issued_letters_without_copy BEFORE INSERT ON issued_letters
WHEN NEW.pdf_sha256 IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER issued_letters_approved BEFORE INSERT ON issued_letters
WHEN NOT EXISTS (SELECT 1 FROM draft_approvals a WHERE a.draft_version_id = NEW.draft_version_id
                 AND a.approved_by_post_id = NEW.signed_by_post_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:draft-not-approved');
END;
CREATE TRIGGER issued_letters_event AFTER UPDATE OF pdf_sha256 ON issued_letters
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT NEW.issued_at, 'letter.issued', NEW.issued_by_user_id, NEW.issued_by_post_id, NEW.file_id,
           json_object('file_no', f.file_no, 'draft', d.number, 'version', v.version, 'dispatch_no', NEW.dispatch_no,
                       'sha256', NEW.pdf_sha256, 'row_table', 'issued_letters', 'row_id', CAST(NEW.id AS TEXT),
                       'row_hash', nasti_row_hash('issued_letters', NEW.id, NEW.draft_id, NEW.draft_version_id,
                                                  NEW.file_id, NEW.section_id, NEW.dispatch_no, NEW.issued_at,
                                                  NEW.issued_by_post_id, NEW.issued_by_user_id, NEW.signed_by_post_id,
                                                  NEW.pdf_sha256))
    FROM draft_versions v JOIN drafts d ON d.id = v.draft_id JOIN files f ON f.id = d.file_id
    WHERE v.id = NEW.draft_version_id;
END;

-- 5. The register: an entry through Nasti names the receipt it became in that section,
-- carrying the fair copy; postage is written once, for an entry sent by post.
CREATE TRIGGER dispatch_entries_receipt BEFORE INSERT ON dispatch_entries
WHEN NEW.postage_paise IS NOT NULL OR NEW.postage_at IS NOT NULL
  OR (NEW.mode = 'nasti' AND NOT EXISTS (SELECT 1 FROM receipts r JOIN issued_letters l ON l.id = NEW.letter_id
                                         WHERE r.id = NEW.receipt_id AND r.section_id = NEW.to_section_id
                                           AND r.attachment_sha256 = l.pdf_sha256))
  OR (NEW.mode <> 'nasti' AND NEW.receipt_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER dispatch_entries_postage_once BEFORE UPDATE ON dispatch_entries
WHEN NEW.id IS NOT OLD.id OR NEW.letter_id IS NOT OLD.letter_id OR NEW.position IS NOT OLD.position
  OR NEW.copy IS NOT OLD.copy OR NEW.addressee IS NOT OLD.addressee OR NEW.address IS NOT OLD.address
  OR NEW.mode IS NOT OLD.mode OR NEW.to_section_id IS NOT OLD.to_section_id OR NEW.receipt_id IS NOT OLD.receipt_id
  OR OLD.postage_paise IS NOT NULL OR NEW.postage_paise IS NULL OR NEW.postage_at IS NULL OR OLD.mode <> 'post'
BEGIN
    SELECT RAISE(ABORT, 'nasti:dispatch-postage');
END;
CREATE TRIGGER dispatch_entries_event AFTER INSERT ON dispatch_entries
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT l.issued_at, 'dispatch.entry', l.issued_by_user_id, l.issued_by_post_id, l.file_id,
           json_object('file_no', f.file_no, 'dispatch_no', l.dispatch_no, 'position', NEW.position, 'mode', NEW.mode,
                       'row_table', 'dispatch_entries', 'row_id', CAST(NEW.id AS TEXT),
                       'row_hash', nasti_row_hash('dispatch_entries', NEW.id, NEW.letter_id, NEW.position, NEW.copy,
                                                  NEW.addressee, NEW.address, NEW.mode, NEW.to_section_id,
                                                  NEW.receipt_id))
    FROM issued_letters l JOIN files f ON f.id = l.file_id WHERE l.id = NEW.letter_id;
END;
CREATE TRIGGER dispatch_entries_postage_event AFTER UPDATE OF postage_paise ON dispatch_entries
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    SELECT NEW.postage_at, 'dispatch.postage', nasti_actor(), NULL, l.file_id,
           json_object('dispatch_no', l.dispatch_no, 'position', NEW.position, 'postage_paise', NEW.postage_paise)
    FROM issued_letters l WHERE l.id = NEW.letter_id;
END;

-- 6. Letterheads.
CREATE TRIGGER letterheads_event AFTER INSERT ON letterheads
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (NEW.updated_at, 'org.letterhead', nasti_actor(),
            json_object('department', (SELECT d.code FROM departments d WHERE d.id = NEW.department_id),
                        'language', NEW.language, 'heading', NEW.heading, 'address', NEW.address));
END;
CREATE TRIGGER letterheads_update_event AFTER UPDATE ON letterheads
BEGIN
    INSERT INTO event_queue (at, kind, user_id, payload)
    VALUES (NEW.updated_at, 'org.letterhead', nasti_actor(),
            json_object('department', (SELECT d.code FROM departments d WHERE d.id = NEW.department_id),
                        'language', NEW.language, 'heading', NEW.heading, 'address', NEW.address));
END;
