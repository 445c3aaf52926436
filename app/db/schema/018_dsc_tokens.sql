-- Schema step 018: DSC tokens (issue 16). An officer who already holds a Digital Signature
-- Certificate on a USB token from a licensed CA (CCA India) may sign issued letters with it,
-- through NSS's PKCS#11, instead of with the certificate of the organisation's CA. The
-- administrator records which external CAs he trusts and which token certificate belongs to
-- which officer (and the posts he holds); revocation follows the officer as it does for the
-- organisation's own certificates. Every row here is in the chain.

CREATE TABLE trusted_cas (
    id {{PK}},
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    certificate TEXT NOT NULL CHECK (length(certificate) > 0),
    fingerprint TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    added_at BIGINT NOT NULL,
    added_by_user_id BIGINT REFERENCES users (id)
);

CREATE TABLE dsc_tokens (
    id {{PK}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    ca_id BIGINT NOT NULL REFERENCES trusted_cas (id),
    posts TEXT NOT NULL,
    certificate TEXT NOT NULL CHECK (length(certificate) > 0),
    fingerprint TEXT {{BINARY}} NOT NULL CHECK (length(fingerprint) = 64),
    subject TEXT NOT NULL,
    valid_from BIGINT NOT NULL,
    valid_until BIGINT NOT NULL,
    module_path TEXT NOT NULL,
    registered_at BIGINT NOT NULL,
    registered_by_user_id BIGINT REFERENCES users (id),
    CHECK (valid_until > valid_from)
);
CREATE INDEX dsc_tokens_user ON dsc_tokens (user_id, id);
CREATE INDEX dsc_tokens_fingerprint ON dsc_tokens (fingerprint);

CREATE TABLE dsc_token_revocations (
    id {{PK}},
    token_id BIGINT NOT NULL UNIQUE REFERENCES dsc_tokens (id),
    reason TEXT NOT NULL CHECK (reason IN ('disabled', 'transferred', 'compromised', 'renewed')),
    revoked_at BIGINT NOT NULL,
    revoked_by_user_id BIGINT REFERENCES users (id)
);
