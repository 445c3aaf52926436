-- Schema step 011 (SQLite): the same rules as on PostgreSQL. SQLite's triggers cannot
-- set a row's columns, so the client writes them and these triggers refuse any row
-- that is not exactly what the database derives (holder, addressee, working days,
-- limit, time); nasti_now_ms() and nasti_actor() are the application's (Database::open).

-- Parking asks for a reason and a review date after today; taking a file out of
-- parking ends it.
CREATE TRIGGER files_park_check BEFORE UPDATE OF status ON files
WHEN NEW.status = 'parked' AND OLD.status <> 'parked'
 AND (trim(COALESCE(NEW.status_reason, '')) = '' OR NEW.park_until IS NULL
      OR NEW.park_until <= date((COALESCE(NEW.acted_at, nasti_now_ms()) + 19800000) / 1000, 'unixepoch'))
BEGIN
    SELECT RAISE(ABORT, 'nasti:park-needs-date');
END;
CREATE TRIGGER files_park_date_fixed BEFORE UPDATE OF park_until ON files
WHEN NEW.status = OLD.status AND NEW.park_until IS NOT NULL AND NEW.park_until IS NOT OLD.park_until
BEGIN
    SELECT RAISE(ABORT, 'nasti:park-needs-date');
END;
CREATE TRIGGER files_park_ended AFTER UPDATE OF status ON files
WHEN NEW.status <> 'parked' AND NEW.park_until IS NOT NULL
BEGIN
    UPDATE files SET park_until = NULL WHERE id = NEW.id;
END;
CREATE TRIGGER files_park_insert BEFORE INSERT ON files
WHEN NEW.park_until IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:park-needs-date');
END;
CREATE TRIGGER files_category_insert BEFORE INSERT ON files
WHEN (NEW.category IS NULL) <> (NEW.reference_no IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'nasti:category-reference');
END;
CREATE TRIGGER files_category_update BEFORE UPDATE OF category, reference_no ON files
WHEN (NEW.category IS NULL) <> (NEW.reference_no IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'nasti:category-reference');
END;
CREATE TRIGGER files_category_created_event AFTER INSERT ON files
WHEN NEW.category IS NOT NULL
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, 'file.category', NEW.created_user_id, NEW.created_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'category', NEW.category, 'reference_no', NEW.reference_no));
END;
CREATE TRIGGER files_category_event AFTER UPDATE OF category, reference_no ON files
WHEN NEW.category IS NOT OLD.category OR NEW.reference_no IS NOT OLD.reference_no
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (COALESCE(NEW.acted_at, nasti_now_ms()), 'file.category', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'category', COALESCE(NEW.category, ''),
                        'reference_no', COALESCE(NEW.reference_no, '')));
END;
CREATE TRIGGER files_review_date_event AFTER UPDATE OF status ON files
WHEN NEW.status = 'parked' AND OLD.status <> 'parked'
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.acted_at, 'file.review_date', nasti_actor(), NEW.holder_post_id, NEW.id,
            json_object('file_no', NEW.file_no, 'review_date', NEW.park_until));
END;

-- Reminders and escalations: only when due, exactly as derived (see the PostgreSQL
-- part: nasti_followups_server), at the application's clock.
CREATE TRIGGER followups_server BEFORE INSERT ON followups
WHEN NOT EXISTS (
    SELECT 1 FROM files f JOIN sections s ON s.id = f.section_id JOIN departments d ON d.id = s.department_id
    JOIN posts h ON h.id = f.holder_post_id LEFT JOIN posts h1 ON h1.id = h.reports_to
    LEFT JOIN posts h2 ON h2.id = h1.reports_to
    WHERE f.id = NEW.file_id AND f.status = 'open' AND f.holder_since = NEW.stay_since
      AND f.holder_post_id = NEW.holder_post_id AND NEW.at = nasti_now_ms()
      AND NEW.to_post_id = CASE NEW.level WHEN 1 THEN h.id WHEN 2 THEN COALESCE(h1.id, h.id)
                                          ELSE COALESCE(h2.id, h1.id, h.id) END
      AND NEW.limit_days = (CASE WHEN f.category IS NULL THEN d.time_limit_days
              ELSE COALESCE((SELECT cl.days FROM category_limits cl WHERE cl.department_id = d.id
                             AND cl.category = f.category),
                            (SELECT c.default_days FROM categories c WHERE c.code = f.category)) END)
          + (NEW.level - 1) * d.escalation_days
      AND NEW.working_days =
          (5 * (((NEW.at + 19800000) / 86400000 + 4) / 7) + min(((NEW.at + 19800000) / 86400000 + 4) % 7, 5))
          - (5 * (((f.holder_since + 19800000) / 86400000 + 4) / 7)
             + min(((f.holder_since + 19800000) / 86400000 + 4) % 7, 5))
          - (SELECT COUNT(*) FROM holidays hd
             WHERE CAST(julianday(hd.day) - 2440587.5 AS INTEGER)
                   BETWEEN (f.holder_since + 19800000) / 86400000 + 1 AND (NEW.at + 19800000) / 86400000
               AND strftime('%w', hd.day) NOT IN ('0', '6'))
      AND NEW.working_days > NEW.limit_days
      AND (NEW.level = 1 OR EXISTS (SELECT 1 FROM followups y WHERE y.file_id = NEW.file_id
                                    AND y.stay_since = NEW.stay_since AND y.level = NEW.level - 1)))
BEGIN
    SELECT RAISE(ABORT, 'nasti:followup-not-due');
END;
CREATE TRIGGER followups_append_only BEFORE UPDATE ON followups
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER followups_no_delete BEFORE DELETE ON followups
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER followups_event AFTER INSERT ON followups
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.at, CASE WHEN NEW.level = 1 THEN 'file.reminder' ELSE 'file.escalated' END, nasti_actor(),
            NEW.holder_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'level', NEW.level,
                        'holder', (SELECT p.code FROM posts p WHERE p.id = NEW.holder_post_id),
                        'to', (SELECT p.code FROM posts p WHERE p.id = NEW.to_post_id),
                        'working_days', NEW.working_days, 'limit', NEW.limit_days));
END;

-- Call for a file / watch it: the reviewer, a head (level 5 or 6) of the holder's
-- department, or a post above the holder (up to five reporting steps).
CREATE TRIGGER file_calls_raise BEFORE INSERT ON file_calls
WHEN NOT EXISTS (
    SELECT 1 FROM files f JOIN posts h ON h.id = f.holder_post_id JOIN posts b ON b.id = NEW.by_post_id
    LEFT JOIN posts a1 ON a1.id = h.reports_to LEFT JOIN posts a2 ON a2.id = a1.reports_to
    LEFT JOIN posts a3 ON a3.id = a2.reports_to LEFT JOIN posts a4 ON a4.id = a3.reports_to
    LEFT JOIN posts a5 ON a5.id = a4.reports_to
    WHERE f.id = NEW.file_id AND f.status <> 'closed' AND h.id <> b.id
      AND b.holder_user_id = NEW.by_user_id AND NEW.by_user_id = nasti_actor() AND NEW.created_at = nasti_now_ms()
      AND NEW.answer IS NULL AND NEW.answered_at IS NULL AND NEW.ended_at IS NULL
      AND date(NEW.due_date) IS NOT NULL
      AND ((SELECT u.role FROM users u WHERE u.id = NEW.by_user_id) = 'reviewer'
           OR (b.level >= 5 AND b.department_id = h.department_id)
           OR b.id IN (a1.id, a2.id, a3.id, a4.id, a5.id)))
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER file_calls_fixed BEFORE UPDATE ON file_calls
WHEN NEW.file_id IS NOT OLD.file_id OR NEW.kind IS NOT OLD.kind OR NEW.by_post_id IS NOT OLD.by_post_id
  OR NEW.by_user_id IS NOT OLD.by_user_id OR NEW.direction IS NOT OLD.direction
  OR NEW.due_date IS NOT OLD.due_date OR NEW.created_at IS NOT OLD.created_at OR OLD.ended_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_calls_answer BEFORE UPDATE ON file_calls
WHEN (NEW.answer IS NOT OLD.answer OR NEW.answered_at IS NOT OLD.answered_at
      OR NEW.answered_by_post_id IS NOT OLD.answered_by_post_id
      OR NEW.answered_by_user_id IS NOT OLD.answered_by_user_id)
 AND NOT (NEW.answer IS NOT NULL AND NEW.ended_at IS NULL AND (OLD.kind = 'watch' OR OLD.answer IS NULL)
          AND NEW.answered_at = nasti_now_ms() AND NEW.answered_by_user_id = nasti_actor()
          AND EXISTS (SELECT 1 FROM files f JOIN posts h ON h.id = f.holder_post_id
                      WHERE f.id = NEW.file_id AND h.id = NEW.answered_by_post_id
                        AND h.holder_user_id = NEW.answered_by_user_id))
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER file_calls_end BEFORE UPDATE OF ended_at ON file_calls
WHEN NEW.ended_at IS NOT NULL
 AND NOT (NEW.ended_at = nasti_now_ms()
          AND EXISTS (SELECT 1 FROM posts b WHERE b.id = NEW.by_post_id AND b.holder_user_id = nasti_actor()))
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
CREATE TRIGGER file_calls_no_delete BEFORE DELETE ON file_calls
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER file_calls_event AFTER INSERT ON file_calls
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.created_at, CASE NEW.kind WHEN 'call' THEN 'file.called' ELSE 'file.watched' END, NEW.by_user_id,
            NEW.by_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'call', NEW.id,
                        'direction', NEW.direction, 'due', NEW.due_date,
                        'holder', (SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id
                                   WHERE f.id = NEW.file_id)));
END;
CREATE TRIGGER file_calls_answered_event AFTER UPDATE ON file_calls
WHEN NEW.answered_at IS NOT OLD.answered_at
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.answered_at, 'file.call_answered', NEW.answered_by_user_id, NEW.answered_by_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'call', NEW.id,
                        'answer', NEW.answer));
END;
CREATE TRIGGER file_calls_ended_event AFTER UPDATE OF ended_at ON file_calls
WHEN NEW.ended_at IS NOT NULL AND OLD.ended_at IS NULL
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.ended_at, 'file.watch_ended', nasti_actor(), NEW.by_post_id, NEW.file_id,
            json_object('file_no', (SELECT f.file_no FROM files f WHERE f.id = NEW.file_id), 'call', NEW.id));
END;

-- What follow-up shows of a file (on PostgreSQL a view that widens rule 4 for those a
-- file was escalated to or called by; one machine here, so the file itself).
CREATE VIEW followup_files AS
SELECT f.id, f.file_no, f.subject, f.grading, f.status, f.holder_post_id, f.holder_since, f.delay_reason
FROM files f;
