-- Schema step 021 (PostgreSQL, issue 20): fewer and cheaper calls of the linker.
--
-- pg_stat_statements over the forwarding bench at a million files (16 clients, 9,600
-- movements): 29,474 calls of nasti_link_events(), three per movement, taking 24 s of the
-- servers' time, most of them refused because another linker was at work; each refused call
-- first read the queue's newest id (5.1 s in all). Now a writer's call tries the lock first
-- and reads nothing when refused, and the client calls once after its COMMIT (and again only
-- while it links something), instead of retrying a refused call twice (Database::linkAfterCommit).
--
-- Why one call is enough: the linker that refused it links in rounds until a round finds the
-- queue empty, and every round reads the queue afresh, so it takes along every event committed
-- before that read, the refused writer's among them. The one interleaving it misses (a writer
-- committing between the last, empty round's read and its end) is linked by the next writer
-- anywhere in the office, a reader (who links first), or the notifier's 5-second tick; verify
-- reports an event unlinked after 60 s. Same lock, same order, same result as step 019.
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
    mine bigint;
BEGIN
    IF pg_catalog.statement_timestamp() <> pg_catalog.transaction_timestamp() THEN
        RAISE EXCEPTION 'nasti:link-in-transaction' USING ERRCODE = '25001';
    END IF;
    IF wait THEN
        -- A reader: what it needs linked is the queue as it sees it before waiting (events
        -- committed before its read began); the linker it waits for usually takes them along.
        mine := (SELECT MAX(e.id) FROM event_queue e);
        IF mine IS NULL THEN
            RETURN 0;
        END IF;
        LOCK TABLE chain_linker IN EXCLUSIVE MODE;
        IF NOT EXISTS (SELECT 1 FROM event_queue e WHERE e.id <= mine) THEN
            RETURN 0;
        END IF;
    ELSE
        -- A writer, just after its COMMIT: the lock first. Step 019 read the queue's newest
        -- id before trying it, on every call; most calls under load find another linker at
        -- work, and that read walked the queue's dead rows (0.17 ms of a refused call's 0.2).
        BEGIN
            LOCK TABLE chain_linker IN EXCLUSIVE MODE NOWAIT;
        EXCEPTION WHEN lock_not_available THEN
            -- -2 as in step 019: nothing has joined the chain for 10 s and someone holds the
            -- lock; the caller calls nasti_unblock().
            RETURN CASE WHEN (SELECT e.at FROM events e ORDER BY e.seq DESC LIMIT 1)
                             < CAST(EXTRACT(EPOCH FROM pg_catalog.clock_timestamp()) * 1000 AS bigint) - 10000
                        THEN -2 ELSE -1 END;
        END;
        -- Nothing queued: no row lock on the head, so no transaction id and no WAL flush.
        IF NOT EXISTS (SELECT 1 FROM event_queue e) THEN
            RETURN 0;
        END IF;
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

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_link_events(boolean) TO nasti_user;
