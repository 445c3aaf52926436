-- Schema step 011: follow-up (issue 17). A file cannot drop out of sight:
--  - parking asks for a reason and a review date (files.park_until); on that date the
--    file is back in its holder's inbox (derived when the inbox is read, and the
--    client or nasti-admin followup run takes it out of parking, idempotently);
--  - a file past its time limit reminds its holder, and after a further interval
--    (departments.escalation_days working days, default 3) escalates to the holder's
--    reporting officer, and after a second interval once more (followups);
--  - senior officers call for a file or watch it, with a direction and a date, and
--    the holder answers (file_calls);
--  - reference categories (VIP, Assembly, court, CM Helpline, CPGRAMS) carry their
--    own reference number and time limit (categories, category_limits).
-- Every row here is written by the database's own triggers into the event chain.

ALTER TABLE files ADD COLUMN park_until TEXT CHECK (park_until IS NULL OR length(park_until) = 10);

-- Reference categories, with a time limit (working days) each unless a department sets its own.
CREATE TABLE categories (
    code TEXT {{BINARY}} PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    default_days INTEGER NOT NULL CHECK (default_days BETWEEN 1 AND 90)
);
INSERT INTO categories (code, name_en, name_hi, default_days) VALUES ('vip', 'VIP reference', 'वीआईपी संदर्भ', 7);
INSERT INTO categories (code, name_en, name_hi, default_days) VALUES ('assembly', 'Assembly question', 'विधानसभा प्रश्न', 3);
INSERT INTO categories (code, name_en, name_hi, default_days) VALUES ('court', 'Court case', 'न्यायालयीन प्रकरण', 10);
INSERT INTO categories (code, name_en, name_hi, default_days) VALUES ('cm-helpline', 'CM Helpline grievance', 'सीएम हेल्पलाइन शिकायत', 7);
INSERT INTO categories (code, name_en, name_hi, default_days) VALUES ('cpgrams', 'CPGRAMS grievance', 'सीपीग्राम्स शिकायत', 21);

CREATE TABLE category_limits (
    department_id BIGINT NOT NULL REFERENCES departments (id),
    category TEXT {{BINARY}} NOT NULL REFERENCES categories (code),
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 90),
    PRIMARY KEY (department_id, category)
);

ALTER TABLE files ADD COLUMN category TEXT REFERENCES categories (code);
ALTER TABLE files ADD COLUMN reference_no TEXT CHECK (reference_no IS NULL OR length(reference_no) BETWEEN 1 AND 60);

-- Working days after the time limit before a late file escalates (and again after as many).
ALTER TABLE departments ADD COLUMN escalation_days INTEGER NOT NULL DEFAULT 3 CHECK (escalation_days BETWEEN 1 AND 30);

-- One row per reminder (level 1, to the holder) and escalation (level 2 to the
-- holder's reporting officer, level 3 to his); at most one of each per stay.
CREATE TABLE followups (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    stay_since BIGINT NOT NULL,     -- files.holder_since of the stay it concerns
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    holder_post_id BIGINT NOT NULL REFERENCES posts (id),
    to_post_id BIGINT NOT NULL REFERENCES posts (id),
    working_days INTEGER NOT NULL,  -- with the holder, when raised
    limit_days INTEGER NOT NULL,    -- the limit it passed (time limit + escalation intervals)
    at BIGINT NOT NULL,
    UNIQUE (file_id, stay_since, level)
);
CREATE INDEX followups_to ON followups (to_post_id, at);
CREATE INDEX followups_at ON followups (at);

-- Call for a file, or keep it on a watch-list: a direction and a date from a senior
-- officer; the holder answers. A call ends with its answer, a watch when removed.
CREATE TABLE file_calls (
    id {{PK}},
    file_id BIGINT NOT NULL REFERENCES files (id),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'watch')),
    by_post_id BIGINT NOT NULL REFERENCES posts (id),
    by_user_id BIGINT NOT NULL REFERENCES users (id),
    direction TEXT NOT NULL CHECK (length(direction) BETWEEN 1 AND 2000),
    due_date TEXT NOT NULL CHECK (length(due_date) = 10),
    created_at BIGINT NOT NULL,
    answer TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
    answered_at BIGINT,
    answered_by_post_id BIGINT REFERENCES posts (id),
    answered_by_user_id BIGINT REFERENCES users (id),
    ended_at BIGINT
);
CREATE INDEX file_calls_file ON file_calls (file_id);
CREATE INDEX file_calls_by ON file_calls (by_post_id, created_at);
CREATE INDEX file_calls_open ON file_calls (file_id) WHERE answered_at IS NULL AND ended_at IS NULL;
CREATE INDEX events_followup ON events (at, post_id) WHERE kind IN ('file.reminder', 'file.escalated', 'file.called', 'file.watched');
-- The review's category lines read the few categorised files, not every file.
CREATE INDEX files_category ON files (category, holder_post_id) WHERE category IS NOT NULL;
