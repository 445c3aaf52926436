-- Schema step 019 (PostgreSQL, issue 20).
--
-- 1. A receipt's attachment metadata through the receipt itself.
--
-- Opening a file with letters read each paper's page count by joining attachments, whose
-- policy (nasti_can_read_attachment, steps 2, 8, 9) looks for *any* receipt naming the same
-- PDF that the user may read, calling nasti_can_read_receipt() per receipt. When thousands of
-- receipts share one PDF (seed-scale's four demo letters; a circular diarised in every
-- section) and the user may read few of them, that walk took up to seconds (the 300-desktop
-- load's open p99, README "A thousand desktops"). The client already reads the receipt row
-- under the receipts policy; the bytes' metadata is readable exactly when one readable
-- receipt names them, and this receipt is one. So: the page count and size of the receipt's
-- own attachment, when the caller may read that one receipt (nasti_can_read_receipt, the
-- same test the receipts policy makes), else no row, the same rows the join under the
-- attachments policy gave for a readable receipt. An administrator's own connection (not
-- acting) is trusted, as everywhere (row-level security does not apply to it). Nothing new
-- is revealed: a user who calls it for a receipt he may not read gets no row, as he gets no
-- attachments row through that receipt.
CREATE FUNCTION nasti_receipt_attachment(r bigint) RETURNS TABLE (page_count integer, byte_size bigint)
LANGUAGE sql STABLE SECURITY DEFINER ROWS 1 AS $$
    SELECT a.page_count, a.byte_size
    FROM receipts x JOIN attachments a ON a.sha256 = x.attachment_sha256
    WHERE x.id = r AND (NOT nasti_acting() OR nasti_can_read_receipt(r))
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_receipt_attachment(bigint) TO nasti_user;

-- 2. Less work per linked event (the forwarding bench: the chain's own CPU per movement).
--
-- events_hash_key goes: the chain already makes every hash unique. An event's hash is the
-- SHA-256 of its previous hash (64 hex digits), chr(31), its seq in decimal, chr(31), …; seq
-- is unique (events_seq_key), and the first two fields of that text are read back
-- unambiguously (a fixed-length hash, then digits up to the first chr(31)), so two events
-- hash alike only if SHA-256 collides. verify recomputes every hash and every link, so a
-- duplicate written by someone bypassing the linker is caught there as any forged row is.
-- Nothing looks events up by hash alone (the chain-head checks go by seq, then compare the
-- hash). One B-tree insert of a 64-character key fewer per event.
ALTER TABLE events DROP CONSTRAINT events_hash_key;

-- The queue is written and emptied a thousand times a second; its dead rows are what the
-- linker's reads of it walk, so it is vacuumed as soon as a few thousand have piled up.
ALTER TABLE event_queue SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
                             autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 2000,
                             autovacuum_vacuum_cost_delay = 0);

-- The linker (step 016) did one INSERT per event and built two arrays by appending. Now it
-- reads the batch once, hashes it in order in memory exactly as before (EventLog::eventHash:
-- absent ids hash as 0), writes the events in one INSERT, deletes the queued rows in one
-- DELETE, and notifies each receiving post once. A call that finds another linker at work
-- looks at the newest linked event instead of reading the whole queue. Same lock, same
-- order, same result.
CREATE OR REPLACE FUNCTION nasti_link_events(wait boolean DEFAULT true) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET lock_timeout = '250ms' AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    ids bigint[];
    ats bigint[];
    kinds text[];
    users bigint[];
    posts bigint[];
    files bigint[];
    payloads text[];
    prevs text[];
    hashes text[];
    n integer;
    i integer;
    -- What this caller needs linked: the queue as it sees it before waiting (its own
    -- events, committed just before, and older ones).
    mine bigint := (SELECT MAX(e.id) FROM event_queue e);
BEGIN
    IF pg_catalog.statement_timestamp() <> pg_catalog.transaction_timestamp() THEN
        RAISE EXCEPTION 'nasti:link-in-transaction' USING ERRCODE = '25001';
    END IF;
    IF mine IS NULL THEN
        RETURN 0;
    END IF;
    IF wait THEN
        LOCK TABLE chain_linker IN EXCLUSIVE MODE;
    ELSE
        BEGIN
            LOCK TABLE chain_linker IN EXCLUSIVE MODE NOWAIT;
        EXCEPTION WHEN lock_not_available THEN
            -- -2: nothing has joined the chain for 10 s although events wait (this
            -- caller's at least) and someone holds the lock: he is keeping it (no linker
            -- takes that long), and the caller calls nasti_unblock(), which ends a session
            -- holding the linker's lock for over 10 s. After a quiet spell the answer may be
            -- -2 while an honest linker works; nasti_unblock() then ends nobody. Step 016
            -- asked whether a queued event had waited 10 s, reading the whole queue (its
            -- dead rows too: many thousands while any long transaction in the cluster holds
            -- back their removal) on every refused call, most calls under load; this is one
            -- probe of the newest event.
            RETURN CASE WHEN (SELECT e.at FROM events e ORDER BY e.seq DESC LIMIT 1)
                             < CAST(EXTRACT(EPOCH FROM pg_catalog.clock_timestamp()) * 1000 AS bigint) - 10000
                        THEN -2 ELSE -1 END;
        END;
    END IF;
    -- The linker this caller waited for took them along: nothing to write (step 016).
    IF NOT EXISTS (SELECT 1 FROM event_queue e WHERE e.id <= mine) THEN
        RETURN 0;
    END IF;
    SELECT c.seq, c.hash INTO head_seq, head_hash FROM chain_head c WHERE c.id = 1 FOR UPDATE;
    SELECT pg_catalog.array_agg(b.id ORDER BY b.id), pg_catalog.array_agg(b.at ORDER BY b.id),
           pg_catalog.array_agg(b.kind ORDER BY b.id), pg_catalog.array_agg(b.user_id ORDER BY b.id),
           pg_catalog.array_agg(b.post_id ORDER BY b.id), pg_catalog.array_agg(b.file_id ORDER BY b.id),
           pg_catalog.array_agg(b.payload ORDER BY b.id)
    INTO ids, ats, kinds, users, posts, files, payloads
    FROM (SELECT e.id, e.at, e.kind, e.user_id, e.post_id, e.file_id, e.payload
          FROM event_queue e ORDER BY e.id LIMIT 5000) b;
    n := pg_catalog.cardinality(ids);
    IF n IS NULL OR n = 0 THEN
        RETURN 0;
    END IF;
    prevs := pg_catalog.array_fill(CAST(NULL AS text), ARRAY[n]);
    hashes := prevs;
    FOR i IN 1 .. n LOOP
        prevs[i] := head_hash;
        head_hash := encode(sha256(convert_to(concat_ws(chr(31), head_hash, CAST(head_seq + i AS text),
                        CAST(ats[i] AS text), kinds[i], CAST(COALESCE(users[i], 0) AS text),
                        CAST(COALESCE(posts[i], 0) AS text), CAST(COALESCE(files[i], 0) AS text), payloads[i]),
                        'UTF8')), 'hex');
        hashes[i] := head_hash;
    END LOOP;
    INSERT INTO events (seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash)
    SELECT head_seq + u.o, u.at, u.kind, u.user_id, u.post_id, u.file_id, u.payload, u.prev, u.hash
    FROM unnest(ats, kinds, users, posts, files, payloads, prevs, hashes)
         WITH ORDINALITY AS u (at, kind, user_id, post_id, file_id, payload, prev, hash, o)
    ORDER BY u.o;
    DELETE FROM event_queue WHERE id = ANY (ids);
    UPDATE chain_head SET seq = head_seq + n, hash = head_hash WHERE id = 1;
    -- Each receiving post's clients, once (an opaque post id: they re-query under their
    -- own rights).
    PERFORM pg_catalog.pg_notify('nasti_inbox', CAST(r.to_post_id AS text))
    FROM (SELECT DISTINCT m.to_post_id FROM movements m
          WHERE m.id IN (SELECT CAST(CAST(u.payload AS jsonb) ->> 'row_id' AS bigint)
                         FROM unnest(kinds, payloads) AS u (kind, payload) WHERE u.kind = 'file.moved')) r;
    RETURN n;
END;
$$;

-- The event writer (step 016) tested the benchmark's switch and looked the session's role up
-- in pg_roles in one query for every event; the role is looked up only when the switch is on.
CREATE OR REPLACE FUNCTION nasti_emit(p_at bigint, p_kind text, p_user bigint, p_post bigint, p_file bigint,
                                      p_payload jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF pg_catalog.current_setting('nasti.bench_no_chain', true) = 'on' THEN
        IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
            RETURN;
        END IF;
    END IF;
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (p_at, p_kind, NULLIF(p_user, 0), NULLIF(p_post, 0), NULLIF(p_file, 0), CAST(p_payload AS text));
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_link_events(boolean) TO nasti_user;
