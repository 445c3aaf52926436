-- Schema step 004: indexes for the state-scale benchmark (README "Performance").
--
-- Search and opening a file check visibility (DESIGN.md rule 4) per candidate file with
-- EXISTS (SELECT 1 FROM movements WHERE file_id = f.id AND (to_post_id IN (...) OR
-- from_post_id IN (...))). On movements_file (file_id, id) that read ~10 movement rows
-- from the heap per file; with the posts in the index it is an index-only probe.
CREATE INDEX movements_file_posts ON movements (file_id, to_post_id, from_post_id);
