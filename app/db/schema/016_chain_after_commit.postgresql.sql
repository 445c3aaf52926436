-- Schema step 016 (PostgreSQL): events are linked into the hash chain just after COMMIT
-- (issue 20). Until now a deferred trigger linked each queued event at COMMIT, holding the
-- one chain-head row lock through the commit's WAL flush, so every writer in the office
-- waited for every other's flush: forwarding ran at the raw transaction's pace (~400/s on
-- two cores) however many clients there were. Now a transaction only queues its events
-- (event_queue, owner-only, as step 008 made it) and commits; nasti_link_events(), which
-- every client calls right after its COMMIT, links all committed queued events in one
-- go, in queue order, under a table lock no user can take. One linker's flush then links
-- the events of every transaction that committed meanwhile.
--
-- How long an event may stay unlinked: normally only between its COMMIT and its own
-- client's call just after (a few milliseconds); if that client dies in between, until
-- the next commit by anyone, the next notifier tick (every client's, 5 s), a sign-in or
-- verify, which link first. verify reports an event still unlinked 60 s after it was
-- queued as a break in the chain. Readers of events (the review, verify) therefore see a
-- committed action at most that late.

-- When an event was queued, by the server's clock (not the trusted caller's nasti.now_ms
-- used for the event's own time), for the 60-second bound.
ALTER TABLE event_queue ADD COLUMN queued_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp();

DROP TRIGGER event_queue_link ON event_queue;
DROP FUNCTION nasti_link_queued();

-- The benchmark's chainless baseline (nasti-admin bench: the same forwarding transaction
-- without any chain). A superuser's own session may switch event emission off for itself
-- (SET nasti.bench_no_chain = 'on'); a superuser can disable every trigger anyway, so this
-- gives nobody a new power, and no other role can use it. The bench removes the movements it
-- wrote so and restores the files, so verify holds afterwards.
CREATE OR REPLACE FUNCTION nasti_emit(p_at bigint, p_kind text, p_user bigint, p_post bigint, p_file bigint,
                                      p_payload jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF pg_catalog.current_setting('nasti.bench_no_chain', true) = 'on'
       AND (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user) THEN
        RETURN;
    END IF;
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (p_at, p_kind, NULLIF(p_user, 0), NULLIF(p_post, 0), NULLIF(p_file, 0), CAST(p_payload AS text));
END;
$$;

-- The inbox notifications (step 006: pg_notify('nasti_inbox', receiving post) from a trigger
-- on movements) are sent by the linker instead. A NOTIFY makes its transaction take the
-- notification queue's lock at COMMIT and hold it through the WAL flush, so with one per
-- forward every forwarding transaction in the office committed one after another (measured:
-- 16 clients spent most of their time waiting on it). The linker's transaction flushes once
-- for its whole batch and notifies each receiving post once; the notification arrives when
-- the movement joins the chain, milliseconds after its COMMIT.
DROP TRIGGER movements_notify ON movements;
DROP FUNCTION nasti_movements_notify();

-- The linker's lock: a table with no rights for anyone but its owner, so no user can take
-- or hold it (LOCK TABLE in any mode but ACCESS SHARE needs UPDATE, DELETE or TRUNCATE on
-- it, and a user's failed SELECT takes only ACCESS SHARE, which EXCLUSIVE allows). An
-- advisory lock would not do: any role may take any advisory key and stall every writer.
-- EXCLUSIVE (not ACCESS EXCLUSIVE) is not WAL-logged and assigns no transaction id, so a
-- call that finds nothing to link commits without a WAL flush.
CREATE TABLE chain_linker (id integer PRIMARY KEY CHECK (id = 1));
INSERT INTO chain_linker VALUES (1);
REVOKE ALL ON chain_linker FROM PUBLIC;

-- The head moves on by a whole batch now, not one event at a time; it may still only
-- move forward, and only onto the event it names.
DROP TRIGGER chain_head_forward_only ON chain_head;
CREATE FUNCTION nasti_chain_head_forward() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.seq <= OLD.seq OR NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = NEW.seq AND e.hash = NEW.hash) THEN
        RAISE EXCEPTION 'nasti:append-only' USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER chain_head_forward_only BEFORE UPDATE ON chain_head
    FOR EACH ROW EXECUTE FUNCTION nasti_chain_head_forward();

-- Links the committed queued events, oldest first, 5,000 at most (a backlog left by a
-- crash drains over several calls, each well inside the others' wait); returns how many.
-- wait: wait (a quarter of a second at most) for a linker already at work, as readers of
-- events do so that they see everything committed before; otherwise (a client just after
-- its COMMIT, a tick) return -1 at once when one is, -2 when it looks stalled. Each statement below takes a fresh snapshot (a volatile
-- function under READ COMMITTED), so once the lock is held every transaction that
-- committed before is seen.
-- The lock lasts until the caller's transaction ends, so the function runs only as a
-- statement of its own: a user who calls it inside BEGIN … and then idles is refused, and
-- one who keeps the statement running (pg_sleep beside it) costs each writer at most the
-- quarter second, after which the writer's client calls nasti_unblock(), which ends a
-- session that blocks others for more than 10 seconds.
CREATE FUNCTION nasti_link_events(wait boolean DEFAULT true) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET lock_timeout = '250ms' AS $$
DECLARE
    q record;
    head_seq bigint;
    head_hash text;
    linked bigint[] := '{}';
    moved bigint[] := '{}';
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
            -- -2: an event has waited over 10 s, so whoever holds the lock is keeping it
            -- (no linker takes that long); the caller then calls nasti_unblock().
            RETURN CASE WHEN (SELECT MIN(e.queued_at) FROM event_queue e)
                             < pg_catalog.clock_timestamp() - interval '10 seconds' THEN -2 ELSE -1 END;
        END;
    END IF;
    -- The linker this caller waited for took them along (it links everything it sees):
    -- nothing to write, so no WAL flush, and the next waiter goes on at once. Without this
    -- every waiter would find a few newer events and flush in turn, one after another.
    IF NOT EXISTS (SELECT 1 FROM event_queue e WHERE e.id <= mine) THEN
        RETURN 0;
    END IF;
    SELECT c.seq, c.hash INTO head_seq, head_hash FROM chain_head c WHERE c.id = 1 FOR UPDATE;
    FOR q IN SELECT e.id, e.at, e.kind, e.user_id, e.post_id, e.file_id, e.payload FROM event_queue e ORDER BY e.id LIMIT 5000 LOOP
        -- EventLog::eventHash(): absent ids hash as 0.
        head_seq := head_seq + 1;
        INSERT INTO events (seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash)
        VALUES (head_seq, q.at, q.kind, q.user_id, q.post_id, q.file_id, q.payload, head_hash,
                encode(sha256(convert_to(concat_ws(chr(31), head_hash, CAST(head_seq AS text), CAST(q.at AS text),
                    q.kind, CAST(COALESCE(q.user_id, 0) AS text), CAST(COALESCE(q.post_id, 0) AS text),
                    CAST(COALESCE(q.file_id, 0) AS text), q.payload), 'UTF8')), 'hex'))
        RETURNING hash INTO head_hash;
        linked := linked || q.id;
        IF q.kind = 'file.moved' THEN
            moved := moved || CAST(CAST(q.payload AS jsonb) ->> 'row_id' AS bigint);
        END IF;
    END LOOP;
    DELETE FROM event_queue WHERE id = ANY (linked);
    UPDATE chain_head SET seq = head_seq, hash = head_hash WHERE id = 1;
    -- Each receiving post's clients, once (an opaque post id: they re-query under their
    -- own rights).
    PERFORM pg_catalog.pg_notify('nasti_inbox', CAST(r.to_post_id AS text))
    FROM (SELECT DISTINCT m.to_post_id FROM movements m WHERE m.id = ANY (moved)) r;
    RETURN pg_catalog.cardinality(linked);
END;
$$;

-- What verify and the sign-in check may know of the queue without reading it: how many
-- events wait and how long the oldest has (ms, by the server's clock).
CREATE FUNCTION nasti_unlinked_events(OUT waiting bigint, OUT oldest_ms bigint)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT COUNT(*), COALESCE(CAST(EXTRACT(EPOCH FROM (pg_catalog.clock_timestamp() - MIN(q.queued_at))) * 1000 AS bigint), 0)
    FROM event_queue q
$$;

-- The rows named by events still queued (verify, reading in one snapshot, meets rows whose
-- events are about to be linked). Table, id and hash reveal nothing of the rows, as
-- nasti_chain_links() reveals nothing of the events.
CREATE FUNCTION nasti_queued_rows() RETURNS TABLE (row_table text, row_id text, row_hash text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT x.p ->> 'row_table', x.p ->> 'row_id', x.p ->> 'row_hash'
    FROM (SELECT CAST(q.payload AS jsonb) AS p FROM event_queue q) x
    WHERE x.p ? 'row_table'
$$;

-- A movement's arrival is the file's holder_since when it moves (read under the file's
-- row lock, whatever the client wrote).
CREATE OR REPLACE FUNCTION nasti_movements_server_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    -- Movements of one file queue on its row, before the version index and the foreign
    -- key are touched (a sender's recall takes no lock of its own: no deadlocks).
    SELECT x.holder_since INTO NEW.arrived_at FROM files x WHERE x.id = NEW.file_id FOR UPDATE;
    IF nasti_acting() THEN
        NEW.by_user_id := nasti_user_id();
        NEW.sent_at := nasti_now_ms();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = NEW.to_post_id) THEN
        RAISE EXCEPTION 'nasti:unknown-post';
    END IF;
    RETURN NEW;
END;
$$;

-- The review reads movements through its view (step 008): the arrival too.
CREATE OR REPLACE VIEW review_movements AS
SELECT m.id, m.file_id, m.kind, m.from_post_id, m.to_post_id, m.by_user_id, m.action_asked,
       CASE WHEN (SELECT NOT nasti_acting())
                 OR nasti_content_visible(m.file_id, (SELECT x.grading FROM files x WHERE x.id = m.file_id))
            THEN m.remarks ELSE '' END AS remarks,
       m.priority, m.due_date, m.sent_at, m.file_version, m.arrived_at
FROM movements m
WHERE (SELECT nasti_review_scope_all()) OR EXISTS (SELECT 1 FROM review_files f WHERE f.id = m.file_id);
ALTER VIEW review_movements OWNER TO nasti_owner;

-- nasti_unblock() (step 008) also ends a user's session that has held the linker's lock
-- for more than 10 seconds: the writers who timed out waiting for it no longer wait by the
-- time they call it, so "blocks someone" would not see him.
CREATE OR REPLACE FUNCTION nasti_unblock() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r record;
    ended integer := 0;
BEGIN
    FOR r IN SELECT a.pid, a.usename,
                    EXISTS (SELECT 1 FROM pg_catalog.pg_locks l
                            WHERE l.pid = a.pid AND l.granted AND l.locktype = 'relation'
                              AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())
                              AND l.relation = CAST('chain_linker' AS regclass)) AS linker
             FROM pg_catalog.pg_stat_activity a
             WHERE a.datname = current_database() AND a.pid <> pg_catalog.pg_backend_pid()
               AND a.xact_start < pg_catalog.clock_timestamp() - interval '10 seconds'
               AND pg_catalog.pg_has_role(a.usename, 'nasti_user', 'MEMBER')
               AND NOT pg_catalog.pg_has_role(a.usename, 'nasti_owner', 'MEMBER') LOOP
        CONTINUE WHEN NOT r.linker
            AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity b
                            WHERE b.pid = r.pid AND b.state LIKE 'idle in transaction%')
            AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity w
                            WHERE r.pid = ANY (pg_catalog.pg_blocking_pids(w.pid)));
        IF pg_catalog.pg_terminate_backend(r.pid) THEN
            ended := ended + 1;
            PERFORM nasti_emit(nasti_now_ms(), 'session.ended', nasti_actor(), NULL, NULL,
                               jsonb_build_object('role', r.usename, 'why',
                                   CASE WHEN r.linker THEN 'held the chain linker' ELSE 'held a lock while idle in a transaction' END));
        END IF;
    END LOOP;
    RETURN ended;
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_link_events(boolean), nasti_unlinked_events(), nasti_queued_rows() TO nasti_user;
