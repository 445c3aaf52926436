-- Schema step 008 (PostgreSQL): the server writes history; no user with psql can forge,
-- steal, hide or stall anything (README "Security model").
--
-- Every trigger function here is SECURITY DEFINER, owned by nasti_owner (section 9),
-- so it runs as the owner whoever writes; the acting user is session_user
-- (nasti_user_id()). For a user's own login (nasti_acting()) the triggers derive what a
-- client could forge: authorship, times, numbers, custody, paragraph numbers and hashes.
-- The owner's own connections (nasti-admin init/demo, the tests' service calls) are
-- trusted as before, acting for the user they name in nasti.user_id.

-- 1. Who acts, and when.
CREATE FUNCTION nasti_actor() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() THEN
        RETURN nasti_user_id();
    END IF;
    RETURN CAST(NULLIF(current_setting('nasti.user_id', true), '') AS bigint);
END;
$$;

CREATE FUNCTION nasti_now_ms() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT CAST(floor(extract(epoch FROM transaction_timestamp()) * 1000) AS bigint)
$$;

-- A row's time: the server's clock for a user's own login, the trusted caller's otherwise.
CREATE FUNCTION nasti_stamp(given bigint) RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() OR given IS NULL THEN
        RETURN nasti_now_ms();
    END IF;
    RETURN given;
END;
$$;

-- EventLog::rowHash(): SHA-256 over the table name and the columns in their fixed
-- order, joined by U+001F, NULL as U+2400.
CREATE FUNCTION nasti_row_hash(tbl text, cols text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(array_to_string(ARRAY[tbl] || cols, chr(31), chr(9216)), 'UTF8')), 'hex')
$$;

-- 2. The chain. Triggers queue events; a deferred trigger links each into the chain at
-- COMMIT (the head row is locked last and for the commit only, as before). Nobody but
-- the owner writes events, event_queue or chain_head.
ALTER TABLE event_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_queue FORCE ROW LEVEL SECURITY;
CREATE POLICY event_queue_owner ON event_queue TO nasti_owner USING (true) WITH CHECK (true);

CREATE FUNCTION nasti_emit(p_at bigint, p_kind text, p_user bigint, p_post bigint, p_file bigint, p_payload jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (p_at, p_kind, NULLIF(p_user, 0), NULLIF(p_post, 0), NULLIF(p_file, 0), CAST(p_payload AS text));
END;
$$;

CREATE FUNCTION nasti_link_queued() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    h record;
    next_hash text;
BEGIN
    SELECT c.seq, c.hash INTO h FROM chain_head c WHERE c.id = 1 FOR UPDATE;
    -- EventLog::eventHash(): absent ids hash as 0.
    next_hash := encode(sha256(convert_to(concat_ws(chr(31), h.hash, CAST(h.seq + 1 AS text), CAST(NEW.at AS text),
        NEW.kind, CAST(COALESCE(NEW.user_id, 0) AS text), CAST(COALESCE(NEW.post_id, 0) AS text),
        CAST(COALESCE(NEW.file_id, 0) AS text), NEW.payload), 'UTF8')), 'hex');
    INSERT INTO events (seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash)
    VALUES (h.seq + 1, NEW.at, NEW.kind, NEW.user_id, NEW.post_id, NEW.file_id, NEW.payload, h.hash, next_hash);
    UPDATE chain_head SET seq = h.seq + 1, hash = next_hash WHERE id = 1;
    DELETE FROM event_queue WHERE id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER event_queue_link AFTER INSERT ON event_queue
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nasti_link_queued();

DROP POLICY events_append ON events;
REVOKE INSERT ON events FROM nasti_user;
REVOKE UPDATE ON chain_head FROM nasti_user;
-- Serial numbers are the server's: no user touches counters.
REVOKE ALL ON counters FROM nasti_clerk, nasti_officer, nasti_admin;
ALTER TABLE counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE counters FORCE ROW LEVEL SECURITY;
CREATE POLICY counters_owner ON counters TO nasti_owner USING (true) WITH CHECK (true);

CREATE FUNCTION nasti_next_serial(p_scope text, p_year integer) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v bigint;
BEGIN
    INSERT INTO counters AS c (scope, year, last_value) VALUES (p_scope, p_year, 1)
    ON CONFLICT (scope, year) DO UPDATE SET last_value = c.last_value + 1
    RETURNING c.last_value INTO v;
    RETURN v;
END;
$$;

CREATE FUNCTION nasti_office_year(ms bigint) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT CAST(extract(year FROM (to_timestamp(ms / 1000.0) AT TIME ZONE 'Asia/Kolkata')) AS integer)
$$;

-- 3. Files.
CREATE FUNCTION nasti_files_server_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    p record;
    s record;
    n bigint;
BEGIN
    IF nasti_acting() THEN
        SELECT x.section_id, x.department_id INTO p FROM posts x WHERE x.id = NEW.created_post_id;
        -- A file is opened in the creating post's own section (a post without one: a
        -- section of its department).
        IF p.section_id IS NOT NULL AND p.section_id <> NEW.section_id
           OR p.section_id IS NULL AND NOT EXISTS (SELECT 1 FROM sections y WHERE y.id = NEW.section_id
                                                   AND y.department_id = p.department_id) THEN
            RAISE EXCEPTION 'nasti:wrong-section' USING ERRCODE = '42501';
        END IF;
        NEW.created_user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
        NEW.file_no := '';
    END IF;
    -- Custody starts with the creator; nothing else is set by a client.
    NEW.holder_post_id := NEW.created_post_id;
    NEW.holder_since := NEW.created_at;
    NEW.opened_at := NEW.created_at;
    NEW.acted_at := NEW.created_at;
    NEW.status := 'open';
    NEW.last_movement_id := NULL;
    NEW.sent_by_post_id := NULL;
    NEW.action_asked := NULL;
    NEW.movement_due := NULL;
    NEW.remarks := '';
    NEW.delay_reason := NULL;
    NEW.approved_at := NULL;
    NEW.approved_by_post_id := NULL;
    NEW.retention := NULL;
    NEW.review_year := NULL;
    NEW.closed_at := NULL;
    NEW.status_reason := NULL;
    NEW.version := 1;
    IF NEW.file_no = '' THEN
        -- The number (CSMOP para 45) from the section's pattern and its counter; the
        -- counter moves with the INSERT, so a rolled-back file skips nothing.
        SELECT y.code, y.number_pattern, y.basic_head, y.primary_head, y.secondary_head INTO s
        FROM sections y WHERE y.id = NEW.section_id;
        NEW.year := nasti_office_year(NEW.created_at);
        n := nasti_next_serial('file:' || s.code, NEW.year);
        NEW.serial := n;
        NEW.file_no := replace(replace(replace(replace(replace(replace(s.number_pattern,
            '{basic}', s.basic_head), '{primary}', CAST(s.primary_head AS text)),
            '{secondary}', CAST(s.secondary_head AS text)), '{serial}', CAST(n AS text)),
            '{year}', CAST(NEW.year AS text)), '{section}', replace(s.code, '-', ''));
        IF COALESCE(NEW.head, '') = '' THEN
            NEW.head := split_part(NEW.file_no, '/', 1);
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_server_insert BEFORE INSERT ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_server_insert();

-- What a holder may change directly (the column grants of section 8 say which columns):
-- open it (once), park and unpark, close (the creating post, after approval), reopen,
-- explain a delay. Custody and approval change only inside the movements trigger
-- (pg_trigger_depth() > 1), from the movement just inserted.
CREATE FUNCTION nasti_files_server_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    acting boolean := nasti_acting();
    custody boolean;
    yr integer;
BEGIN
    custody := NEW.holder_post_id IS DISTINCT FROM OLD.holder_post_id
        OR NEW.last_movement_id IS DISTINCT FROM OLD.last_movement_id
        OR NEW.sent_by_post_id IS DISTINCT FROM OLD.sent_by_post_id
        OR NEW.action_asked IS DISTINCT FROM OLD.action_asked
        OR NEW.movement_due IS DISTINCT FROM OLD.movement_due
        OR NEW.remarks IS DISTINCT FROM OLD.remarks
        OR NEW.priority IS DISTINCT FROM OLD.priority;
    IF (custody OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
        OR NEW.approved_by_post_id IS DISTINCT FROM OLD.approved_by_post_id)
       AND pg_trigger_depth() < 2 AND NEW.status = OLD.status THEN
        RAISE EXCEPTION 'nasti:custody-without-movement' USING ERRCODE = '42501';
    END IF;
    IF pg_trigger_depth() >= 2 AND custody THEN
        RETURN NEW; -- the movements trigger, as the owner
    END IF;
    IF acting THEN
        NEW.acted_at := nasti_now_ms();
        IF NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
            RAISE EXCEPTION 'nasti:file-version' USING ERRCODE = '42501';
        END IF;
        IF NEW.opened_at IS DISTINCT FROM OLD.opened_at THEN
            IF OLD.opened_at IS NOT NULL OR NEW.opened_at IS NULL THEN
                RAISE EXCEPTION 'nasti:file-opened' USING ERRCODE = '42501';
            END IF;
            NEW.opened_at := nasti_now_ms();
        END IF;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF OLD.status = 'open' AND NEW.status = 'parked' OR OLD.status = 'parked' AND NEW.status = 'open' THEN
            NULL;
        ELSIF OLD.status = 'open' AND NEW.status = 'closed' THEN
            IF OLD.holder_post_id <> OLD.created_post_id OR OLD.approved_at IS NULL THEN
                RAISE EXCEPTION 'nasti:close-refused' USING ERRCODE = '42501';
            END IF;
            NEW.closed_at := COALESCE(NEW.acted_at, NEW.closed_at);
            yr := nasti_office_year(NEW.closed_at);
            NEW.review_year := CASE NEW.retention WHEN 'B' THEN yr + 25 WHEN 'C' THEN yr + 10 ELSE NULL END;
        ELSIF OLD.status = 'closed' AND NEW.status = 'open' THEN
            IF OLD.holder_post_id <> OLD.created_post_id THEN
                RAISE EXCEPTION 'nasti:close-refused' USING ERRCODE = '42501';
            END IF;
            -- A reopened file needs a fresh approval before it is closed again.
            NEW.retention := NULL;
            NEW.review_year := NULL;
            NEW.closed_at := NULL;
            NEW.approved_at := NULL;
            NEW.approved_by_post_id := NULL;
            NEW.holder_since := COALESCE(NEW.acted_at, OLD.holder_since);
        ELSE
            RAISE EXCEPTION 'nasti:bad-status' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.retention IS DISTINCT FROM OLD.retention OR NEW.closed_at IS DISTINCT FROM OLD.closed_at
          OR NEW.review_year IS DISTINCT FROM OLD.review_year OR NEW.holder_since IS DISTINCT FROM OLD.holder_since THEN
        RAISE EXCEPTION 'nasti:bad-status' USING ERRCODE = '42501';
    ELSIF acting AND NEW.status_reason IS DISTINCT FROM OLD.status_reason THEN
        RAISE EXCEPTION 'nasti:bad-status' USING ERRCODE = '42501';
    END IF;
    IF acting AND NEW.delay_reason IS DISTINCT FROM OLD.delay_reason AND (NEW.delay_reason IS NULL OR OLD.status <> 'open') THEN
        RAISE EXCEPTION 'nasti:bad-status' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_server_update BEFORE UPDATE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_server_update();

CREATE FUNCTION nasti_code(tbl text, row_id bigint) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    c text;
BEGIN
    IF row_id IS NULL THEN
        RETURN '';
    END IF;
    IF tbl = 'posts' THEN
        SELECT x.code INTO c FROM posts x WHERE x.id = $2;
    ELSIF tbl = 'sections' THEN
        SELECT x.code INTO c FROM sections x WHERE x.id = $2;
    ELSIF tbl = 'departments' THEN
        SELECT x.code INTO c FROM departments x WHERE x.id = $2;
    ELSIF tbl = 'users' THEN
        SELECT x.login INTO c FROM users x WHERE x.id = $2;
    END IF;
    RETURN COALESCE(c, '');
END;
$$;

CREATE FUNCTION nasti_files_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    actor bigint := nasti_actor();
    at bigint := COALESCE(NEW.acted_at, nasti_now_ms());
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM nasti_emit(NEW.created_at, 'file.created', NEW.created_user_id, NEW.created_post_id, NEW.id,
            jsonb_build_object('file_no', NEW.file_no, 'subject', NEW.subject, 'section', nasti_code('sections', NEW.section_id),
                               'priority', NEW.priority, 'grading', NEW.grading));
        RETURN NULL;
    END IF;
    IF OLD.opened_at IS NULL AND NEW.opened_at IS NOT NULL AND NEW.holder_post_id = OLD.holder_post_id THEN
        PERFORM nasti_emit(NEW.opened_at, 'file.opened', actor, NEW.holder_post_id, NEW.id,
                           jsonb_build_object('file_no', NEW.file_no));
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NEW.status = 'parked' THEN
            PERFORM nasti_emit(at, 'file.parked', actor, NEW.holder_post_id, NEW.id,
                               jsonb_build_object('file_no', NEW.file_no, 'remarks', COALESCE(NEW.status_reason, '')));
        ELSIF OLD.status = 'parked' THEN
            PERFORM nasti_emit(at, 'file.unparked', actor, NEW.holder_post_id, NEW.id, jsonb_build_object('file_no', NEW.file_no));
        ELSIF NEW.status = 'closed' THEN
            PERFORM nasti_emit(NEW.closed_at, 'file.closed', actor, NEW.holder_post_id, NEW.id,
                               jsonb_build_object('file_no', NEW.file_no, 'retention', NEW.retention));
        ELSIF OLD.status = 'closed' THEN
            PERFORM nasti_emit(at, 'file.reopened', actor, NEW.holder_post_id, NEW.id,
                               jsonb_build_object('file_no', NEW.file_no, 'reason', COALESCE(NEW.status_reason, '')));
        END IF;
    END IF;
    IF NEW.delay_reason IS NOT NULL AND NEW.delay_reason IS DISTINCT FROM OLD.delay_reason
       AND NEW.holder_post_id = OLD.holder_post_id THEN
        PERFORM nasti_emit(at, 'file.delay', actor, NEW.holder_post_id, NEW.id,
                           jsonb_build_object('file_no', NEW.file_no, 'reason', NEW.delay_reason));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER files_events AFTER INSERT OR UPDATE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_events();

-- 4. Movements: the server moves the file. The client inserts the movement (the action
-- it asks for); this trigger checks the version the sender saw (compare-and-set),
-- moves custody to exactly this movement and records it.
CREATE FUNCTION nasti_movements_server_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    -- Movements of one file queue on its row, before the version index and the foreign
    -- key are touched (a sender's recall takes no lock of its own: no deadlocks).
    PERFORM 1 FROM files x WHERE x.id = NEW.file_id FOR UPDATE;
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
CREATE TRIGGER movements_server_insert BEFORE INSERT ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_movements_server_insert();

CREATE FUNCTION nasti_movements_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    f record;
BEGIN
    UPDATE files x SET holder_post_id = NEW.to_post_id, holder_since = NEW.sent_at, last_movement_id = NEW.id,
        sent_by_post_id = NEW.from_post_id, action_asked = NEW.action_asked, movement_due = NEW.due_date,
        remarks = NEW.remarks, opened_at = NULL, delay_reason = NULL, priority = NEW.priority,
        version = x.version + 1,
        approved_at = CASE WHEN NEW.kind = 'approve' THEN NEW.sent_at ELSE x.approved_at END,
        approved_by_post_id = CASE WHEN NEW.kind = 'approve' THEN NEW.from_post_id ELSE x.approved_by_post_id END
    WHERE x.id = NEW.file_id AND x.holder_post_id = NEW.from_post_id AND x.version = NEW.file_version
      AND (NEW.kind <> 'recall' OR x.opened_at IS NULL)
    RETURNING x.file_no INTO f;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'nasti:file-moved' USING ERRCODE = '40001';
    END IF;
    PERFORM nasti_emit(NEW.sent_at, 'file.moved', NEW.by_user_id, NEW.from_post_id, NEW.file_id,
        jsonb_build_object('file_no', f.file_no, 'kind', NEW.kind, 'from', nasti_code('posts', NEW.from_post_id),
                           'to', nasti_code('posts', NEW.to_post_id), 'row_table', 'movements', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('movements', ARRAY[CAST(NEW.id AS text), CAST(NEW.file_id AS text), NEW.kind,
                               CAST(NEW.from_post_id AS text), CAST(NEW.to_post_id AS text), CAST(NEW.by_user_id AS text),
                               NEW.action_asked, NEW.remarks, CAST(NEW.priority AS text), NEW.due_date,
                               CAST(NEW.sent_at AS text), CAST(NEW.file_version AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER movements_apply AFTER INSERT ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_movements_apply();

-- 5. Notes: author, name, designation and times from the user's and post's own rows;
-- decisions only by those who may decide; the paragraphs and hash of a frozen note
-- computed here.
CREATE FUNCTION nasti_notes_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    f record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF nasti_acting() THEN
            NEW.author_user_id := nasti_user_id();
            NEW.created_at := nasti_now_ms();
            NEW.updated_at := NEW.created_at;
            SELECT x.created_post_id, x.holder_post_id INTO f FROM files x WHERE x.id = NEW.file_id;
            IF NEW.kind IN ('approval', 'rejection') AND NOT nasti_in_role('nasti_officer')
               OR NEW.kind IN ('closing', 'reopening') AND NEW.author_post_id IS DISTINCT FROM f.created_post_id THEN
                RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
            END IF;
        END IF;
        SELECT u.full_name INTO NEW.author_name FROM users u WHERE u.id = NEW.author_user_id;
        SELECT p.title_en INTO NEW.designation FROM posts p WHERE p.id = NEW.author_post_id;
        IF NEW.author_name IS NULL OR NEW.designation IS NULL THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL THEN
        NEW.frozen_at := nasti_stamp(NEW.frozen_at);
        NEW.para_start := COALESCE((SELECT max(n.para_start + n.para_count) FROM notes n
                                    WHERE n.file_id = NEW.file_id AND n.frozen_at IS NOT NULL), 1);
        NEW.para_count := GREATEST(1, (SELECT count(*) FROM regexp_split_to_table(NEW.body, E'\\n\\s*\\n') AS p(t)
                                       WHERE btrim(p.t, E' \t\r\n') <> ''));
        NEW.content_hash := nasti_row_hash('notes', ARRAY[CAST(NEW.id AS text), CAST(NEW.file_id AS text), NEW.kind,
            CAST(NEW.author_user_id AS text), CAST(NEW.author_post_id AS text), NEW.author_name, NEW.designation, NEW.body,
            CAST(NEW.created_at AS text), CAST(NEW.frozen_at AS text), CAST(NEW.para_start AS text),
            CAST(NEW.para_count AS text)]);
    ELSIF nasti_acting() THEN
        NEW.updated_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER notes_server BEFORE INSERT OR UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION nasti_notes_server();

CREATE FUNCTION nasti_notes_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF OLD.frozen_at IS NULL AND NEW.frozen_at IS NOT NULL THEN
        PERFORM nasti_emit(NEW.frozen_at, 'note.frozen', NEW.author_user_id, NEW.author_post_id, NEW.file_id,
            jsonb_build_object('file_no', (SELECT x.file_no FROM files x WHERE x.id = NEW.file_id),
                               'paragraphs', NEW.para_start || '-' || (NEW.para_start + NEW.para_count - 1),
                               'row_table', 'notes', 'row_id', CAST(NEW.id AS text), 'row_hash', NEW.content_hash));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER notes_events AFTER UPDATE OF frozen_at ON notes
    FOR EACH ROW EXECUTE FUNCTION nasti_notes_events();

-- 6. Attachments: the server names the bytes (a wrong SHA-256 is refused, so nobody can
-- plant bytes under a document's name); stored bytes are their storer's until a
-- receipt he may read names them.
CREATE FUNCTION nasti_attachments_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.content), 'hex') THEN
        RAISE EXCEPTION 'nasti:attachment-hash';
    END IF;
    NEW.byte_size := octet_length(NEW.content);
    IF nasti_acting() THEN
        NEW.created_by_user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER attachments_server BEFORE INSERT ON attachments
    FOR EACH ROW EXECUTE FUNCTION nasti_attachments_server();

CREATE OR REPLACE FUNCTION nasti_can_read_attachment(sha text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM receipts x WHERE x.attachment_sha256 = sha AND nasti_can_read_receipt(x.id))
        OR EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = sha AND a.created_by_user_id = nasti_user_id());
END;
$$;
DROP POLICY attachments_read ON attachments;
CREATE POLICY attachments_read ON attachments FOR SELECT TO nasti_user
    USING (created_by_user_id = (SELECT nasti_user_id()) OR nasti_can_read_attachment(sha256));

-- 7. Receipts, papers and links.
CREATE FUNCTION nasti_receipts_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    n bigint;
    yr integer;
BEGIN
    IF nasti_acting() THEN
        NEW.diarised_by_user_id := nasti_user_id();
        NEW.received_at := nasti_now_ms();
        NEW.diary_no := '';
        -- Diarised into the diarising post's own section, with bytes the user may read.
        IF NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = NEW.diarised_by_post_id AND p.section_id = NEW.section_id) THEN
            RAISE EXCEPTION 'nasti:wrong-section' USING ERRCODE = '42501';
        END IF;
        IF NOT nasti_can_read_attachment(NEW.attachment_sha256) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.diary_no = '' THEN
        SELECT y.code INTO s FROM sections y WHERE y.id = NEW.section_id;
        yr := nasti_office_year(NEW.received_at);
        n := nasti_next_serial('receipt:' || s.code, yr);
        NEW.diary_no := 'R-' || n || '/' || yr || '-' || replace(s.code, '-', '');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER receipts_server BEFORE INSERT ON receipts
    FOR EACH ROW EXECUTE FUNCTION nasti_receipts_server();

CREATE FUNCTION nasti_receipts_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.received_at, 'receipt.diarised', NEW.diarised_by_user_id, NEW.diarised_by_post_id, NULL,
        jsonb_build_object('diary_no', NEW.diary_no, 'sha256', NEW.attachment_sha256, 'row_table', 'receipts',
                           'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('receipts', ARRAY[CAST(NEW.id AS text), NEW.diary_no,
                               CAST(NEW.section_id AS text), NEW.sender, NEW.subject, NEW.letter_no, NEW.letter_date,
                               CAST(NEW.grading AS text), CAST(NEW.received_at AS text), CAST(NEW.diarised_by_post_id AS text),
                               CAST(NEW.diarised_by_user_id AS text), NEW.attachment_sha256, NEW.file_name])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER receipts_events AFTER INSERT ON receipts
    FOR EACH ROW EXECUTE FUNCTION nasti_receipts_events();

-- A paper goes into a file only from the holder, for a receipt he may read, of his own
-- section or diarised by his post, not yet in any file; its place (PUC, FR n, first
-- page) is the server's. The checks come before the unique and foreign keys, so their
-- errors tell nobody which receipts exist or are filed.
CREATE FUNCTION nasti_papers_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r record;
    c record;
BEGIN
    IF nasti_acting() THEN
        NEW.added_at := nasti_now_ms();
        IF NOT (NEW.added_by_post_id = ANY (nasti_my_post_ids())) OR NOT nasti_can_read_receipt(NEW.receipt_id)
           OR NOT EXISTS (SELECT 1 FROM files x WHERE x.id = NEW.file_id AND x.holder_post_id = NEW.added_by_post_id
                          AND x.status <> 'closed') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        SELECT x.section_id, x.diarised_by_post_id INTO r FROM receipts x WHERE x.id = NEW.receipt_id;
        IF r.diarised_by_post_id <> NEW.added_by_post_id
           AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = NEW.added_by_post_id AND p.section_id = r.section_id)
           AND NOT (r.diarised_by_post_id = ANY (nasti_my_post_ids())) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM file_papers fp WHERE fp.receipt_id = NEW.receipt_id) THEN
        RAISE EXCEPTION 'nasti:receipt-filed';
    END IF;
    SELECT count(*) AS n, COALESCE(max(fp.position), 0) AS pos,
           COALESCE(sum(CASE WHEN fp.flag = 'FR' THEN 1 ELSE 0 END), 0) AS frs,
           COALESCE(sum(a.page_count), 0) AS pages INTO c
    FROM file_papers fp JOIN receipts x ON x.id = fp.receipt_id JOIN attachments a ON a.sha256 = x.attachment_sha256
    WHERE fp.file_id = NEW.file_id;
    NEW.position := c.pos + 1;
    NEW.flag := CASE WHEN c.n = 0 THEN 'PUC' ELSE 'FR' END;
    NEW.fr_number := CASE WHEN c.n = 0 THEN NULL ELSE c.frs + 1 END;
    NEW.first_page := c.pages + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER file_papers_server BEFORE INSERT ON file_papers
    FOR EACH ROW EXECUTE FUNCTION nasti_papers_server();

CREATE FUNCTION nasti_papers_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.added_at, 'file.paper', nasti_actor(), NEW.added_by_post_id, NEW.file_id,
        jsonb_build_object('file_no', (SELECT x.file_no FROM files x WHERE x.id = NEW.file_id),
                           'diary_no', (SELECT x.diary_no FROM receipts x WHERE x.id = NEW.receipt_id),
                           'row_table', 'file_papers', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('file_papers', ARRAY[CAST(NEW.id AS text), CAST(NEW.file_id AS text),
                               CAST(NEW.receipt_id AS text), CAST(NEW.position AS text), NEW.flag, CAST(NEW.fr_number AS text),
                               CAST(NEW.first_page AS text), CAST(NEW.added_at AS text), CAST(NEW.added_by_post_id AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER file_papers_events AFTER INSERT ON file_papers
    FOR EACH ROW EXECUTE FUNCTION nasti_papers_events();

-- A link joins a file the linking post holds to one its user may see.
CREATE FUNCTION nasti_links_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    held bigint;
    other bigint;
BEGIN
    IF nasti_acting() THEN
        NEW.linked_at := nasti_now_ms();
        IF NOT (NEW.linked_by_post_id = ANY (nasti_my_post_ids())) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        SELECT CASE WHEN x.holder_post_id = NEW.linked_by_post_id THEN x.id END INTO held FROM files x WHERE x.id = NEW.file_id;
        IF held IS NULL THEN
            SELECT CASE WHEN x.holder_post_id = NEW.linked_by_post_id THEN x.id END INTO held FROM files x WHERE x.id = NEW.linked_file_id;
        END IF;
        other := CASE WHEN held = NEW.file_id THEN NEW.linked_file_id ELSE NEW.file_id END;
        IF held IS NULL OR NOT nasti_can_see_file(other) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER file_links_server BEFORE INSERT ON file_links
    FOR EACH ROW EXECUTE FUNCTION nasti_links_server();

CREATE FUNCTION nasti_links_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    held bigint := NEW.file_id;
    other bigint := NEW.linked_file_id;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM files x WHERE x.id = NEW.file_id AND x.holder_post_id = NEW.linked_by_post_id) THEN
        held := NEW.linked_file_id;
        other := NEW.file_id;
    END IF;
    PERFORM nasti_emit(NEW.linked_at, 'file.linked', nasti_actor(), NEW.linked_by_post_id, held,
        jsonb_build_object('file_no', (SELECT x.file_no FROM files x WHERE x.id = held),
                           'other', (SELECT x.file_no FROM files x WHERE x.id = other)));
    RETURN NULL;
END;
$$;
CREATE TRIGGER file_links_events AFTER INSERT ON file_links
    FOR EACH ROW EXECUTE FUNCTION nasti_links_events();

-- 8. The organisation's own events, and charge only through its function.
CREATE FUNCTION nasti_org_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    actor bigint := nasti_actor();
    now_ms bigint := nasti_now_ms();
BEGIN
    IF TG_TABLE_NAME = 'departments' THEN
        PERFORM nasti_emit(now_ms, 'org.department', actor, NULL, NULL, jsonb_build_object('code', NEW.code));
    ELSIF TG_TABLE_NAME = 'sections' THEN
        PERFORM nasti_emit(now_ms, 'org.section', actor, NULL, NULL,
                           jsonb_build_object('code', NEW.code, 'department', nasti_code('departments', NEW.department_id)));
    ELSIF TG_TABLE_NAME = 'posts' AND TG_OP = 'INSERT' THEN
        PERFORM nasti_emit(now_ms, 'org.post', actor, NULL, NULL,
                           jsonb_build_object('code', NEW.code, 'reports_to', nasti_code('posts', NEW.reports_to)));
    ELSIF TG_TABLE_NAME = 'posts' THEN
        IF NEW.holder_user_id IS DISTINCT FROM OLD.holder_user_id THEN
            PERFORM nasti_emit(now_ms, 'org.charge', actor, NEW.id, NULL,
                               jsonb_build_object('post', NEW.code, 'from', nasti_code('users', OLD.holder_user_id),
                                                  'to', nasti_code('users', NEW.holder_user_id)));
        END IF;
    ELSIF TG_TABLE_NAME = 'users' AND TG_OP = 'INSERT' THEN
        PERFORM nasti_emit(now_ms, 'org.user', actor, NULL, NULL, jsonb_build_object('login', NEW.login, 'role', NEW.role));
    ELSIF TG_TABLE_NAME = 'users' THEN
        IF NEW.enabled IS DISTINCT FROM OLD.enabled THEN
            PERFORM nasti_emit(now_ms, CASE WHEN NEW.enabled = 1 THEN 'org.enable' ELSE 'org.disable' END, actor, NULL, NULL,
                               jsonb_build_object('login', NEW.login));
        END IF;
    ELSIF TG_TABLE_NAME = 'holidays' THEN
        PERFORM nasti_emit(now_ms, 'org.holiday', actor, NULL, NULL, jsonb_build_object('day', NEW.day));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER departments_events AFTER INSERT ON departments FOR EACH ROW EXECUTE FUNCTION nasti_org_events();
CREATE TRIGGER sections_events AFTER INSERT ON sections FOR EACH ROW EXECUTE FUNCTION nasti_org_events();
CREATE TRIGGER posts_events AFTER INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION nasti_org_events();
CREATE TRIGGER users_events AFTER INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION nasti_org_events();
CREATE TRIGGER holidays_events AFTER INSERT OR UPDATE ON holidays FOR EACH ROW EXECUTE FUNCTION nasti_org_events();

-- Charge handover (nasti-admin user transfer): the administrator's only way to put a
-- user on a post. (A direct UPDATE of posts.holder_user_id has no grant.)
CREATE FUNCTION nasti_transfer_charge(p_post bigint, new_holder bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() AND NOT nasti_in_role('nasti_admin') THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = new_holder AND u.enabled = 1) THEN
        RAISE EXCEPTION 'nasti:unknown-user';
    END IF;
    UPDATE posts SET holder_user_id = new_holder WHERE id = p_post;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'nasti:unknown-post';
    END IF;
END;
$$;

-- The password lives in the login role on PostgreSQL: nasti_manage_login records it.
CREATE FUNCTION nasti_login_changed(p_login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF nasti_acting() AND NOT nasti_in_role('nasti_admin') THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    PERFORM nasti_emit(nasti_now_ms(), 'org.password', nasti_actor(), NULL, NULL, jsonb_build_object('login', p_login));
END;
$$;

-- 9. Nobody stalls the office. Interactive limits for every login role (a client sets
-- them on its own connection too); a writer that meets a lock held by a user's session
-- idle in its transaction (or open for longer than any action takes) ends that session
-- through nasti_unblock() and says "busy, nothing was changed".
CREATE FUNCTION nasti_interactive_limits(role_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', role_name, '5s');
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', role_name, '60s');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', role_name, '30s');
END;
$$;

CREATE FUNCTION nasti_unblock() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r record;
    ended integer := 0;
BEGIN
    FOR r IN SELECT a.pid, a.usename FROM pg_catalog.pg_stat_activity a
             WHERE a.datname = current_database() AND a.pid <> pg_catalog.pg_backend_pid()
               AND a.xact_start < pg_catalog.clock_timestamp() - interval '10 seconds'
               AND (a.state LIKE 'idle in transaction%'
                    OR EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity w
                               WHERE a.pid = ANY (pg_catalog.pg_blocking_pids(w.pid))))
               AND pg_catalog.pg_has_role(a.usename, 'nasti_user', 'MEMBER')
               AND NOT pg_catalog.pg_has_role(a.usename, 'nasti_owner', 'MEMBER') LOOP
        IF pg_catalog.pg_terminate_backend(r.pid) THEN
            ended := ended + 1;
            PERFORM nasti_emit(nasti_now_ms(), 'session.ended', nasti_actor(), NULL, NULL,
                               jsonb_build_object('role', r.usename, 'why', 'held a lock while idle in a transaction'));
        END IF;
    END LOOP;
    RETURN ended;
END;
$$;

DO $$
DECLARE
    r record;
BEGIN
    -- nasti_unblock() needs to see and end other users' sessions.
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        -- (Two databases migrating at once may race on the cluster-wide grant.)
        IF NOT pg_catalog.pg_has_role('nasti_owner', 'pg_signal_backend', 'MEMBER')
           OR NOT pg_catalog.pg_has_role('nasti_owner', 'pg_read_all_stats', 'MEMBER') THEN
            BEGIN
                GRANT pg_signal_backend, pg_read_all_stats TO nasti_owner;
            EXCEPTION WHEN OTHERS THEN
                IF NOT pg_catalog.pg_has_role('nasti_owner', 'pg_signal_backend', 'MEMBER') THEN
                    RAISE;
                END IF;
            END;
        END IF;
    ELSE
        RAISE NOTICE 'nasti: not a superuser; nasti_owner was not granted pg_signal_backend and pg_read_all_stats';
    END IF;
    -- (Roles are cluster-wide and may be dropped meanwhile: the role tests run per role.)
    FOR r IN SELECT m.rolname FROM pg_catalog.pg_roles m
             WHERE m.rolcanlogin AND NOT m.rolsuper AND starts_with(m.rolname, nasti_role_prefix())
               AND EXISTS (SELECT 1 FROM users u WHERE nasti_role_prefix() || u.login = m.rolname) LOOP
        BEGIN
            IF pg_catalog.pg_has_role(r.rolname, 'nasti_user', 'MEMBER')
               AND NOT pg_catalog.pg_has_role(r.rolname, 'nasti_owner', 'MEMBER') THEN
                PERFORM nasti_interactive_limits(r.rolname);
            END IF;
        EXCEPTION WHEN undefined_object THEN
            NULL; -- dropped meanwhile
        END;
    END LOOP;
END;
$$;

-- 10. Grants: what a user may still write directly, column by column.
REVOKE UPDATE ON files FROM nasti_clerk, nasti_officer, nasti_admin;
GRANT UPDATE (status, status_reason, opened_at, delay_reason, retention, review_year, closed_at, version, acted_at)
    ON files TO nasti_clerk, nasti_officer, nasti_admin;
REVOKE UPDATE ON notes FROM nasti_clerk, nasti_officer, nasti_admin;
GRANT UPDATE (body, updated_at, frozen_at, para_start, para_count, content_hash)
    ON notes TO nasti_clerk, nasti_officer, nasti_admin;
REVOKE INSERT, UPDATE ON posts FROM nasti_admin;
GRANT INSERT (code, title_en, title_hi, department_id, section_id, level, reports_to),
      UPDATE (title_en, title_hi, department_id, section_id, level, reports_to) ON posts TO nasti_admin;
-- Only the holder changes a file (a recall is a movement, checked by movements_acting).
DROP POLICY files_act ON files;
CREATE POLICY files_act ON files FOR UPDATE TO nasti_clerk, nasti_officer, nasti_admin
    USING (holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])))
    WITH CHECK (holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_transfer_charge(bigint, bigint), nasti_login_changed(text) TO nasti_admin;
GRANT EXECUTE ON FUNCTION nasti_unblock() TO nasti_user;
GRANT EXECUTE ON FUNCTION nasti_interactive_limits(text) TO nasti_admin;

-- 11. Graded content (DESIGN.md rule 4). Counting is not reading: the weekly review
-- counts every file, but a Secret file's content (subject, remarks, reasons, notes,
-- letters, event payloads) stays along its own chain, for the reviewer too, and a
-- department head reads a Confidential file's content only along its chain. The base
-- tables now show reviewers and heads only what they may read; the review counts
-- through review_files, review_movements, review_events and review_receipts, which
-- keep every row in the reviewer's (or head's) scope and blank the content he may not
-- read. (Owned by nasti_owner and not security_invoker: they read as the owner, and
-- their own WHERE clause is the scope.)
CREATE FUNCTION nasti_content_visible(f bigint, grading integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER COST 100 AS $$
BEGIN
    RETURN grading = 0 OR NOT nasti_acting() OR nasti_can_open_file(f);
END;
$$;

CREATE FUNCTION nasti_review_scope_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT NOT nasti_acting() OR nasti_in_role('nasti_reviewer')
$$;

-- Which rows a review may count: all (reviewer, trusted connection), the head's
-- department (as files_head did), or what rule 4 lets the user see. Written out in each
-- view, not as a function: a function with a pinned search_path is never inlined, and
-- one call per file row cost the running week's review a second at a million files.
-- For a reviewer the first test is an init plan that is true, so nothing else is
-- evaluated per row.
CREATE VIEW review_files AS
SELECT f.id, f.file_no, f.section_id, f.year, f.serial,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.subject ELSE '' END AS subject,
       f.head, f.priority, f.grading, f.status, f.due_date, f.created_post_id, f.created_user_id, f.created_at,
       f.holder_post_id, f.holder_since, f.last_movement_id, f.sent_by_post_id, f.action_asked, f.movement_due,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.remarks ELSE '' END AS remarks,
       f.opened_at,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.delay_reason END AS delay_reason,
       f.approved_at, f.approved_by_post_id, f.retention, f.review_year, f.closed_at, f.version, f.chain_posts,
       f.acted_at,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.status_reason END AS status_reason
FROM files f
WHERE (SELECT nasti_review_scope_all())
   OR f.holder_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
   OR f.created_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
   OR f.chain_posts && CAST((SELECT nasti_review_post_ids()) AS bigint[])
   OR f.holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR f.created_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR f.chain_posts && CAST((SELECT nasti_my_post_ids()) AS bigint[])
   OR (f.grading = 0 AND f.section_id = ANY (CAST((SELECT nasti_my_section_ids()) AS bigint[])));

CREATE VIEW review_movements AS
SELECT m.id, m.file_id, m.kind, m.from_post_id, m.to_post_id, m.by_user_id, m.action_asked,
       CASE WHEN (SELECT NOT nasti_acting())
                 OR nasti_content_visible(m.file_id, (SELECT x.grading FROM files x WHERE x.id = m.file_id))
            THEN m.remarks ELSE '' END AS remarks,
       m.priority, m.due_date, m.sent_at, m.file_version
FROM movements m
WHERE (SELECT nasti_review_scope_all()) OR EXISTS (SELECT 1 FROM review_files f WHERE f.id = m.file_id);

CREATE VIEW review_events AS
SELECT e.id, e.seq, e.at, e.kind, e.user_id, e.post_id, e.file_id,
       CASE WHEN (SELECT NOT nasti_acting())
                 OR nasti_content_visible(e.file_id, (SELECT x.grading FROM files x WHERE x.id = e.file_id))
            THEN e.payload ELSE '{}' END AS payload
FROM events e
WHERE e.file_id IS NOT NULL
  AND ((SELECT nasti_review_scope_all()) OR EXISTS (SELECT 1 FROM review_files f WHERE f.id = e.file_id));

CREATE VIEW review_receipts AS
SELECT r.id, r.diary_no, r.section_id,
       CASE WHEN r.grading = 0 OR (SELECT NOT nasti_acting()) OR nasti_can_read_receipt(r.id) THEN r.sender ELSE '' END AS sender,
       CASE WHEN r.grading = 0 OR (SELECT NOT nasti_acting()) OR nasti_can_read_receipt(r.id) THEN r.subject ELSE '' END AS subject,
       r.letter_no, r.letter_date, r.grading, r.received_at, r.diarised_by_post_id, r.diarised_by_user_id,
       r.attachment_sha256, r.file_name
FROM receipts r
WHERE (SELECT nasti_review_scope_all())
   OR r.diarised_by_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
   OR r.diarised_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR nasti_can_read_receipt(r.id);

-- The base tables: reviewers read what is not Secret (or is on their chain), heads what
-- is Normal in their department (or on their chain); nothing of a Secret file's
-- movements, events or letters outside its chain.
DROP POLICY files_review ON files;
CREATE POLICY files_review ON files FOR SELECT TO nasti_reviewer
    USING (grading < 2 OR nasti_shares_post(chain_posts, CAST((SELECT nasti_my_post_ids()) AS bigint[])));
DROP POLICY files_head ON files;
CREATE POLICY files_head ON files FOR SELECT TO nasti_officer USING (
    grading = 0 AND nasti_shares_post(chain_posts, CAST((SELECT nasti_review_post_ids()) AS bigint[])));
DROP POLICY movements_review ON movements;
DROP POLICY movements_head ON movements;
DROP POLICY events_review ON events;
DROP POLICY events_head ON events;
DROP POLICY receipts_review ON receipts;
CREATE POLICY receipts_review ON receipts FOR SELECT TO nasti_reviewer USING (grading < 2);

ALTER VIEW review_files OWNER TO nasti_owner;
ALTER VIEW review_movements OWNER TO nasti_owner;
ALTER VIEW review_events OWNER TO nasti_owner;
ALTER VIEW review_receipts OWNER TO nasti_owner;
SELECT nasti_secure_objects();
GRANT SELECT ON review_files, review_movements, review_events, review_receipts TO nasti_user;
GRANT EXECUTE ON FUNCTION nasti_acting() TO nasti_user;
GRANT EXECUTE ON FUNCTION nasti_content_visible(bigint, integer), nasti_review_scope_all() TO nasti_user;
