-- Schema step 022 (issue 20): PostgreSQL only, see 022_search_prefix.postgresql.sql (the
-- file-number prefix search chooses between reading the prefix's files and walking the newest).
SELECT 1;
