-- Schema step 021 (issue 20): PostgreSQL only, see 021_linker_calls.postgresql.sql (the chain's
-- linker is called less often and does less when refused). SQLite links inside the writing
-- transaction: nothing changes there.
SELECT 1;
