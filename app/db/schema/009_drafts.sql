-- Schema step 009: drafts for approval and dispatch (DFA, प्रारूप; CSMOP chapter on
-- drafting and issue). A file's draft is kept version by version; an officer approves
-- one version; the dealing section issues the approved version as a fair copy (a PDF,
-- content-addressed in attachments) with the next number of its dispatch register,
-- one register entry per addressee. An addressee that is a section of this office gets
-- the letter in its dak as a receipt. Every row here is history: append-only (except a
-- dispatch entry's postage, written once), hash-chained by the triggers of this step.

-- The department's letterhead, one per language, set by the administrator.
CREATE TABLE letterheads (
    department_id BIGINT NOT NULL REFERENCES departments (id),
    language TEXT NOT NULL CHECK (language IN ('en', 'hi')),
    -- the lines at the top of every letter: "Government of ...", the department's name
    heading TEXT NOT NULL CHECK (length(trim(heading)) > 0 AND length(heading) <= 500),
    address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 500),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (department_id, language)
);

CREATE TABLE drafts (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    -- Draft 1, 2 ... of this file
    number INTEGER NOT NULL CHECK (number > 0),
    kind TEXT NOT NULL CHECK (kind IN ('letter', 'office_memorandum', 'order', 'notification', 'circular',
                                       'do_letter', 'cabinet_note')),
    language TEXT NOT NULL CHECK (language IN ('en', 'hi')),
    created_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    created_by_user_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (file_id, number)
);

-- Each version is written whole and never changed.
CREATE TABLE draft_versions (
    id {{PK}},
    draft_id BIGINT NOT NULL REFERENCES drafts (id),
    version INTEGER NOT NULL CHECK (version > 0),
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0 AND length(subject) <= 500),
    -- JSON arrays of {"name", "address", "mode", "section"}; mode: nasti, email, post, hand
    addressees TEXT NOT NULL CHECK (length(addressees) > 2),
    copy_to TEXT NOT NULL DEFAULT '[]',
    reference TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 1000),
    -- the body as rich text (Qt's HTML subset), or an uploaded PDF instead
    body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 400000),
    pdf_sha256 TEXT REFERENCES attachments (sha256),
    author_user_id BIGINT NOT NULL REFERENCES users (id),
    author_post_id BIGINT NOT NULL REFERENCES posts (id),
    author_name TEXT NOT NULL,
    designation TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (draft_id, version),
    CHECK (body <> '' OR pdf_sha256 IS NOT NULL)
);

-- An officer's approval of one version (its note on the note sheet is note_id).
CREATE TABLE draft_approvals (
    id {{PK}},
    draft_version_id BIGINT NOT NULL UNIQUE REFERENCES draft_versions (id),
    approved_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    approved_by_user_id BIGINT NOT NULL REFERENCES users (id),
    approver_name TEXT NOT NULL,
    designation TEXT NOT NULL,
    note_id BIGINT REFERENCES notes (id),
    approved_at BIGINT NOT NULL
);

-- A draft is issued once, as the version approved last.
CREATE TABLE issued_letters (
    id {{PK}},
    draft_id BIGINT NOT NULL UNIQUE REFERENCES drafts (id),
    draft_version_id BIGINT NOT NULL UNIQUE REFERENCES draft_versions (id),
    file_id BIGINT NOT NULL REFERENCES files (id),
    section_id BIGINT NOT NULL REFERENCES sections (id),
    -- the section's dispatch register: D-<serial>/<year>-<SECTION>
    dispatch_no TEXT {{BINARY}} NOT NULL UNIQUE,
    issued_at BIGINT NOT NULL,
    issued_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    issued_by_user_id BIGINT NOT NULL REFERENCES users (id),
    -- the approving officer, whose signature block the fair copy carries
    signed_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    -- the fair copy, rendered with the number just given and set once, in the issuing
    -- transaction (PostgreSQL refuses a COMMIT without it; verify reports one missing)
    pdf_sha256 TEXT REFERENCES attachments (sha256)
);
CREATE INDEX issued_letters_section ON issued_letters (section_id, issued_at DESC, id DESC);
CREATE INDEX issued_letters_file ON issued_letters (file_id);

-- The dispatch register: one row per addressee (and per "copy to").
CREATE TABLE dispatch_entries (
    id {{PK}},
    letter_id BIGINT NOT NULL REFERENCES issued_letters (id),
    position INTEGER NOT NULL CHECK (position > 0),
    copy INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
    addressee TEXT NOT NULL CHECK (length(trim(addressee)) > 0),
    address TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL CHECK (mode IN ('nasti', 'email', 'post', 'hand')),
    to_section_id BIGINT REFERENCES sections (id),
    -- through Nasti: the receipt it became in the other section's dak
    receipt_id BIGINT UNIQUE REFERENCES receipts (id),
    -- by post: the postage, written once by the section (not part of the row's hash)
    postage_paise INTEGER CHECK (postage_paise >= 0),
    postage_at BIGINT,
    UNIQUE (letter_id, position),
    CHECK (mode <> 'nasti' OR (to_section_id IS NOT NULL AND receipt_id IS NOT NULL))
);
