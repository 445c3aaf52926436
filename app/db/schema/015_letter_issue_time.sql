-- Schema step 015: when a letter was issued, for checking its signature against a revoked
-- certificate (issue 16). Revoking an officer's certificate (transfer, a disabled login, a
-- compromised key, renewal) ends what it may sign from that moment; what it signed before stays
-- valid. A PDF signature's own time is whatever the signing computer said, so the time that
-- counts is the one this database recorded when the letter was issued. On SQLite the client reads
-- issued_letters itself; on PostgreSQL a reader may not see another department's letter, so
-- nasti_letter_issued_at() below answers for any PDF the caller already holds.

-- Finding a letter by its bytes (the viewer's banner, verify-letter) without reading the register.
CREATE INDEX issued_letters_pdf ON issued_letters (pdf_sha256);
