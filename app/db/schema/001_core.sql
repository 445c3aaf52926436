-- Nasti schema, step 1: organisation, files, notes, movements, receipts,
-- attachments and the hash-chained event log. Shared by both dialects;
-- {{PK}}, {{BLOB}} and {{BINARY}} are expanded by Dialect::expand().
-- Times are UTC milliseconds since the epoch; dates (due, letter) are YYYY-MM-DD text.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE departments (
    id {{PK}},
    code TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    name_en TEXT NOT NULL CHECK (length(name_en) > 0),
    name_hi TEXT NOT NULL DEFAULT '',
    time_limit_days INTEGER NOT NULL DEFAULT 7 CHECK (time_limit_days BETWEEN 1 AND 90)
);

CREATE TABLE sections (
    id {{PK}},
    code TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
    department_id BIGINT NOT NULL REFERENCES departments (id),
    name_en TEXT NOT NULL CHECK (length(name_en) > 0),
    name_hi TEXT NOT NULL DEFAULT '',
    -- CSMOP para 45 functional numbering; tokens: {basic} {primary} {secondary} {serial} {year} {section}
    number_pattern TEXT NOT NULL DEFAULT '{basic}-{primary}0{secondary}/{serial}/{year}-{section}',
    basic_head TEXT NOT NULL DEFAULT 'A',
    primary_head INTEGER NOT NULL DEFAULT 11,
    secondary_head INTEGER NOT NULL DEFAULT 11
);
CREATE INDEX sections_department ON sections (department_id);

CREATE TABLE users (
    id {{PK}},
    login TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(login) BETWEEN 2 AND 60),
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'officer', 'reviewer', 'admin')),
    password_hash TEXT,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);

-- Files move between posts, not people: whoever holds the post sees its files.
CREATE TABLE posts (
    id {{PK}},
    code TEXT {{BINARY}} NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
    title_en TEXT NOT NULL CHECK (length(title_en) > 0),
    title_hi TEXT NOT NULL DEFAULT '',
    department_id BIGINT NOT NULL REFERENCES departments (id),
    section_id BIGINT REFERENCES sections (id),
    -- 1 Assistant, 2 Section Officer, 3 Under Secretary, 4 Deputy Secretary,
    -- 5 Additional/Principal Secretary, 6 Chief Secretary
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    reports_to BIGINT REFERENCES posts (id),
    holder_user_id BIGINT REFERENCES users (id),
    CHECK (reports_to IS NULL OR reports_to <> id)
);
CREATE INDEX posts_holder ON posts (holder_user_id);
CREATE INDEX posts_section ON posts (section_id);

CREATE TABLE holidays (
    day TEXT PRIMARY KEY CHECK (length(day) = 10),
    name TEXT NOT NULL DEFAULT ''
);

-- Serial numbers (files, receipts, dispatch): one row per scope and year, bumped
-- with INSERT ... ON CONFLICT ... RETURNING inside the creating transaction, so
-- two clerks at the same moment never get the same serial and none is skipped.
CREATE TABLE counters (
    scope TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value BIGINT NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (scope, year)
);

CREATE TABLE files (
    id {{PK}},
    file_no TEXT {{BINARY}} NOT NULL UNIQUE,
    section_id BIGINT NOT NULL REFERENCES sections (id),
    year INTEGER NOT NULL,
    serial INTEGER NOT NULL CHECK (serial > 0),
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    head TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    grading INTEGER NOT NULL DEFAULT 0 CHECK (grading BETWEEN 0 AND 3),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'parked', 'closed')),
    due_date TEXT,
    created_post_id BIGINT NOT NULL REFERENCES posts (id),
    created_user_id BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    -- custody: exactly one post holds the file; changed only with a movement
    holder_post_id BIGINT NOT NULL REFERENCES posts (id),
    holder_since BIGINT NOT NULL,
    last_movement_id BIGINT,
    sent_by_post_id BIGINT REFERENCES posts (id),
    action_asked TEXT,
    movement_due TEXT,
    remarks TEXT NOT NULL DEFAULT '',
    opened_at BIGINT,
    delay_reason TEXT,
    approved_at BIGINT,
    approved_by_post_id BIGINT REFERENCES posts (id),
    retention TEXT CHECK (retention IN ('A', 'B', 'C')),
    review_year INTEGER,
    closed_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (section_id, year, serial),
    CHECK (status <> 'closed' OR (retention IS NOT NULL AND closed_at IS NOT NULL))
);
-- Inbox: files a post holds, newest arrival first (keyset on holder_since, id).
CREATE INDEX files_inbox ON files (holder_post_id, status, holder_since DESC, id DESC);
CREATE INDEX files_created_by ON files (created_post_id, created_at DESC, id DESC);
CREATE INDEX files_section ON files (section_id, created_at);
CREATE INDEX files_closed ON files (closed_at);

CREATE TABLE notes (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    kind TEXT NOT NULL DEFAULT 'note'
        CHECK (kind IN ('note', 'approval', 'rejection', 'closing', 'reopening', 'delay')),
    author_user_id BIGINT NOT NULL REFERENCES users (id),
    author_post_id BIGINT NOT NULL REFERENCES posts (id),
    author_name TEXT NOT NULL,
    designation TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- set once, when the file leaves the author's post
    frozen_at BIGINT,
    para_start INTEGER,
    para_count INTEGER,
    content_hash TEXT,
    CHECK ((frozen_at IS NULL AND content_hash IS NULL AND para_start IS NULL)
        OR (frozen_at IS NOT NULL AND content_hash IS NOT NULL AND para_start > 0 AND para_count > 0))
);
CREATE INDEX notes_file ON notes (file_id, id);
CREATE UNIQUE INDEX notes_one_draft ON notes (file_id, author_post_id) WHERE frozen_at IS NULL;
CREATE UNIQUE INDEX notes_paragraphs ON notes (file_id, para_start) WHERE para_start IS NOT NULL;

CREATE TABLE movements (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    kind TEXT NOT NULL CHECK (kind IN ('forward', 'putup', 'return', 'recall', 'approve', 'reject')),
    from_post_id BIGINT NOT NULL REFERENCES posts (id),
    to_post_id BIGINT NOT NULL REFERENCES posts (id),
    by_user_id BIGINT NOT NULL REFERENCES users (id),
    action_asked TEXT CHECK (action_asked IN ('approval', 'information', 'comments', 'signature')),
    remarks TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    due_date TEXT,
    sent_at BIGINT NOT NULL,
    -- the file's version the sender saw: two identical requests cannot both land
    file_version INTEGER NOT NULL,
    UNIQUE (file_id, file_version),
    CHECK (from_post_id <> to_post_id)
);
CREATE INDEX movements_file ON movements (file_id, id);
CREATE INDEX movements_from ON movements (from_post_id, sent_at DESC, id DESC);
CREATE INDEX movements_to ON movements (to_post_id, sent_at);
CREATE INDEX movements_sent ON movements (sent_at);

-- Content-addressed: one copy of each byte string, named by its SHA-256.
CREATE TABLE attachments (
    sha256 TEXT {{BINARY}} PRIMARY KEY CHECK (length(sha256) = 64),
    byte_size BIGINT NOT NULL CHECK (byte_size > 0),
    mime_type TEXT NOT NULL,
    page_count INTEGER NOT NULL DEFAULT 0,
    content {{BLOB}} NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE receipts (
    id {{PK}},
    diary_no TEXT {{BINARY}} NOT NULL UNIQUE,
    section_id BIGINT NOT NULL REFERENCES sections (id),
    sender TEXT NOT NULL CHECK (length(trim(sender)) > 0),
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    letter_no TEXT NOT NULL DEFAULT '',
    letter_date TEXT,
    grading INTEGER NOT NULL DEFAULT 0 CHECK (grading BETWEEN 0 AND 3),
    received_at BIGINT NOT NULL,
    diarised_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    diarised_by_user_id BIGINT NOT NULL REFERENCES users (id),
    attachment_sha256 TEXT NOT NULL REFERENCES attachments (sha256),
    file_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX receipts_post ON receipts (diarised_by_post_id, received_at DESC, id DESC);

-- Correspondence in a file, paged in order: PUC first, then FR I, FR II ...
CREATE TABLE file_papers (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    receipt_id BIGINT NOT NULL UNIQUE REFERENCES receipts (id),
    position INTEGER NOT NULL CHECK (position > 0),
    flag TEXT NOT NULL CHECK (flag IN ('PUC', 'FR')),
    fr_number INTEGER,
    first_page INTEGER NOT NULL,
    added_at BIGINT NOT NULL,
    added_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    UNIQUE (file_id, position)
);

CREATE TABLE file_links (
    file_id BIGINT NOT NULL REFERENCES files (id),
    linked_file_id BIGINT NOT NULL REFERENCES files (id),
    linked_at BIGINT NOT NULL,
    linked_by_post_id BIGINT NOT NULL REFERENCES posts (id),
    PRIMARY KEY (file_id, linked_file_id),
    CHECK (file_id < linked_file_id)
);
CREATE INDEX file_links_other ON file_links (linked_file_id);

-- Append-only, hash-chained: hash = SHA-256 of the previous hash and this row.
CREATE TABLE events (
    id {{PK}},
    seq BIGINT NOT NULL UNIQUE,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    user_id BIGINT,
    post_id BIGINT,
    file_id BIGINT,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX events_file ON events (file_id, seq);
CREATE INDEX events_at ON events (at);

-- The head of the chain; one row, locked by each writer for the moment it appends.
CREATE TABLE chain_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
