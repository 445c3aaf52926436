-- Schema step 026 (PostgreSQL, issue 20): the desktops learn of arrivals from a stamp per
-- post, not from LISTEN.
--
-- PostgreSQL 15 signals every backend that LISTENs in the database on each NOTIFY, whatever
-- its channel (async.c, SignalBackends), and each wakes, starts a transaction, reads the
-- queue and sends the notification on. At 1,000 desktops every forward woke 1,000 backends
-- and 1,000 desktops. Measured on one 100,000-file database, 1,000 desktops, 60 s
-- (nasti-admin bench --load): p99 forward 513 ms, inbox 98, open 427 as before; with
-- per-post channels 210 / 61 / 174 (the backends still woke); with no notification at all
-- 96 / 18 / 103. So the linker now moves a stamp per post (the new head's sequence number)
-- for the posts its batch's movements reached, and each desktop's notifier reads
-- its posts' stamps on the connection it already pings (every 1.5 s): one primary-key read,
-- no wake-up of anybody else. Written by the linker only, which runs one at a time (its
-- lock), so the stamps never wait for each other; readable by the post's own holders.
CREATE TABLE inbox_stamps (
    post_id BIGINT PRIMARY KEY REFERENCES posts (id),
    seq BIGINT NOT NULL -- the chain's head when a movement to the post was last linked
);
ALTER TABLE inbox_stamps OWNER TO nasti_owner;
ALTER TABLE inbox_stamps ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbox_stamps FORCE ROW LEVEL SECURITY;
CREATE POLICY inbox_stamps_owner ON inbox_stamps TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY inbox_stamps_read ON inbox_stamps FOR SELECT TO nasti_user
    USING (post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
GRANT SELECT ON inbox_stamps TO nasti_user;

-- The linker of step 021, the same lock, order and result, and the stamps; and it reports a
-- lock kept from it only when an event has waited 10 s (see below).
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
    moved bigint[];
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
            -- -2: an event has waited 10 s to be linked and someone holds the lock; the
            -- caller calls nasti_unblock(). (Steps 019-021 asked whether nothing had joined
            -- the chain for 10 s, which is true of any quiet office: at 1,000 desktops two
            -- notifier ticks meeting at the lock in a quiet minute made one of them call
            -- nasti_unblock(), 190 calls of about 110 ms each in the day's first 15 s.)
            RETURN CASE WHEN (SELECT e.queued_at FROM event_queue e ORDER BY e.id LIMIT 1)
                             < pg_catalog.clock_timestamp() - interval '10 seconds'
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
    -- The posts the batch's movements reached: their stamps move on to the new head (the
    -- desktops poll them, InboxNotifier), and each is told as before for programs older than
    -- this step, which LISTEN (with no listener a NOTIFY wakes nobody).
    moved := ARRAY(SELECT CAST(CAST(u.payload AS jsonb) ->> 'row_id' AS bigint)
                   FROM unnest(kinds, payloads) AS u (kind, payload) WHERE u.kind = 'file.moved');
    IF pg_catalog.cardinality(moved) > 0 THEN
        INSERT INTO inbox_stamps AS s (post_id, seq)
        SELECT DISTINCT m.to_post_id, head_seq + n FROM movements m WHERE m.id = ANY (moved)
        ON CONFLICT (post_id) DO UPDATE SET seq = EXCLUDED.seq;
        PERFORM pg_catalog.pg_notify('nasti_inbox', CAST(r.to_post_id AS text))
        FROM (SELECT DISTINCT m.to_post_id FROM movements m WHERE m.id = ANY (moved)) r;
    END IF;
    RETURN n;
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_link_events(boolean) TO nasti_user;
