-- Schema step 018 (SQLite): append-only, registered only for an enabled user, in the chain,
-- revoked with the user's own certificates (step 012's triggers' twins).
CREATE TRIGGER trusted_cas_no_update BEFORE UPDATE ON trusted_cas
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER trusted_cas_no_delete BEFORE DELETE ON trusted_cas
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER dsc_tokens_no_update BEFORE UPDATE ON dsc_tokens
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER dsc_tokens_no_delete BEFORE DELETE ON dsc_tokens
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER dsc_token_revocations_no_update BEFORE UPDATE ON dsc_token_revocations
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER dsc_token_revocations_no_delete BEFORE DELETE ON dsc_token_revocations
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;

CREATE TRIGGER dsc_tokens_checked BEFORE INSERT ON dsc_tokens
WHEN NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.enabled = 1)
BEGIN
    SELECT RAISE(ABORT, 'nasti:unknown-user');
END;

CREATE TRIGGER trusted_cas_event AFTER INSERT ON trusted_cas
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.added_at, 'key.ca_trusted', NEW.added_by_user_id, NULL, NULL,
            json_object('name', NEW.name, 'fingerprint', NEW.fingerprint,
                        'row_table', 'trusted_cas', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('trusted_cas', NEW.id, NEW.name, NEW.certificate,
                                                   NEW.fingerprint, NEW.added_at, NEW.added_by_user_id)));
END;
CREATE TRIGGER dsc_tokens_event AFTER INSERT ON dsc_tokens
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.registered_at, 'key.token_registered', NEW.registered_by_user_id, NULL, NULL,
            json_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'posts', NEW.posts,
                        'fingerprint', NEW.fingerprint, 'valid_until', NEW.valid_until,
                        'row_table', 'dsc_tokens', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('dsc_tokens', NEW.id, NEW.user_id, NEW.ca_id, NEW.posts,
                                                   NEW.certificate, NEW.fingerprint, NEW.subject,
                                                   NEW.valid_from, NEW.valid_until, NEW.module_path,
                                                   NEW.registered_at, NEW.registered_by_user_id)));
END;
CREATE TRIGGER dsc_token_revocations_event AFTER INSERT ON dsc_token_revocations
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.revoked_at, 'key.token_revoked', NEW.revoked_by_user_id, NULL, NULL,
            json_object('login', (SELECT u.login FROM dsc_tokens t JOIN users u ON u.id = t.user_id
                                  WHERE t.id = NEW.token_id), 'reason', NEW.reason,
                        'row_table', 'dsc_token_revocations', 'row_id', CAST(NEW.id AS TEXT),
                        'row_hash', nasti_row_hash('dsc_token_revocations', NEW.id, NEW.token_id, NEW.reason,
                                                   NEW.revoked_at, NEW.revoked_by_user_id)));
END;

-- A token follows its officer as his own certificates do (step 012).
CREATE TRIGGER users_revoke_tokens AFTER UPDATE OF enabled ON users
WHEN OLD.enabled = 1 AND NEW.enabled = 0
BEGIN
    INSERT INTO dsc_token_revocations (token_id, reason, revoked_at, revoked_by_user_id)
    SELECT t.id, 'disabled', nasti_now_ms(), nasti_actor() FROM dsc_tokens t
    WHERE t.user_id = NEW.id AND NOT EXISTS (SELECT 1 FROM dsc_token_revocations r WHERE r.token_id = t.id);
END;
CREATE TRIGGER posts_revoke_tokens AFTER UPDATE OF holder_user_id ON posts
WHEN OLD.holder_user_id IS NOT NEW.holder_user_id
BEGIN
    INSERT INTO dsc_token_revocations (token_id, reason, revoked_at, revoked_by_user_id)
    SELECT t.id, 'transferred', nasti_now_ms(), nasti_actor() FROM dsc_tokens t
    WHERE t.user_id IN (OLD.holder_user_id, NEW.holder_user_id)
      AND NOT EXISTS (SELECT 1 FROM dsc_token_revocations r WHERE r.token_id = t.id);
END;
