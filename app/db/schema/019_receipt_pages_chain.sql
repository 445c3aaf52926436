-- Schema step 019 (issue 20): PostgreSQL only, see 019_receipt_pages_chain.postgresql.sql.
-- A receipt's page count and size are read through the one receipt the user may read, not
-- through the attachments policy's search of every receipt sharing the PDF; and the chain
-- linker does less per event. SQLite has no row-level security and links in the writing
-- transaction: nothing changes there.
SELECT 1;
