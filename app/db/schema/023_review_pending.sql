-- Schema step 023 (issues 17 and 20): PostgreSQL only, see 023_review_pending.postgresql.sql (the
-- running week's pendency per holder, counted where the rows lie).
SELECT 1;
