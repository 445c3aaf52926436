-- Schema step 024 (issues 17 and 20): the week still running, by finished day
-- (app/review/reviewservice.cpp).
--
-- The review of the week still running read all of the week's movements and closings
-- each time it opened: on a Thursday at a million files some 60,000 movements, half its
-- time. A finished day's flows never change (history is stamped with the time it
-- happens), so nasti-admin review close-days stores them each night, and the review
-- reads the stored days of the week and only the rest (today) from history. Pendency is
-- a state, not a flow: it stays live. A week's days are removed when the week itself is
-- closed (step 007's rollup supersedes them). Only the database owner writes these
-- tables (see the PostgreSQL part).

-- One row per stored day: its presence says the day's flows are complete.
CREATE TABLE review_days (
    day_start BIGINT PRIMARY KEY,    -- 00:00 IST, epoch ms
    week_start BIGINT NOT NULL,      -- the Monday 00:00 IST of its week
    computed_at BIGINT NOT NULL
);
CREATE INDEX review_days_week ON review_days (week_start);

-- Per stored day and post (only posts with some figure).
CREATE TABLE review_day_flows (
    day_start BIGINT NOT NULL REFERENCES review_days (day_start),
    post_id BIGINT NOT NULL REFERENCES posts (id),
    created INTEGER NOT NULL,
    wait_count INTEGER NOT NULL,     -- stays at the post ended that day
    wait_ms BIGINT NOT NULL,
    -- The day's movements into the post, less the movements of the week's earlier days
    -- that a recall that day undid (so a day's figure can be negative): the week's
    -- "received" is the sum over its days. All, from outside the post's section, from
    -- outside its department.
    received INTEGER NOT NULL,
    received_section INTEGER NOT NULL,
    received_department INTEGER NOT NULL,
    -- The week before's movements into the post that a recall that day undid.
    recalled INTEGER NOT NULL,
    recalled_section INTEGER NOT NULL,
    recalled_department INTEGER NOT NULL,
    -- The files the post closed that day: how many, their levels summed, those over four.
    level_files INTEGER NOT NULL,
    level_sum INTEGER NOT NULL,
    over_four INTEGER NOT NULL,
    PRIMARY KEY (day_start, post_id)
);
