-- Schema step 007: the weekly review's rollup of closed weeks (app/review/reviewservice.cpp).
--
-- History is append-only and stamped with the time it happens, so once a week has
-- ended its figures per post never change. They are stored here when the week is
-- closed (nasti-admin review close-weeks, Monday 00:05 IST), and the review of a
-- closed week and the 12-week trend read them instead of rebuilding them from all
-- history. Only the database owner writes these tables (see the PostgreSQL part).

-- One row per closed week: its presence says the week's rollup is complete.
CREATE TABLE review_weeks (
    week_start BIGINT PRIMARY KEY,   -- Monday 00:00 IST, epoch ms
    week_code TEXT NOT NULL,         -- "2026-W47"
    dak INTEGER NOT NULL,            -- receipts diarised during the week (the secretariat's "received")
    computed_at BIGINT NOT NULL
);

-- Per week and post (only posts with some figure): as of the week's end.
CREATE TABLE review_rollup (
    week_start BIGINT NOT NULL REFERENCES review_weeks (week_start),
    post_id BIGINT NOT NULL REFERENCES posts (id),
    pending INTEGER NOT NULL,        -- held at the week's end, open or parked
    parked INTEGER NOT NULL,
    age_7 INTEGER NOT NULL,          -- pending by age band: 0-7, 8-15, 16-30, over 30 days
    age_15 INTEGER NOT NULL,
    age_30 INTEGER NOT NULL,
    age_over INTEGER NOT NULL,
    overdue INTEGER NOT NULL,
    created INTEGER NOT NULL,
    disposed INTEGER NOT NULL,
    wait_count INTEGER NOT NULL,     -- stays at the post ended during the week
    wait_ms BIGINT NOT NULL,
    -- Movements into the post during the week, not undone by a recall before its end:
    -- all, those from outside the post's section, from outside its department
    -- ("received" is not additive, so each level is counted here for the post).
    received INTEGER NOT NULL,
    received_section INTEGER NOT NULL,
    received_department INTEGER NOT NULL,
    -- The week before's movements into the post that a recall during this week undid:
    -- the review of this week shows last week's receipts less these.
    recalled INTEGER NOT NULL,
    recalled_section INTEGER NOT NULL,
    recalled_department INTEGER NOT NULL,
    PRIMARY KEY (week_start, post_id)
);

-- The 20 longest-pending files at the week's end per department of the holding post:
-- any department's or the secretariat's 20 longest are among them.
CREATE TABLE review_longest (
    week_start BIGINT NOT NULL REFERENCES review_weeks (week_start),
    department_id BIGINT NOT NULL REFERENCES departments (id),
    file_id BIGINT NOT NULL REFERENCES files (id),
    post_id BIGINT NOT NULL REFERENCES posts (id),
    since BIGINT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (week_start, department_id, file_id)
);

-- The recalls of a time range, for "received" (a recall undoes the movement just
-- before it): recalls are rare, so this partial index is tiny.
CREATE INDEX movements_recalls_at ON movements (sent_at) WHERE kind = 'recall';

-- The longest-pending files now (the week still running): open files in order of
-- arrival, so the arrear statement reads 20 index entries instead of sorting every
-- open file. Forwarding already writes a new entry in each files index (holder and
-- holder_since are indexed, so the update is never HOT); this adds one more.
CREATE INDEX files_pending_since ON files (holder_since, id) WHERE status <> 'closed';
