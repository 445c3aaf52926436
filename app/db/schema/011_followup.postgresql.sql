-- Schema step 011 (PostgreSQL): follow-up rows are derived and checked by the server;
-- a user with psql can raise no reminder before it is due, call for no file he is not
-- above, answer no call for a file he does not hold, and change nothing once written.

-- 1. Working days (CSMOP para 60) in SQL, as WorkingCalendar reckons them: after the
-- IST date of `from` up to and including `to`, Saturdays, Sundays and holidays skipped.
CREATE FUNCTION nasti_day_number(ms bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT (ms + 19800000) / 86400000
$$;
-- Weekdays among the days numbered below n (day 0 = Thursday 1 Jan 1970).
CREATE FUNCTION nasti_weekdays_below(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT 5 * ((n + 3) / 7) + LEAST((n + 3) % 7, 5)
$$;
CREATE FUNCTION nasti_working_days(from_day bigint, to_day bigint) RETURNS integer LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF to_day <= from_day THEN
        RETURN 0;
    END IF;
    RETURN CAST(nasti_weekdays_below(to_day + 1) - nasti_weekdays_below(from_day + 1)
        - (SELECT count(*) FROM holidays h
           WHERE CAST(h.day AS date) - DATE '1970-01-01' BETWEEN from_day + 1 AND to_day
             AND extract(isodow FROM CAST(h.day AS date)) < 6) AS integer);
END;
$$;

-- The time limit of a file: its category's in its department, else the category's
-- own, else the department's (CSMOP para 60).
CREATE FUNCTION nasti_file_limit(f bigint) RETURNS integer LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    r record;
BEGIN
    SELECT x.category, d.id AS dept, d.time_limit_days INTO r
    FROM files x JOIN sections s ON s.id = x.section_id JOIN departments d ON d.id = s.department_id WHERE x.id = f;
    IF r.category IS NULL THEN
        RETURN r.time_limit_days;
    END IF;
    RETURN COALESCE((SELECT cl.days FROM category_limits cl WHERE cl.department_id = r.dept AND cl.category = r.category),
                    (SELECT c.default_days FROM categories c WHERE c.code = r.category), r.time_limit_days);
END;
$$;

-- Is `senior` above `junior` in the reporting chain?
CREATE FUNCTION nasti_is_above(senior bigint, junior bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    cur bigint := junior;
    hops integer := 0;
BEGIN
    LOOP
        SELECT p.reports_to INTO cur FROM posts p WHERE p.id = cur;
        hops := hops + 1;
        EXIT WHEN cur IS NULL OR hops > 12;
        IF cur = senior THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END;
$$;

-- 2. Parking asks for a reason and a review date; taking a file out of parking ends it.
CREATE FUNCTION nasti_files_park_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF NEW.status = 'parked' AND OLD.status IS DISTINCT FROM 'parked' THEN
        IF COALESCE(btrim(NEW.status_reason), '') = '' OR NEW.park_until IS NULL
           OR CAST(NEW.park_until AS date) <= CAST(to_timestamp(COALESCE(NEW.acted_at, nasti_now_ms()) / 1000.0)
                                                   AT TIME ZONE 'Asia/Kolkata' AS date) THEN
            RAISE EXCEPTION 'nasti:park-needs-date' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.status <> 'parked' THEN
        NEW.park_until := NULL;
    ELSIF NEW.park_until IS DISTINCT FROM OLD.park_until THEN
        RAISE EXCEPTION 'nasti:park-needs-date' USING ERRCODE = '42501';
    END IF;
    IF (NEW.category IS DISTINCT FROM OLD.category OR NEW.reference_no IS DISTINCT FROM OLD.reference_no)
       AND (NEW.category IS NULL) <> (NEW.reference_no IS NULL) THEN
        RAISE EXCEPTION 'nasti:category-reference' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_park_check BEFORE UPDATE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_park_check();

CREATE FUNCTION nasti_files_category_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    NEW.park_until := NULL;
    IF (NEW.category IS NULL) <> (NEW.reference_no IS NULL) THEN
        RAISE EXCEPTION 'nasti:category-reference' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_category_insert BEFORE INSERT ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_category_insert();

CREATE FUNCTION nasti_files_followup_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    actor bigint := nasti_actor();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.category IS NOT NULL THEN
            PERFORM nasti_emit(NEW.created_at, 'file.category', NEW.created_user_id, NEW.created_post_id, NEW.id,
                jsonb_build_object('file_no', NEW.file_no, 'category', NEW.category, 'reference_no', NEW.reference_no));
        END IF;
        RETURN NULL;
    END IF;
    IF NEW.category IS DISTINCT FROM OLD.category OR NEW.reference_no IS DISTINCT FROM OLD.reference_no THEN
        PERFORM nasti_emit(COALESCE(NEW.acted_at, nasti_now_ms()), 'file.category', actor, NEW.holder_post_id, NEW.id,
            jsonb_build_object('file_no', NEW.file_no, 'category', COALESCE(NEW.category, ''),
                               'reference_no', COALESCE(NEW.reference_no, '')));
    END IF;
    IF NEW.status = 'parked' AND OLD.status <> 'parked' THEN
        PERFORM nasti_emit(COALESCE(NEW.acted_at, nasti_now_ms()), 'file.review_date', actor, NEW.holder_post_id, NEW.id,
            jsonb_build_object('file_no', NEW.file_no, 'review_date', NEW.park_until));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER files_followup_events AFTER INSERT OR UPDATE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_followup_events();

-- 3. Reminders and escalations: the client asks for one (file, stay, level); the
-- server derives holder, addressee, working days and limit, and refuses one not due.
CREATE FUNCTION nasti_followups_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    f record;
    esc integer;
    up bigint;
BEGIN
    SELECT x.status, x.holder_post_id, x.holder_since, x.section_id INTO f FROM files x WHERE x.id = NEW.file_id;
    IF NOT FOUND OR f.status <> 'open' OR f.holder_since <> NEW.stay_since THEN
        RAISE EXCEPTION 'nasti:followup-not-due' USING ERRCODE = '42501';
    END IF;
    NEW.at := nasti_stamp(NEW.at);
    NEW.holder_post_id := f.holder_post_id;
    SELECT d.escalation_days INTO esc FROM sections s JOIN departments d ON d.id = s.department_id WHERE s.id = f.section_id;
    NEW.limit_days := nasti_file_limit(NEW.file_id) + (NEW.level - 1) * esc;
    NEW.working_days := nasti_working_days(nasti_day_number(f.holder_since), nasti_day_number(NEW.at));
    IF NEW.working_days <= NEW.limit_days
       OR NEW.level > 1 AND NOT EXISTS (SELECT 1 FROM followups y WHERE y.file_id = NEW.file_id
                                        AND y.stay_since = NEW.stay_since AND y.level = NEW.level - 1) THEN
        RAISE EXCEPTION 'nasti:followup-not-due' USING ERRCODE = '42501';
    END IF;
    NEW.to_post_id := f.holder_post_id;
    FOR i IN 2..NEW.level LOOP
        SELECT p.reports_to INTO up FROM posts p WHERE p.id = NEW.to_post_id;
        NEW.to_post_id := COALESCE(up, NEW.to_post_id);
    END LOOP;
    RETURN NEW;
END;
$$;
CREATE TRIGGER followups_server BEFORE INSERT ON followups
    FOR EACH ROW EXECUTE FUNCTION nasti_followups_server();
CREATE TRIGGER followups_append_only BEFORE UPDATE OR DELETE ON followups
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER followups_no_truncate BEFORE TRUNCATE ON followups
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();

CREATE FUNCTION nasti_followups_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.at, CASE WHEN NEW.level = 1 THEN 'file.reminder' ELSE 'file.escalated' END, nasti_actor(),
        NEW.holder_post_id, NEW.file_id,
        jsonb_build_object('file_no', (SELECT x.file_no FROM files x WHERE x.id = NEW.file_id), 'level', NEW.level,
                           'holder', nasti_code('posts', NEW.holder_post_id), 'to', nasti_code('posts', NEW.to_post_id),
                           'working_days', NEW.working_days, 'limit', NEW.limit_days));
    RETURN NULL;
END;
$$;
CREATE TRIGGER followups_events AFTER INSERT ON followups
    FOR EACH ROW EXECUTE FUNCTION nasti_followups_events();

-- 4. Call for a file / watch it: the reviewer (Chief Secretary), a department head
-- (level 5 or 6) of the holder's department, or a post above the holder; the holder
-- answers; the caller ends a watch.
CREATE FUNCTION nasti_may_call(by_post bigint, f bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    holder bigint;
BEGIN
    SELECT x.holder_post_id INTO holder FROM files x WHERE x.id = f;
    IF holder IS NULL OR holder = by_post THEN
        RETURN false;
    END IF;
    RETURN nasti_in_role('nasti_reviewer') AND nasti_acting()
        OR EXISTS (SELECT 1 FROM users u JOIN posts p ON p.holder_user_id = u.id
                   WHERE p.id = by_post AND u.role = 'reviewer' AND NOT nasti_acting())
        OR EXISTS (SELECT 1 FROM posts b JOIN posts h ON h.id = holder
                   WHERE b.id = by_post AND b.level >= 5 AND b.department_id = h.department_id)
        OR nasti_is_above(by_post, holder);
END;
$$;

CREATE FUNCTION nasti_file_calls_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    acting boolean := nasti_acting();
    holder bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF acting THEN
            NEW.by_user_id := nasti_user_id();
            NEW.created_at := nasti_now_ms();
            IF NOT (NEW.by_post_id = ANY (nasti_my_post_ids())) THEN
                RAISE EXCEPTION 'nasti:not-your-post' USING ERRCODE = '42501';
            END IF;
        END IF;
        IF NOT nasti_may_call(NEW.by_post_id, NEW.file_id)
           OR EXISTS (SELECT 1 FROM files x WHERE x.id = NEW.file_id AND x.status = 'closed') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        PERFORM CAST(NEW.due_date AS date);
        NEW.answer := NULL;
        NEW.answered_at := NULL;
        NEW.answered_by_post_id := NULL;
        NEW.answered_by_user_id := NULL;
        NEW.ended_at := NULL;
        RETURN NEW;
    END IF;
    IF NEW.file_id <> OLD.file_id OR NEW.kind <> OLD.kind OR NEW.by_post_id <> OLD.by_post_id
       OR NEW.by_user_id <> OLD.by_user_id OR NEW.direction <> OLD.direction OR NEW.due_date <> OLD.due_date
       OR NEW.created_at <> OLD.created_at OR OLD.ended_at IS NOT NULL THEN
        RAISE EXCEPTION 'nasti:append-only' USING ERRCODE = 'P0001';
    END IF;
    IF NEW.answer IS DISTINCT FROM OLD.answer OR NEW.answered_at IS DISTINCT FROM OLD.answered_at
       OR NEW.answered_by_post_id IS DISTINCT FROM OLD.answered_by_post_id
       OR NEW.answered_by_user_id IS DISTINCT FROM OLD.answered_by_user_id THEN
        -- The holder answers (a call once; a watch as often as asked).
        SELECT x.holder_post_id INTO holder FROM files x WHERE x.id = NEW.file_id;
        IF NEW.answer IS NULL OR NEW.answered_by_post_id IS DISTINCT FROM holder
           OR OLD.kind = 'call' AND OLD.answer IS NOT NULL OR NEW.ended_at IS NOT NULL THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        IF acting THEN
            IF NOT (holder = ANY (nasti_my_post_ids())) THEN
                RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
            END IF;
            NEW.answered_by_user_id := nasti_user_id();
            NEW.answered_at := nasti_now_ms();
        END IF;
    ELSIF NEW.ended_at IS NOT NULL THEN
        IF acting THEN
            IF NOT (OLD.by_post_id = ANY (nasti_my_post_ids())) THEN
                RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
            END IF;
            NEW.ended_at := nasti_now_ms();
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER file_calls_server BEFORE INSERT OR UPDATE ON file_calls
    FOR EACH ROW EXECUTE FUNCTION nasti_file_calls_server();
CREATE TRIGGER file_calls_no_delete BEFORE DELETE ON file_calls
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER file_calls_no_truncate BEFORE TRUNCATE ON file_calls
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();

CREATE FUNCTION nasti_file_calls_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    no text := (SELECT x.file_no FROM files x WHERE x.id = NEW.file_id);
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM nasti_emit(NEW.created_at, CASE NEW.kind WHEN 'call' THEN 'file.called' ELSE 'file.watched' END,
            NEW.by_user_id, NEW.by_post_id, NEW.file_id,
            jsonb_build_object('file_no', no, 'call', NEW.id, 'direction', NEW.direction, 'due', NEW.due_date,
                               'holder', nasti_code('posts', (SELECT x.holder_post_id FROM files x WHERE x.id = NEW.file_id))));
    ELSIF NEW.answered_at IS DISTINCT FROM OLD.answered_at THEN
        PERFORM nasti_emit(NEW.answered_at, 'file.call_answered', NEW.answered_by_user_id, NEW.answered_by_post_id,
            NEW.file_id, jsonb_build_object('file_no', no, 'call', NEW.id, 'answer', NEW.answer));
    ELSIF NEW.ended_at IS NOT NULL AND OLD.ended_at IS NULL THEN
        PERFORM nasti_emit(NEW.ended_at, 'file.watch_ended', nasti_actor(), NEW.by_post_id, NEW.file_id,
            jsonb_build_object('file_no', no, 'call', NEW.id));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER file_calls_events AFTER INSERT OR UPDATE ON file_calls
    FOR EACH ROW EXECUTE FUNCTION nasti_file_calls_events();

-- The review's files view, with the new columns at its end (as step 008 wrote it).
CREATE OR REPLACE VIEW review_files AS
SELECT f.id, f.file_no, f.section_id, f.year, f.serial,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.subject ELSE '' END AS subject,
       f.head, f.priority, f.grading, f.status, f.due_date, f.created_post_id, f.created_user_id, f.created_at,
       f.holder_post_id, f.holder_since, f.last_movement_id, f.sent_by_post_id, f.action_asked, f.movement_due,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.remarks ELSE '' END AS remarks,
       f.opened_at,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.delay_reason END AS delay_reason,
       f.approved_at, f.approved_by_post_id, f.retention, f.review_year, f.closed_at, f.version, f.chain_posts,
       f.acted_at,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.status_reason END AS status_reason,
       f.park_until, f.category,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.reference_no END AS reference_no
FROM files f
WHERE (SELECT nasti_review_scope_all())
   OR f.holder_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
   OR f.created_post_id = ANY (CAST((SELECT nasti_review_post_ids()) AS bigint[]))
   OR f.chain_posts && CAST((SELECT nasti_review_post_ids()) AS bigint[])
   OR f.holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR f.created_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR f.chain_posts && CAST((SELECT nasti_my_post_ids()) AS bigint[])
   OR (f.grading = 0 AND f.section_id = ANY (CAST((SELECT nasti_my_section_ids()) AS bigint[])));

-- 5. Who reads and writes what.
ALTER TABLE followups ENABLE ROW LEVEL SECURITY;
ALTER TABLE followups FORCE ROW LEVEL SECURITY;
CREATE POLICY followups_owner ON followups TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY followups_read ON followups FOR SELECT TO nasti_user
    USING (to_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
           OR holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
           OR (SELECT nasti_in_role('nasti_reviewer')));
CREATE POLICY followups_raise ON followups FOR INSERT TO nasti_user WITH CHECK (true);

ALTER TABLE file_calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE file_calls FORCE ROW LEVEL SECURITY;
CREATE POLICY file_calls_owner ON file_calls TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY file_calls_read ON file_calls FOR SELECT TO nasti_user
    USING (by_user_id = (SELECT nasti_user_id())
           OR by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
           OR (SELECT nasti_in_role('nasti_reviewer'))
           OR nasti_can_see_file(file_id));
CREATE POLICY file_calls_raise ON file_calls FOR INSERT TO nasti_user
    WITH CHECK (by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY file_calls_act ON file_calls FOR UPDATE TO nasti_user
    USING (by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])) OR nasti_can_see_file(file_id))
    WITH CHECK (true);

ALTER TABLE categories ENABLE ROW LEVEL SECURITY;
ALTER TABLE categories FORCE ROW LEVEL SECURITY;
CREATE POLICY categories_owner ON categories TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY categories_read ON categories FOR SELECT TO nasti_user USING (true);
ALTER TABLE category_limits ENABLE ROW LEVEL SECURITY;
ALTER TABLE category_limits FORCE ROW LEVEL SECURITY;
CREATE POLICY category_limits_owner ON category_limits TO nasti_owner USING (true) WITH CHECK (true);
CREATE POLICY category_limits_read ON category_limits FOR SELECT TO nasti_user USING (true);
CREATE POLICY category_limits_admin ON category_limits TO nasti_admin USING (true) WITH CHECK (true);

-- What follow-up shows of a file to those it concerns beyond rule 4's reach: the
-- officer it was escalated to, the caller (reviewer, head, a post above the holder),
-- with the content of graded files only along their chain (as review_files does).
CREATE VIEW followup_files AS
SELECT f.id, f.file_no,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.subject ELSE '' END AS subject,
       f.grading, f.status, f.holder_post_id, f.holder_since,
       CASE WHEN nasti_content_visible(f.id, f.grading) THEN f.delay_reason END AS delay_reason
FROM files f
WHERE (SELECT NOT nasti_acting()) OR (SELECT nasti_in_role('nasti_reviewer'))
   OR f.holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
   OR EXISTS (SELECT 1 FROM followups y WHERE y.file_id = f.id
              AND y.to_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])))
   OR EXISTS (SELECT 1 FROM file_calls c WHERE c.file_id = f.id
              AND c.by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])))
   OR EXISTS (SELECT 1 FROM unnest(CAST((SELECT nasti_my_post_ids()) AS bigint[])) AS m(p)
              WHERE nasti_is_above(m.p, f.holder_post_id) OR EXISTS (
                  SELECT 1 FROM posts b JOIN posts h ON h.id = f.holder_post_id
                  WHERE b.id = m.p AND b.level >= 5 AND b.department_id = h.department_id));
ALTER VIEW followup_files OWNER TO nasti_owner;

SELECT nasti_secure_objects();
GRANT SELECT ON followup_files TO nasti_user;
GRANT SELECT ON followups, file_calls, categories, category_limits TO nasti_user;
GRANT INSERT (file_id, stay_since, level, at) ON followups TO nasti_user;
GRANT INSERT (file_id, kind, by_post_id, by_user_id, direction, due_date, created_at) ON file_calls TO nasti_user;
GRANT UPDATE (answer, answered_at, answered_by_post_id, answered_by_user_id, ended_at) ON file_calls TO nasti_user;
GRANT INSERT, UPDATE, DELETE ON category_limits TO nasti_admin;
GRANT UPDATE (park_until, category, reference_no) ON files TO nasti_clerk, nasti_officer, nasti_admin;
GRANT UPDATE (escalation_days) ON departments TO nasti_admin;
GRANT EXECUTE ON FUNCTION nasti_day_number(bigint), nasti_weekdays_below(bigint), nasti_working_days(bigint, bigint),
    nasti_file_limit(bigint), nasti_is_above(bigint, bigint) TO nasti_user;
