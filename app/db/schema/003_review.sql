-- Schema step 003: indexes for the weekly review (see app/review/reviewservice.cpp).
-- Indexes only: the history tables stay append-only and untouched.

-- Files opened in a week, by any post.
CREATE INDEX files_created_at ON files (created_at);
-- Pendency now, by holder, and the week-end state's candidates: only the files not
-- closed (a small part of all files), covering what the review reads of them.
CREATE INDEX files_pending ON files (holder_post_id, holder_since, id, section_id, created_at, status)
    WHERE status <> 'closed';
-- Closings, reopenings, parkings in a time range (disposal, trend, week-end status).
CREATE INDEX events_kind_at ON events (kind, at);
-- Dak diarised in a week.
CREATE INDEX receipts_received ON receipts (received_at);
-- The week's movements read from the index alone (received, waits, trend).
CREATE INDEX movements_review ON movements (sent_at, to_post_id, from_post_id, kind, file_id, id);
-- Recalls are rare: "was this movement recalled?" probes a tiny index.
CREATE INDEX movements_recalls ON movements (file_id, id) WHERE kind = 'recall';
-- Reopenings likewise, for where a stay began.
CREATE INDEX events_reopened ON events (file_id, at) WHERE kind = 'file.reopened';
