-- Schema step 013: a receipt carries its reference category (issue 17). A VIP reference,
-- an Assembly question, a court case, a CM Helpline or CPGRAMS grievance arrives as a
-- letter: the clerk marks it when diarising, with the reference number it came under,
-- and the file opened from it starts with the same category (and its time limit).
-- Receipts stay append-only; the database records the category as an event of its own
-- (receipt.category), next to receipt.diarised.
-- (012 is kept for the signatures work.)

ALTER TABLE receipts ADD COLUMN category TEXT REFERENCES categories (code);
ALTER TABLE receipts ADD COLUMN reference_no TEXT CHECK (reference_no IS NULL OR length(reference_no) BETWEEN 1 AND 60);
CREATE INDEX receipts_category ON receipts (category, received_at) WHERE category IS NOT NULL;

-- The advanced search at 100,000 files (issue 18, measured by nasti-admin bench): a
-- priority or a grading, newest first, without reading every file.
CREATE INDEX files_priority_created ON files (priority, created_at, id);
CREATE INDEX files_grading_created ON files (grading, created_at, id);
