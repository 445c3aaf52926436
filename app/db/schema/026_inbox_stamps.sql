-- Schema step 026 (issue 20): PostgreSQL only, see 026_inbox_stamps.postgresql.sql (the
-- desktops learn of arrivals from a stamp per post that the chain's linker moves on, not
-- from LISTEN). SQLite has one desktop: it keeps polling its own files' stamp.
SELECT 1;
