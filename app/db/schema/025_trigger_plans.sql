-- Schema step 025 (issue 20): PostgreSQL only, see 025_trigger_plans.postgresql.sql (the
-- server's own functions keep their plans; the custody check reads one movement by its key).
SELECT 1;
