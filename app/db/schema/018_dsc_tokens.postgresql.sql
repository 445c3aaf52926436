-- Schema step 018 (PostgreSQL): DSC tokens as the server records them (the conventions of
-- steps 008 and 012): append-only, the registering administrator and the time taken from
-- the session, rows in the chain, revoked with the officer's own certificates; trusted CAs
-- and registrations are public inside the organisation (what a reader checks a letter by),
-- written only by administrators.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['trusted_cas', 'dsc_tokens', 'dsc_token_revocations'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION nasti_reject_change()',
                       t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change()',
                       t || '_no_truncate', t);
    END LOOP;
END;
$$;

CREATE FUNCTION nasti_trusted_cas_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.added_by_user_id := nasti_user_id();
        NEW.added_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trusted_cas_server BEFORE INSERT ON trusted_cas
    FOR EACH ROW EXECUTE FUNCTION nasti_trusted_cas_server();

CREATE FUNCTION nasti_trusted_cas_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.added_at, 'key.ca_trusted', NEW.added_by_user_id, NULL, NULL,
        jsonb_build_object('name', NEW.name, 'fingerprint', NEW.fingerprint,
                           'row_table', 'trusted_cas', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('trusted_cas', ARRAY[CAST(NEW.id AS text), NEW.name,
                               NEW.certificate, NEW.fingerprint, CAST(NEW.added_at AS text),
                               CAST(NEW.added_by_user_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER trusted_cas_events AFTER INSERT ON trusted_cas
    FOR EACH ROW EXECUTE FUNCTION nasti_trusted_cas_events();

CREATE FUNCTION nasti_dsc_tokens_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.registered_by_user_id := nasti_user_id();
        NEW.registered_at := nasti_now_ms();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.enabled = 1) THEN
        RAISE EXCEPTION 'nasti:unknown-user';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER dsc_tokens_server BEFORE INSERT ON dsc_tokens
    FOR EACH ROW EXECUTE FUNCTION nasti_dsc_tokens_server();

CREATE FUNCTION nasti_dsc_tokens_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.registered_at, 'key.token_registered', NEW.registered_by_user_id, NULL, NULL,
        jsonb_build_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'posts', NEW.posts,
                           'fingerprint', NEW.fingerprint, 'valid_until', NEW.valid_until,
                           'row_table', 'dsc_tokens', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('dsc_tokens', ARRAY[CAST(NEW.id AS text),
                               CAST(NEW.user_id AS text), CAST(NEW.ca_id AS text), NEW.posts, NEW.certificate,
                               NEW.fingerprint, NEW.subject, CAST(NEW.valid_from AS text),
                               CAST(NEW.valid_until AS text), NEW.module_path, CAST(NEW.registered_at AS text),
                               CAST(NEW.registered_by_user_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER dsc_tokens_events AFTER INSERT ON dsc_tokens
    FOR EACH ROW EXECUTE FUNCTION nasti_dsc_tokens_events();

CREATE FUNCTION nasti_dsc_token_revocations_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.revoked_by_user_id := nasti_user_id();
        NEW.revoked_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER dsc_token_revocations_server BEFORE INSERT ON dsc_token_revocations
    FOR EACH ROW EXECUTE FUNCTION nasti_dsc_token_revocations_server();

CREATE FUNCTION nasti_dsc_token_revocations_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.revoked_at, 'key.token_revoked', NEW.revoked_by_user_id, NULL, NULL,
        jsonb_build_object('login', (SELECT u.login FROM dsc_tokens t JOIN users u ON u.id = t.user_id
                                     WHERE t.id = NEW.token_id), 'reason', NEW.reason,
                           'row_table', 'dsc_token_revocations', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('dsc_token_revocations', ARRAY[CAST(NEW.id AS text),
                               CAST(NEW.token_id AS text), NEW.reason, CAST(NEW.revoked_at AS text),
                               CAST(NEW.revoked_by_user_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER dsc_token_revocations_events AFTER INSERT ON dsc_token_revocations
    FOR EACH ROW EXECUTE FUNCTION nasti_dsc_token_revocations_events();

-- A token follows its officer as his own certificates do: step 012's nasti_revoke_user is
-- what disabling a login and handing a post over call, so its tokens are revoked there too
-- (the same transaction, the same reason).
CREATE FUNCTION nasti_revoke_user_tokens(uid bigint, why text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO dsc_token_revocations (token_id, reason, revoked_at, revoked_by_user_id)
    SELECT t.id, why, nasti_now_ms(), nasti_user_id() FROM dsc_tokens t
    WHERE t.user_id = uid AND NOT EXISTS (SELECT 1 FROM dsc_token_revocations r WHERE r.token_id = t.id);
END;
$$;
CREATE FUNCTION nasti_users_revoke_tokens() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_revoke_user_tokens(NEW.id, 'disabled');
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_revoke_tokens AFTER UPDATE OF enabled ON users
    FOR EACH ROW WHEN (OLD.enabled = 1 AND NEW.enabled = 0) EXECUTE FUNCTION nasti_users_revoke_tokens();
CREATE FUNCTION nasti_posts_revoke_tokens() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF OLD.holder_user_id IS NOT NULL THEN
        PERFORM nasti_revoke_user_tokens(OLD.holder_user_id, 'transferred');
    END IF;
    IF NEW.holder_user_id IS NOT NULL THEN
        PERFORM nasti_revoke_user_tokens(NEW.holder_user_id, 'transferred');
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER posts_revoke_tokens AFTER UPDATE OF holder_user_id ON posts
    FOR EACH ROW WHEN (OLD.holder_user_id IS DISTINCT FROM NEW.holder_user_id) EXECUTE FUNCTION nasti_posts_revoke_tokens();

-- Who reads and writes: everyone inside the organisation reads (a letter is checked by them);
-- only administrators write, and only new rows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['trusted_cas', 'dsc_tokens', 'dsc_token_revocations'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO nasti_owner USING (true) WITH CHECK (true)', t || '_owner', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO nasti_user USING (true)', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO nasti_admin WITH CHECK (true)', t || '_write', t);
    END LOOP;
END;
$$;

SELECT nasti_secure_objects();
REVOKE ALL ON trusted_cas, dsc_tokens, dsc_token_revocations FROM PUBLIC;
GRANT SELECT ON trusted_cas, dsc_tokens, dsc_token_revocations TO nasti_user;
GRANT INSERT ON trusted_cas, dsc_tokens, dsc_token_revocations TO nasti_admin;
GRANT USAGE ON SEQUENCE trusted_cas_id_seq, dsc_tokens_id_seq, dsc_token_revocations_id_seq TO nasti_admin;
