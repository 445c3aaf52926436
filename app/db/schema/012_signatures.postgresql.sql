-- Schema step 012 (PostgreSQL): signatures as the server derives and checks them (the
-- conventions of step 008). The server cannot check an Ed25519 signature itself, so it
-- checks everything around it (whose key, valid when, over which row's recorded hash,
-- by the row's own signer) and refuses a COMMIT that freezes a note, approves a draft
-- or issues a letter unsigned by an enrolled officer; verify checks the signatures.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['signing_authorities', 'signing_keys', 'key_certificates', 'key_revocations', 'signatures'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION nasti_reject_change()',
                       t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change()',
                       t || '_no_truncate', t);
    END LOOP;
END;
$$;

-- A user who has ever been certified signs everything he decides from then on.
CREATE FUNCTION nasti_must_sign(uid bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM key_certificates c WHERE c.user_id = uid)
$$;

-- A key may sign at a moment when one of its certificates covers it and is not revoked by then.
CREATE FUNCTION nasti_key_valid(k bigint, at bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM key_certificates c WHERE c.key_id = k AND c.valid_from <= at AND at < c.valid_until
                   AND NOT EXISTS (SELECT 1 FROM key_revocations r WHERE r.certificate_id = c.id AND r.revoked_at <= at))
$$;

-- The hash the event log records for a signable row, from its columns as they are now
-- (NULL when the row is not there or not yet final: a draft note, a letter without its copy).
CREATE FUNCTION nasti_object_hash(tbl text, oid bigint) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    r record;
BEGIN
    IF tbl = 'notes' THEN
        SELECT n.content_hash INTO r FROM notes n WHERE n.id = oid AND n.frozen_at IS NOT NULL;
        RETURN r.content_hash;
    ELSIF tbl = 'draft_versions' THEN
        SELECT * INTO r FROM draft_versions v WHERE v.id = oid;
        IF NOT FOUND THEN RETURN NULL; END IF;
        RETURN nasti_row_hash('draft_versions', ARRAY[CAST(r.id AS text), CAST(r.draft_id AS text),
            CAST(r.version AS text), r.subject, r.addressees, r.copy_to, r.reference, r.body,
            r.pdf_sha256, CAST(r.author_user_id AS text), CAST(r.author_post_id AS text),
            r.author_name, r.designation, CAST(r.created_at AS text)]);
    ELSIF tbl = 'draft_approvals' THEN
        SELECT * INTO r FROM draft_approvals a WHERE a.id = oid;
        IF NOT FOUND THEN RETURN NULL; END IF;
        RETURN nasti_row_hash('draft_approvals', ARRAY[CAST(r.id AS text), CAST(r.draft_version_id AS text),
            CAST(r.approved_by_post_id AS text), CAST(r.approved_by_user_id AS text), r.approver_name,
            r.designation, CAST(r.note_id AS text), CAST(r.approved_at AS text)]);
    ELSIF tbl = 'issued_letters' THEN
        SELECT * INTO r FROM issued_letters l WHERE l.id = oid AND l.pdf_sha256 IS NOT NULL;
        IF NOT FOUND THEN RETURN NULL; END IF;
        RETURN nasti_row_hash('issued_letters', ARRAY[CAST(r.id AS text), CAST(r.draft_id AS text),
            CAST(r.draft_version_id AS text), CAST(r.file_id AS text), CAST(r.section_id AS text),
            r.dispatch_no, CAST(r.issued_at AS text), CAST(r.issued_by_post_id AS text),
            CAST(r.issued_by_user_id AS text), CAST(r.signed_by_post_id AS text), r.pdf_sha256]);
    END IF;
    RETURN NULL;
END;
$$;

-- Who must sign a row: a note's author, a version's and an approval's approver, a letter's issuer.
CREATE FUNCTION nasti_object_signer(tbl text, oid bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE tbl
        WHEN 'notes' THEN (SELECT n.author_user_id FROM notes n WHERE n.id = oid)
        WHEN 'draft_versions' THEN (SELECT a.approved_by_user_id FROM draft_approvals a WHERE a.draft_version_id = oid)
        WHEN 'draft_approvals' THEN (SELECT a.approved_by_user_id FROM draft_approvals a WHERE a.id = oid)
        WHEN 'issued_letters' THEN (SELECT l.issued_by_user_id FROM issued_letters l WHERE l.id = oid)
    END
$$;

CREATE FUNCTION nasti_object_file(tbl text, oid bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT CASE tbl
        WHEN 'notes' THEN (SELECT n.file_id FROM notes n WHERE n.id = oid)
        WHEN 'draft_versions' THEN (SELECT d.file_id FROM draft_versions v JOIN drafts d ON d.id = v.draft_id WHERE v.id = oid)
        WHEN 'draft_approvals' THEN (SELECT d.file_id FROM draft_approvals a JOIN draft_versions v ON v.id = a.draft_version_id
                                     JOIN drafts d ON d.id = v.draft_id WHERE a.id = oid)
        WHEN 'issued_letters' THEN (SELECT l.file_id FROM issued_letters l WHERE l.id = oid)
    END
$$;

-- 1. The organisation's authority: by an administrator.
CREATE FUNCTION nasti_signing_authorities_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.created_by_user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER signing_authorities_server BEFORE INSERT ON signing_authorities
    FOR EACH ROW EXECUTE FUNCTION nasti_signing_authorities_server();

CREATE FUNCTION nasti_signing_authorities_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.created_at, 'org.authority', NEW.created_by_user_id, NULL, NULL,
        jsonb_build_object('name', NEW.name, 'public_key', NEW.public_key,
                           'row_table', 'signing_authorities', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('signing_authorities', ARRAY[CAST(NEW.id AS text), NEW.name,
                               NEW.public_key, NEW.sealed_secret, NEW.x509_ca, NEW.x509_sealed_key,
                               CAST(NEW.created_at AS text), CAST(NEW.created_by_user_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER signing_authorities_events AFTER INSERT ON signing_authorities
    FOR EACH ROW EXECUTE FUNCTION nasti_signing_authorities_events();

-- 2. Enrolment: a user's own key, made on his desktop.
CREATE FUNCTION nasti_signing_keys_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.enabled = 1) THEN
        RAISE EXCEPTION 'nasti:unknown-user';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER signing_keys_server BEFORE INSERT ON signing_keys
    FOR EACH ROW EXECUTE FUNCTION nasti_signing_keys_server();

CREATE FUNCTION nasti_signing_keys_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.created_at, 'key.enrolled', NEW.user_id, NULL, NULL,
        jsonb_build_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'public_key', NEW.public_key,
                           'row_table', 'signing_keys', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('signing_keys', ARRAY[CAST(NEW.id AS text), CAST(NEW.user_id AS text),
                               NEW.public_key, NEW.sealed_secret, NEW.x509_request, CAST(NEW.created_at AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER signing_keys_events AFTER INSERT ON signing_keys
    FOR EACH ROW EXECUTE FUNCTION nasti_signing_keys_events();

-- 3. Certification: by an administrator, for the key's own user, from now on (the
-- authority's signature over these fields is checked by verify).
CREATE FUNCTION nasti_key_certificates_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.certified_by_user_id := nasti_user_id();
        NEW.certified_at := nasti_now_ms();
        IF NEW.valid_from < NEW.certified_at - 600000 THEN
            RAISE EXCEPTION 'nasti:certificate-backdated';
        END IF;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM signing_keys k JOIN users u ON u.id = k.user_id
                   WHERE k.id = NEW.key_id AND k.user_id = NEW.user_id AND u.enabled = 1) THEN
        RAISE EXCEPTION 'nasti:unknown-user';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER key_certificates_server BEFORE INSERT ON key_certificates
    FOR EACH ROW EXECUTE FUNCTION nasti_key_certificates_server();

CREATE FUNCTION nasti_key_certificates_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.certified_at, 'key.certified', NEW.certified_by_user_id, NULL, NULL,
        jsonb_build_object('login', (SELECT u.login FROM users u WHERE u.id = NEW.user_id), 'posts', NEW.posts,
                           'valid_until', NEW.valid_until,
                           'row_table', 'key_certificates', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('key_certificates', ARRAY[CAST(NEW.id AS text),
                               CAST(NEW.key_id AS text), CAST(NEW.authority_id AS text), CAST(NEW.user_id AS text),
                               NEW.posts, CAST(NEW.valid_from AS text), CAST(NEW.valid_until AS text),
                               CAST(NEW.certified_at AS text), CAST(NEW.certified_by_user_id AS text),
                               NEW.authority_signature, NEW.x509_certificate])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER key_certificates_events AFTER INSERT ON key_certificates
    FOR EACH ROW EXECUTE FUNCTION nasti_key_certificates_events();

-- 4. Revocation: by an administrator, and by the server itself when a login is
-- disabled or a post changes hands (the certificate names the posts he held).
CREATE FUNCTION nasti_key_revocations_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.revoked_by_user_id := nasti_user_id();
        NEW.revoked_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER key_revocations_server BEFORE INSERT ON key_revocations
    FOR EACH ROW EXECUTE FUNCTION nasti_key_revocations_server();

CREATE FUNCTION nasti_key_revocations_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.revoked_at, 'key.revoked', NEW.revoked_by_user_id, NULL, NULL,
        jsonb_build_object('login', (SELECT u.login FROM key_certificates c JOIN users u ON u.id = c.user_id
                                     WHERE c.id = NEW.certificate_id), 'reason', NEW.reason,
                           'row_table', 'key_revocations', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('key_revocations', ARRAY[CAST(NEW.id AS text),
                               CAST(NEW.certificate_id AS text), NEW.reason, CAST(NEW.revoked_at AS text),
                               CAST(NEW.revoked_by_user_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER key_revocations_events AFTER INSERT ON key_revocations
    FOR EACH ROW EXECUTE FUNCTION nasti_key_revocations_events();

CREATE FUNCTION nasti_revoke_user(uid bigint, why text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO key_revocations (certificate_id, reason, revoked_at, revoked_by_user_id)
    SELECT c.id, why, nasti_now_ms(), nasti_user_id() FROM key_certificates c
    WHERE c.user_id = uid AND NOT EXISTS (SELECT 1 FROM key_revocations r WHERE r.certificate_id = c.id);
END;
$$;

CREATE FUNCTION nasti_users_revoke() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_revoke_user(NEW.id, 'disabled');
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_revoke AFTER UPDATE OF enabled ON users
    FOR EACH ROW WHEN (OLD.enabled = 1 AND NEW.enabled = 0) EXECUTE FUNCTION nasti_users_revoke();

CREATE FUNCTION nasti_posts_revoke() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF OLD.holder_user_id IS NOT NULL THEN
        PERFORM nasti_revoke_user(OLD.holder_user_id, 'transferred');
    END IF;
    IF NEW.holder_user_id IS NOT NULL THEN
        PERFORM nasti_revoke_user(NEW.holder_user_id, 'transferred');
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER posts_revoke AFTER UPDATE OF holder_user_id ON posts
    FOR EACH ROW WHEN (OLD.holder_user_id IS DISTINCT FROM NEW.holder_user_id) EXECUTE FUNCTION nasti_posts_revoke();

-- 5. A signature: the signer's own, valid key, over the row's recorded hash, by the
-- row's own signer (a note's author, the approver, the issuer).
CREATE FUNCTION nasti_signatures_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        NEW.signer_user_id := nasti_user_id();
        NEW.signed_at := nasti_now_ms();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM signing_keys k WHERE k.id = NEW.key_id AND k.user_id = NEW.signer_user_id) THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF NOT nasti_key_valid(NEW.key_id, NEW.signed_at) THEN
        RAISE EXCEPTION 'nasti:key-not-valid';
    END IF;
    IF nasti_object_signer(NEW.object_table, NEW.object_id) IS DISTINCT FROM NEW.signer_user_id THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF nasti_object_hash(NEW.object_table, NEW.object_id) IS DISTINCT FROM NEW.object_hash THEN
        RAISE EXCEPTION 'nasti:signature-object';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER signatures_server BEFORE INSERT ON signatures
    FOR EACH ROW EXECUTE FUNCTION nasti_signatures_server();

CREATE FUNCTION nasti_signatures_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.signed_at, 'signature', NEW.signer_user_id, NULL, nasti_object_file(NEW.object_table, NEW.object_id),
        jsonb_build_object('object', NEW.object_table || ':' || NEW.object_id,
                           'row_table', 'signatures', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('signatures', ARRAY[CAST(NEW.id AS text), NEW.object_table,
                               CAST(NEW.object_id AS text), NEW.object_hash, CAST(NEW.key_id AS text),
                               CAST(NEW.signer_user_id AS text), CAST(NEW.signed_at AS text), NEW.signature])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER signatures_events AFTER INSERT ON signatures
    FOR EACH ROW EXECUTE FUNCTION nasti_signatures_events();

-- 6. No signature, no freeze: at COMMIT, each note frozen, version approved and letter
-- issued by an enrolled user in this transaction carries his signature. (A draft left
-- by a post's previous holder, frozen when the new holder moves the file, cannot be
-- signed by him: the transfer revoked its author's certificate.)
CREATE FUNCTION nasti_require_signature() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    tbl text := TG_ARGV[0];
    signer bigint;
BEGIN
    IF tbl = 'notes' THEN
        IF NEW.frozen_at IS NULL OR (TG_OP = 'UPDATE' AND OLD.frozen_at IS NOT NULL) THEN
            RETURN NULL;
        END IF;
        signer := NEW.author_user_id;
        IF nasti_acting() AND signer IS DISTINCT FROM nasti_user_id() THEN
            RETURN NULL;
        END IF;
    ELSIF tbl = 'draft_approvals' THEN
        signer := NEW.approved_by_user_id;
    ELSE
        IF NEW.pdf_sha256 IS NULL THEN
            RETURN NULL;
        END IF;
        signer := NEW.issued_by_user_id;
    END IF;
    IF NOT nasti_must_sign(signer) THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM signatures s WHERE s.object_table = tbl AND s.object_id = NEW.id) THEN
        RAISE EXCEPTION 'nasti:signature-required';
    END IF;
    IF tbl = 'draft_approvals' THEN
        IF NOT EXISTS (SELECT 1 FROM signatures s WHERE s.object_table = 'draft_versions'
                       AND s.object_id = NEW.draft_version_id) THEN
            RAISE EXCEPTION 'nasti:signature-required';
        END IF;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER notes_signed AFTER INSERT OR UPDATE OF frozen_at ON notes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nasti_require_signature('notes');
CREATE CONSTRAINT TRIGGER draft_approvals_signed AFTER INSERT ON draft_approvals
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nasti_require_signature('draft_approvals');
CREATE CONSTRAINT TRIGGER issued_letters_signed AFTER UPDATE OF pdf_sha256 ON issued_letters
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nasti_require_signature('issued_letters');

-- 7. Who reads what: public keys, certificates and revocations are public inside the
-- organisation; a sealed private key only its own user (through nasti_my_sealed_key)
-- and the authority's only administrators; a signature along with its file.
CREATE FUNCTION nasti_my_sealed_key(k bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT s.sealed_secret FROM signing_keys s WHERE s.id = k AND s.user_id = nasti_user_id()
$$;
ALTER TABLE signatures ENABLE ROW LEVEL SECURITY;
ALTER TABLE signatures FORCE ROW LEVEL SECURITY;
CREATE POLICY signatures_owner ON signatures TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY signatures_read ON signatures FOR SELECT TO nasti_user
    USING (signer_user_id = nasti_user_id() OR nasti_can_open_file(nasti_object_file(object_table, object_id)));
CREATE POLICY signatures_write ON signatures FOR INSERT TO nasti_user WITH CHECK (true);

SELECT nasti_secure_objects();
REVOKE ALL ON signing_authorities, signing_keys, key_certificates, key_revocations, signatures FROM PUBLIC;
GRANT USAGE ON SEQUENCE signing_keys_id_seq, signatures_id_seq TO nasti_user;
GRANT SELECT (id, name, public_key, x509_ca, created_at, created_by_user_id) ON signing_authorities TO nasti_user;
GRANT SELECT, INSERT ON signing_authorities TO nasti_admin;
GRANT SELECT (id, user_id, public_key, x509_request, created_at) ON signing_keys TO nasti_user;
GRANT INSERT (user_id, public_key, sealed_secret, x509_request, created_at) ON signing_keys TO nasti_user;
GRANT SELECT ON key_certificates, key_revocations, signatures TO nasti_user;
GRANT INSERT ON key_certificates, key_revocations TO nasti_admin;
GRANT INSERT (object_table, object_id, object_hash, key_id, signer_user_id, signed_at, signature) ON signatures TO nasti_user;
GRANT EXECUTE ON FUNCTION nasti_my_sealed_key(bigint), nasti_must_sign(bigint), nasti_key_valid(bigint, bigint),
    nasti_object_file(text, bigint) TO nasti_user;

-- What every signature names: this database (made once; a restored copy keeps it).
INSERT INTO settings (key, value) VALUES ('database_id', CAST(gen_random_uuid() AS text)) ON CONFLICT (key) DO NOTHING;
