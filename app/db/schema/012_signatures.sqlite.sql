-- Schema step 012 (SQLite): the same rules as on PostgreSQL, as triggers that refuse a
-- row that is not what the database would derive. SQLite has no deferred triggers, so
-- a note's or letter's signature is written first, over the hash its final row will
-- have, and freezing the note or setting the letter's fair copy checks it is there.

CREATE TRIGGER signing_authorities_no_update BEFORE UPDATE ON signing_authorities
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER signing_authorities_no_delete BEFORE DELETE ON signing_authorities
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER key_certificates_no_update BEFORE UPDATE ON key_certificates
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER key_certificates_no_delete BEFORE DELETE ON key_certificates
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER key_revocations_no_update BEFORE UPDATE ON key_revocations
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER key_revocations_no_delete BEFORE DELETE ON key_revocations
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;

CREATE TRIGGER signing_keys_checked BEFORE INSERT ON signing_keys
WHEN NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.enabled = 1)
BEGIN
    SELECT RAISE(ABORT, 'nasti:unknown-user');
END;
CREATE TRIGGER key_certificates_checked BEFORE INSERT ON key_certificates
WHEN NOT EXISTS (SELECT 1 FROM signing_keys k JOIN users u ON u.id = k.user_id
                 WHERE k.id = NEW.key_id AND k.user_id = NEW.user_id AND u.enabled = 1)
BEGIN
    SELECT RAISE(ABORT, 'nasti:unknown-user');
END;

CREATE TRIGGER signing_authorities_event AFTER INSERT ON signing_authorities
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, 'org.authority', NEW.created_by_user_id, NULL, NULL,
            json_object('name', NEW.name, 'public_key', NEW.public_key,
                        'row_table', 'signing_authorities', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('signing_authorities', NEW.id, NEW.name, NEW.public_key,
                                                   NEW.sealed_secret, NEW.x509_ca, NEW.x509_sealed_key,
                                                   NEW.created_at, NEW.created_by_user_id)));
END;
CREATE TRIGGER signing_keys_event AFTER INSERT ON signing_keys
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, 'key.enrolled', NEW.user_id, NULL, NULL,
            json_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'public_key', NEW.public_key,
                        'row_table', 'signing_keys', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('signing_keys', NEW.id, NEW.user_id, NEW.public_key,
                                                   NEW.sealed_secret, NEW.x509_request, NEW.created_at)));
END;
CREATE TRIGGER key_certificates_event AFTER INSERT ON key_certificates
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.certified_at, 'key.certified', NEW.certified_by_user_id, NULL, NULL,
            json_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'posts', NEW.posts,
                        'valid_until', NEW.valid_until,
                        'row_table', 'key_certificates', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('key_certificates', NEW.id, NEW.key_id, NEW.authority_id,
                                                   NEW.user_id, NEW.posts, NEW.valid_from, NEW.valid_until,
                                                   NEW.certified_at, NEW.certified_by_user_id,
                                                   NEW.authority_signature, NEW.x509_certificate)));
END;
CREATE TRIGGER key_revocations_event AFTER INSERT ON key_revocations
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.revoked_at, 'key.revoked', NEW.revoked_by_user_id, NULL, NULL,
            json_object('login', (SELECT u.login FROM key_certificates c JOIN users u ON u.id = c.user_id
                                  WHERE c.id = NEW.certificate_id), 'reason', NEW.reason,
                        'row_table', 'key_revocations', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('key_revocations', NEW.id, NEW.certificate_id, NEW.reason,
                                                   NEW.revoked_at, NEW.revoked_by_user_id)));
END;

-- Revocation when a login is disabled or a post changes hands.
CREATE TRIGGER users_revoke AFTER UPDATE OF enabled ON users
WHEN OLD.enabled = 1 AND NEW.enabled = 0
BEGIN
    INSERT INTO key_revocations (certificate_id, reason, revoked_at, revoked_by_user_id)
    SELECT c.id, 'disabled', nasti_now_ms(), nasti_actor() FROM key_certificates c
    WHERE c.user_id = NEW.id AND NOT EXISTS (SELECT 1 FROM key_revocations r WHERE r.certificate_id = c.id);
END;
CREATE TRIGGER posts_revoke AFTER UPDATE OF holder_user_id ON posts
WHEN OLD.holder_user_id IS NOT NEW.holder_user_id
BEGIN
    INSERT INTO key_revocations (certificate_id, reason, revoked_at, revoked_by_user_id)
    SELECT c.id, 'transferred', nasti_now_ms(), nasti_actor() FROM key_certificates c
    WHERE c.user_id IN (OLD.holder_user_id, NEW.holder_user_id)
      AND NOT EXISTS (SELECT 1 FROM key_revocations r WHERE r.certificate_id = c.id);
END;

-- A signature: the signer's own key, valid then, by the row's own signer, over the
-- row's hash (for a note or letter not yet final, checked when it becomes final).
CREATE TRIGGER signatures_checked BEFORE INSERT ON signatures
WHEN NOT EXISTS (SELECT 1 FROM signing_keys k WHERE k.id = NEW.key_id AND k.user_id = NEW.signer_user_id)
  OR NEW.signer_user_id IS NOT COALESCE(nasti_actor(), NEW.signer_user_id)
  OR NEW.signer_user_id IS NOT CASE NEW.object_table
        WHEN 'notes' THEN (SELECT n.author_user_id FROM notes n WHERE n.id = NEW.object_id)
        WHEN 'draft_versions' THEN (SELECT a.approved_by_user_id FROM draft_approvals a WHERE a.draft_version_id = NEW.object_id)
        WHEN 'draft_approvals' THEN (SELECT a.approved_by_user_id FROM draft_approvals a WHERE a.id = NEW.object_id)
        WHEN 'issued_letters' THEN (SELECT l.issued_by_user_id FROM issued_letters l WHERE l.id = NEW.object_id)
     END
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER signatures_key_valid BEFORE INSERT ON signatures
WHEN NOT EXISTS (SELECT 1 FROM key_certificates c WHERE c.key_id = NEW.key_id AND c.valid_from <= NEW.signed_at
                 AND NEW.signed_at < c.valid_until
                 AND NOT EXISTS (SELECT 1 FROM key_revocations r WHERE r.certificate_id = c.id AND r.revoked_at <= NEW.signed_at))
BEGIN
    SELECT RAISE(ABORT, 'nasti:key-not-valid');
END;
CREATE TRIGGER signatures_object BEFORE INSERT ON signatures
WHEN NEW.object_hash IS NOT CASE NEW.object_table
        WHEN 'notes' THEN COALESCE((SELECT n.content_hash FROM notes n WHERE n.id = NEW.object_id), NEW.object_hash)
        WHEN 'draft_versions' THEN (SELECT nasti_row_hash('draft_versions', v.id, v.draft_id, v.version, v.subject,
                                        v.addressees, v.copy_to, v.reference, v.body, v.pdf_sha256, v.author_user_id,
                                        v.author_post_id, v.author_name, v.designation, v.created_at)
                                    FROM draft_versions v WHERE v.id = NEW.object_id)
        WHEN 'draft_approvals' THEN (SELECT nasti_row_hash('draft_approvals', a.id, a.draft_version_id,
                                         a.approved_by_post_id, a.approved_by_user_id, a.approver_name, a.designation,
                                         a.note_id, a.approved_at)
                                     FROM draft_approvals a WHERE a.id = NEW.object_id)
        WHEN 'issued_letters' THEN COALESCE((SELECT nasti_row_hash('issued_letters', l.id, l.draft_id,
                                         l.draft_version_id, l.file_id, l.section_id, l.dispatch_no, l.issued_at,
                                         l.issued_by_post_id, l.issued_by_user_id, l.signed_by_post_id, l.pdf_sha256)
                                     FROM issued_letters l WHERE l.id = NEW.object_id AND l.pdf_sha256 IS NOT NULL),
                                    NEW.object_hash)
     END
BEGIN
    SELECT RAISE(ABORT, 'nasti:signature-object');
END;
CREATE TRIGGER signatures_event AFTER INSERT ON signatures
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.signed_at, 'signature', NEW.signer_user_id, NULL,
            CASE NEW.object_table
                WHEN 'notes' THEN (SELECT n.file_id FROM notes n WHERE n.id = NEW.object_id)
                WHEN 'draft_versions' THEN (SELECT d.file_id FROM draft_versions v JOIN drafts d ON d.id = v.draft_id
                                            WHERE v.id = NEW.object_id)
                WHEN 'draft_approvals' THEN (SELECT d.file_id FROM draft_approvals a
                                             JOIN draft_versions v ON v.id = a.draft_version_id
                                             JOIN drafts d ON d.id = v.draft_id WHERE a.id = NEW.object_id)
                WHEN 'issued_letters' THEN (SELECT l.file_id FROM issued_letters l WHERE l.id = NEW.object_id)
            END,
            json_object('object', NEW.object_table || ':' || NEW.object_id,
                        'row_table', 'signatures', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('signatures', NEW.id, NEW.object_table, NEW.object_id,
                                                   NEW.object_hash, NEW.key_id, NEW.signer_user_id, NEW.signed_at,
                                                   NEW.signature)));
END;

-- No signature, no freeze.
CREATE TRIGGER notes_signed BEFORE UPDATE OF frozen_at ON notes
WHEN OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL
  AND NEW.author_user_id IS COALESCE(nasti_actor(), NEW.author_user_id)
  AND EXISTS (SELECT 1 FROM key_certificates c WHERE c.user_id = NEW.author_user_id)
  AND NOT EXISTS (SELECT 1 FROM signatures s WHERE s.object_table = 'notes' AND s.object_id = NEW.id
                  AND s.object_hash = NEW.content_hash)
BEGIN
    SELECT RAISE(ABORT, 'nasti:signature-required');
END;
CREATE TRIGGER notes_signed_insert BEFORE INSERT ON notes
WHEN NEW.frozen_at IS NOT NULL AND EXISTS (SELECT 1 FROM key_certificates c WHERE c.user_id = NEW.author_user_id)
BEGIN
    SELECT RAISE(ABORT, 'nasti:signature-required');
END;
CREATE TRIGGER issued_letters_signed BEFORE UPDATE OF pdf_sha256 ON issued_letters
WHEN NEW.pdf_sha256 IS NOT NULL AND EXISTS (SELECT 1 FROM key_certificates c WHERE c.user_id = NEW.issued_by_user_id)
  AND NOT EXISTS (SELECT 1 FROM signatures s WHERE s.object_table = 'issued_letters' AND s.object_id = NEW.id
                  AND s.object_hash = nasti_row_hash('issued_letters', NEW.id, NEW.draft_id, NEW.draft_version_id,
                                                     NEW.file_id, NEW.section_id, NEW.dispatch_no, NEW.issued_at,
                                                     NEW.issued_by_post_id, NEW.issued_by_user_id,
                                                     NEW.signed_by_post_id, NEW.pdf_sha256))
BEGIN
    SELECT RAISE(ABORT, 'nasti:signature-required');
END;

-- What every signature names: this database (made once; a restored copy keeps it).
INSERT OR IGNORE INTO settings (key, value)
SELECT 'database_id', lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' ||
             hex(randomblob(2)) || '-' || hex(randomblob(6)));
