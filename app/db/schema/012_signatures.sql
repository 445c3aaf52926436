-- Schema step 012: digital signatures (issue 16, DESIGN rule 8).
--
-- Each officer has an Ed25519 key made on his desktop; its private half is in his OS
-- keychain and, sealed under his password (Argon2id), here, so he can sign from another
-- desktop. The organisation's authority (its private key sealed under the
-- administrator's passphrase) certifies a key for a user, his posts and a period.
-- Frozen notes, decisions, approved draft versions and issued letters are signed over
-- the hash the event log records for them. Every row here is in the chain.

CREATE TABLE signing_authorities (
    id {{PK}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    public_key TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(public_key) = 64),
    sealed_secret TEXT NOT NULL,
    -- the organisation's X.509 CA for PDF signatures (PEM) and its key, sealed likewise
    x509_ca TEXT NOT NULL DEFAULT '',
    x509_sealed_key TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by_user_id BIGINT REFERENCES users (id)
);

CREATE TABLE signing_keys (
    id {{PK}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    public_key TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(public_key) = 64),
    sealed_secret TEXT NOT NULL,
    -- the officer's X.509 certificate request (base64 DER) for PDF signatures
    x509_request TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX signing_keys_user ON signing_keys (user_id, id);

CREATE TABLE key_certificates (
    id {{PK}},
    key_id BIGINT NOT NULL REFERENCES signing_keys (id),
    authority_id BIGINT NOT NULL REFERENCES signing_authorities (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    posts TEXT NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_until BIGINT NOT NULL,
    certified_at BIGINT NOT NULL,
    certified_by_user_id BIGINT REFERENCES users (id),
    authority_signature TEXT NOT NULL CHECK (length(authority_signature) = 128),
    x509_certificate TEXT NOT NULL DEFAULT '',
    CHECK (valid_until > valid_from)
);
CREATE INDEX key_certificates_key ON key_certificates (key_id);
CREATE INDEX key_certificates_user ON key_certificates (user_id);

CREATE TABLE key_revocations (
    id {{PK}},
    certificate_id BIGINT NOT NULL UNIQUE REFERENCES key_certificates (id),
    reason TEXT NOT NULL CHECK (reason IN ('disabled', 'transferred', 'compromised', 'renewed')),
    revoked_at BIGINT NOT NULL,
    revoked_by_user_id BIGINT REFERENCES users (id)
);

CREATE TABLE signatures (
    id {{PK}},
    object_table TEXT NOT NULL CHECK (object_table IN ('notes', 'draft_versions', 'draft_approvals', 'issued_letters')),
    object_id BIGINT NOT NULL,
    object_hash TEXT NOT NULL CHECK (length(object_hash) = 64),
    key_id BIGINT NOT NULL REFERENCES signing_keys (id),
    signer_user_id BIGINT NOT NULL REFERENCES users (id),
    signed_at BIGINT NOT NULL,
    signature TEXT NOT NULL CHECK (length(signature) = 128),
    UNIQUE (object_table, object_id)
);
CREATE INDEX signatures_key ON signatures (key_id);
