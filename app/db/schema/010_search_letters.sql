-- Schema step 010: the advanced search finds files by their letters (issue 18).
-- Letter numbers by prefix, byte-ordered as diary and file numbers already are;
-- the file a receipt is in, from the receipt.
CREATE INDEX receipts_letter_no ON receipts (letter_no {{BINARY}});
CREATE INDEX file_papers_receipt_file ON file_papers (receipt_id, file_id);
