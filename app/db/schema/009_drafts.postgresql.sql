-- Schema step 009 (PostgreSQL): drafts, approvals of a version, issue and dispatch, as
-- the server derives and checks them (the conventions of step 008: SECURITY DEFINER
-- triggers owned by nasti_owner; for a user's own login, authorship, times, numbers and
-- hashes are the server's; the owner's connections are trusted for what they name).

CREATE TRIGGER letterheads_no_delete BEFORE DELETE ON letterheads
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['drafts', 'draft_versions', 'draft_approvals', 'issued_letters'] LOOP
        -- (An issued letter's fair copy is set once: its own trigger below.)
        EXECUTE format('CREATE TRIGGER %I BEFORE %s ON %I FOR EACH ROW EXECUTE FUNCTION nasti_reject_change()',
                       t || '_append_only', CASE WHEN t = 'issued_letters' THEN 'DELETE' ELSE 'UPDATE OR DELETE' END, t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change()',
                       t || '_no_truncate', t);
    END LOOP;
END;
$$;
CREATE TRIGGER dispatch_entries_no_delete BEFORE DELETE ON dispatch_entries
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER dispatch_entries_no_truncate BEFORE TRUNCATE ON dispatch_entries
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();

-- The file's section, its row locked (drafting queues on the file row like movements),
-- or an error when the acting post does not hold it or the file is closed or parked.
CREATE FUNCTION nasti_draft_file(p_file bigint, p_post bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    f record;
BEGIN
    SELECT x.id, x.holder_post_id, x.status, x.section_id INTO f FROM files x WHERE x.id = p_file FOR UPDATE;
    IF NOT FOUND OR nasti_acting() AND NOT (p_post = ANY (nasti_my_post_ids())) THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF f.holder_post_id IS DISTINCT FROM p_post THEN
        RAISE EXCEPTION 'nasti:draft-not-holder' USING ERRCODE = '42501';
    END IF;
    IF f.status <> 'open' THEN
        RAISE EXCEPTION 'nasti:draft-file-not-open' USING ERRCODE = '42501';
    END IF;
    RETURN f.section_id;
END;
$$;

-- 1. Drafts and their versions.
CREATE FUNCTION nasti_drafts_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_draft_file(NEW.file_id, NEW.created_by_post_id);
    IF nasti_acting() THEN
        IF nasti_in_role('nasti_reviewer') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        NEW.created_by_user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
    END IF;
    NEW.number := COALESCE((SELECT max(d.number) FROM drafts d WHERE d.file_id = NEW.file_id), 0) + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER drafts_server BEFORE INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION nasti_drafts_server();

CREATE FUNCTION nasti_drafts_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.created_at, 'draft.created', NEW.created_by_user_id, NEW.created_by_post_id, NEW.file_id,
        jsonb_build_object('file_no', (SELECT x.file_no FROM files x WHERE x.id = NEW.file_id), 'draft', NEW.number,
                           'kind', NEW.kind, 'row_table', 'drafts', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('drafts', ARRAY[CAST(NEW.id AS text), CAST(NEW.file_id AS text),
                               CAST(NEW.number AS text), NEW.kind, NEW.language, CAST(NEW.created_by_post_id AS text),
                               CAST(NEW.created_by_user_id AS text), CAST(NEW.created_at AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER drafts_events AFTER INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION nasti_drafts_events();

-- An addressee list: a JSON array of objects with a name and a known mode; through
-- Nasti only to a section that exists.
CREATE FUNCTION nasti_check_addressees(list text, required boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    a jsonb;
    j jsonb;
BEGIN
    BEGIN
        j := CAST(list AS jsonb);
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'nasti:draft-addressees';
    END;
    IF jsonb_typeof(j) <> 'array' OR required AND jsonb_array_length(j) = 0 THEN
        RAISE EXCEPTION 'nasti:draft-addressees';
    END IF;
    FOR a IN SELECT x FROM jsonb_array_elements(j) AS t(x) LOOP
        IF jsonb_typeof(a) <> 'object' OR btrim(COALESCE(a ->> 'name', '')) = ''
           OR COALESCE(a ->> 'mode', '') NOT IN ('nasti', 'email', 'post', 'hand')
           OR a ->> 'mode' = 'nasti' AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.code = a ->> 'section') THEN
            RAISE EXCEPTION 'nasti:draft-addressees';
        END IF;
    END LOOP;
END;
$$;

CREATE FUNCTION nasti_draft_versions_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    d record;
BEGIN
    SELECT x.id, x.file_id INTO d FROM drafts x WHERE x.id = NEW.draft_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    PERFORM nasti_draft_file(d.file_id, NEW.author_post_id);
    IF EXISTS (SELECT 1 FROM issued_letters l WHERE l.draft_id = d.id) THEN
        RAISE EXCEPTION 'nasti:draft-issued';
    END IF;
    IF nasti_acting() THEN
        IF nasti_in_role('nasti_reviewer') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        NEW.author_user_id := nasti_user_id();
        NEW.created_at := nasti_now_ms();
        IF NEW.pdf_sha256 IS NOT NULL AND NOT nasti_can_read_attachment(NEW.pdf_sha256) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
    END IF;
    PERFORM nasti_check_addressees(NEW.addressees, true);
    PERFORM nasti_check_addressees(NEW.copy_to, false);
    SELECT u.full_name INTO NEW.author_name FROM users u WHERE u.id = NEW.author_user_id;
    SELECT p.title_en INTO NEW.designation FROM posts p WHERE p.id = NEW.author_post_id;
    NEW.version := COALESCE((SELECT max(v.version) FROM draft_versions v WHERE v.draft_id = NEW.draft_id), 0) + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER draft_versions_server BEFORE INSERT ON draft_versions
    FOR EACH ROW EXECUTE FUNCTION nasti_draft_versions_server();

CREATE FUNCTION nasti_draft_versions_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    d record;
BEGIN
    SELECT x.file_id, x.number, f.file_no INTO d FROM drafts x JOIN files f ON f.id = x.file_id WHERE x.id = NEW.draft_id;
    PERFORM nasti_emit(NEW.created_at, 'draft.version', NEW.author_user_id, NEW.author_post_id, d.file_id,
        jsonb_build_object('file_no', d.file_no, 'draft', d.number, 'version', NEW.version,
                           'row_table', 'draft_versions', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('draft_versions', ARRAY[CAST(NEW.id AS text), CAST(NEW.draft_id AS text),
                               CAST(NEW.version AS text), NEW.subject, NEW.addressees, NEW.copy_to, NEW.reference, NEW.body,
                               NEW.pdf_sha256, CAST(NEW.author_user_id AS text), CAST(NEW.author_post_id AS text),
                               NEW.author_name, NEW.designation, CAST(NEW.created_at AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER draft_versions_events AFTER INSERT ON draft_versions
    FOR EACH ROW EXECUTE FUNCTION nasti_draft_versions_events();

-- 2. Approval of a version: an officer holding the file approves the draft's latest
-- version, once; the decision note is his, on this file.
CREATE FUNCTION nasti_draft_approvals_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v record;
BEGIN
    SELECT x.id, x.draft_id, x.version, d.file_id INTO v
    FROM draft_versions x JOIN drafts d ON d.id = x.draft_id WHERE x.id = NEW.draft_version_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    PERFORM nasti_draft_file(v.file_id, NEW.approved_by_post_id);
    IF nasti_acting() THEN
        IF NOT nasti_in_role('nasti_officer') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        NEW.approved_by_user_id := nasti_user_id();
        NEW.approved_at := nasti_now_ms();
    END IF;
    IF EXISTS (SELECT 1 FROM draft_versions x WHERE x.draft_id = v.draft_id AND x.version > v.version) THEN
        RAISE EXCEPTION 'nasti:draft-superseded';
    END IF;
    IF EXISTS (SELECT 1 FROM issued_letters l WHERE l.draft_id = v.draft_id) THEN
        RAISE EXCEPTION 'nasti:draft-issued';
    END IF;
    IF NEW.note_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = NEW.note_id AND n.file_id = v.file_id
                                                AND n.kind = 'approval' AND n.author_post_id = NEW.approved_by_post_id) THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    SELECT u.full_name INTO NEW.approver_name FROM users u WHERE u.id = NEW.approved_by_user_id;
    SELECT p.title_en INTO NEW.designation FROM posts p WHERE p.id = NEW.approved_by_post_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER draft_approvals_server BEFORE INSERT ON draft_approvals
    FOR EACH ROW EXECUTE FUNCTION nasti_draft_approvals_server();

CREATE FUNCTION nasti_draft_approvals_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    d record;
BEGIN
    SELECT x.file_id, x.number, v.version, f.file_no INTO d
    FROM draft_versions v JOIN drafts x ON x.id = v.draft_id JOIN files f ON f.id = x.file_id WHERE v.id = NEW.draft_version_id;
    PERFORM nasti_emit(NEW.approved_at, 'draft.approved', NEW.approved_by_user_id, NEW.approved_by_post_id, d.file_id,
        jsonb_build_object('file_no', d.file_no, 'draft', d.number, 'version', d.version,
                           'row_table', 'draft_approvals', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('draft_approvals', ARRAY[CAST(NEW.id AS text),
                               CAST(NEW.draft_version_id AS text), CAST(NEW.approved_by_post_id AS text),
                               CAST(NEW.approved_by_user_id AS text), NEW.approver_name, NEW.designation,
                               CAST(NEW.note_id AS text), CAST(NEW.approved_at AS text)])));
    RETURN NULL;
END;
$$;
CREATE TRIGGER draft_approvals_events AFTER INSERT ON draft_approvals
    FOR EACH ROW EXECUTE FUNCTION nasti_draft_approvals_events();

-- 3. Issue, in two steps of one transaction: the row (a post of the file's own
-- section, holding it, issues the draft's latest version if it is approved; the
-- number is the section's next dispatch number), then its fair copy, rendered with
-- that number, set once. A COMMIT without the fair copy is refused.
CREATE FUNCTION nasti_issued_letters_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v record;
    file_section bigint;
    s record;
    n bigint;
    yr integer;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.draft_id IS DISTINCT FROM OLD.draft_id
           OR NEW.draft_version_id IS DISTINCT FROM OLD.draft_version_id OR NEW.file_id IS DISTINCT FROM OLD.file_id
           OR NEW.section_id IS DISTINCT FROM OLD.section_id OR NEW.dispatch_no IS DISTINCT FROM OLD.dispatch_no
           OR NEW.issued_at IS DISTINCT FROM OLD.issued_at OR NEW.issued_by_post_id IS DISTINCT FROM OLD.issued_by_post_id
           OR NEW.issued_by_user_id IS DISTINCT FROM OLD.issued_by_user_id
           OR NEW.signed_by_post_id IS DISTINCT FROM OLD.signed_by_post_id
           OR OLD.pdf_sha256 IS NOT NULL OR NEW.pdf_sha256 IS NULL THEN
            RAISE EXCEPTION 'nasti:append-only';
        END IF;
        -- Only the issuer, in the issuing transaction, with bytes he may read.
        IF nasti_acting() AND (OLD.issued_by_user_id IS DISTINCT FROM nasti_user_id() OR OLD.issued_at <> nasti_now_ms()
                               OR NOT nasti_can_read_attachment(NEW.pdf_sha256)) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    SELECT x.id, x.draft_id, x.version, d.file_id INTO v
    FROM draft_versions x JOIN drafts d ON d.id = x.draft_id WHERE x.id = NEW.draft_version_id;
    IF NOT FOUND OR v.draft_id IS DISTINCT FROM NEW.draft_id THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    file_section := nasti_draft_file(v.file_id, NEW.issued_by_post_id);
    IF nasti_acting() THEN
        IF nasti_in_role('nasti_reviewer') THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        NEW.issued_by_user_id := nasti_user_id();
        NEW.issued_at := nasti_now_ms();
        NEW.dispatch_no := '';
    END IF;
    NEW.pdf_sha256 := NULL;
    IF NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = NEW.issued_by_post_id AND p.section_id = file_section) THEN
        RAISE EXCEPTION 'nasti:issue-not-section' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM issued_letters l WHERE l.draft_id = v.draft_id) THEN
        RAISE EXCEPTION 'nasti:draft-issued';
    END IF;
    IF EXISTS (SELECT 1 FROM draft_versions x WHERE x.draft_id = v.draft_id AND x.version > v.version) THEN
        RAISE EXCEPTION 'nasti:draft-superseded';
    END IF;
    SELECT a.approved_by_post_id INTO NEW.signed_by_post_id FROM draft_approvals a WHERE a.draft_version_id = v.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'nasti:draft-not-approved';
    END IF;
    NEW.file_id := v.file_id;
    NEW.section_id := file_section;
    IF NEW.dispatch_no = '' THEN
        SELECT y.code INTO s FROM sections y WHERE y.id = file_section;
        yr := nasti_office_year(NEW.issued_at);
        n := nasti_next_serial('dispatch:' || s.code, yr);
        NEW.dispatch_no := 'D-' || n || '/' || yr || '-' || replace(s.code, '-', '');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER issued_letters_server BEFORE INSERT OR UPDATE ON issued_letters
    FOR EACH ROW EXECUTE FUNCTION nasti_issued_letters_server();

CREATE FUNCTION nasti_issued_letters_copy() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM issued_letters l WHERE l.id = NEW.id AND l.pdf_sha256 IS NULL) THEN
        RAISE EXCEPTION 'nasti:issue-no-copy';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER issued_letters_copy AFTER INSERT ON issued_letters
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nasti_issued_letters_copy();

-- When the fair copy is set, the letter is recorded and the register follows from the
-- version issued: one entry per addressee, then per "copy to"; an addressee through
-- Nasti becomes a receipt in that section's dak, diarised for its receiving post (the
-- lowest post of the section with a holder), with the issuing file's number as the
-- letter's number and the fair copy attached.
CREATE FUNCTION nasti_issued_letters_after() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    v record;
    f record;
    a record;
    t_section bigint;
    t_post bigint;
    pos integer := 0;
    rid bigint;
    sender text;
BEGIN
    SELECT x.version, x.subject, x.addressees, x.copy_to, d.number INTO v
    FROM draft_versions x JOIN drafts d ON d.id = x.draft_id WHERE x.id = NEW.draft_version_id;
    SELECT x.file_no, x.grading INTO f FROM files x WHERE x.id = NEW.file_id;
    PERFORM nasti_emit(NEW.issued_at, 'letter.issued', NEW.issued_by_user_id, NEW.issued_by_post_id, NEW.file_id,
        jsonb_build_object('file_no', f.file_no, 'draft', v.number, 'version', v.version, 'dispatch_no', NEW.dispatch_no,
                           'sha256', NEW.pdf_sha256, 'row_table', 'issued_letters', 'row_id', CAST(NEW.id AS text),
                           'row_hash', nasti_row_hash('issued_letters', ARRAY[CAST(NEW.id AS text), CAST(NEW.draft_id AS text),
                               CAST(NEW.draft_version_id AS text), CAST(NEW.file_id AS text), CAST(NEW.section_id AS text),
                               NEW.dispatch_no, CAST(NEW.issued_at AS text), CAST(NEW.issued_by_post_id AS text),
                               CAST(NEW.issued_by_user_id AS text), CAST(NEW.signed_by_post_id AS text), NEW.pdf_sha256])));
    SELECT dp.name_en || ' (' || s.code || ')' INTO sender
    FROM sections s JOIN departments dp ON dp.id = s.department_id WHERE s.id = NEW.section_id;
    FOR a IN SELECT e.x, e.c FROM (
                 SELECT t.x, 0 AS c, t.o FROM jsonb_array_elements(CAST(v.addressees AS jsonb)) WITH ORDINALITY AS t(x, o)
                 UNION ALL
                 SELECT t.x, 1, t.o FROM jsonb_array_elements(CAST(v.copy_to AS jsonb)) WITH ORDINALITY AS t(x, o)) e
             ORDER BY e.c, e.o LOOP
        pos := pos + 1;
        rid := NULL;
        t_section := NULL;
        t_post := NULL;
        IF a.x ->> 'mode' = 'nasti' THEN
            SELECT s.id, (SELECT p.id FROM posts p WHERE p.section_id = s.id
                          ORDER BY (p.holder_user_id IS NULL), p.level, p.id LIMIT 1) INTO t_section, t_post
            FROM sections s WHERE s.code = a.x ->> 'section';
            IF t_post IS NULL THEN
                RAISE EXCEPTION 'nasti:dispatch-no-post';
            END IF;
            INSERT INTO receipts (diary_no, section_id, sender, subject, letter_no, letter_date, grading, received_at,
                                  diarised_by_post_id, diarised_by_user_id, attachment_sha256, file_name)
            VALUES ('', t_section, sender, v.subject, f.file_no,
                    to_char(to_timestamp(NEW.issued_at / 1000.0) AT TIME ZONE 'Asia/Kolkata', 'YYYY-MM-DD'),
                    f.grading, NEW.issued_at, t_post, NEW.issued_by_user_id, NEW.pdf_sha256,
                    replace(NEW.dispatch_no, '/', '-') || '.pdf')
            RETURNING id INTO rid;
        END IF;
        INSERT INTO dispatch_entries (letter_id, position, copy, addressee, address, mode, to_section_id, receipt_id)
        VALUES (NEW.id, pos, a.c, btrim(a.x ->> 'name'), COALESCE(a.x ->> 'address', ''), a.x ->> 'mode',
                t_section, rid);
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER issued_letters_after AFTER UPDATE OF pdf_sha256 ON issued_letters
    FOR EACH ROW EXECUTE FUNCTION nasti_issued_letters_after();

-- Register entries come only from an issue (the trigger above, as the owner); the
-- section writes a posted entry's postage once.
CREATE FUNCTION nasti_dispatch_entries_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF pg_trigger_depth() < 2 AND nasti_acting() THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
        NEW.postage_paise := NULL;
        NEW.postage_at := NULL;
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.letter_id IS DISTINCT FROM OLD.letter_id
       OR NEW.position IS DISTINCT FROM OLD.position OR NEW.copy IS DISTINCT FROM OLD.copy
       OR NEW.addressee IS DISTINCT FROM OLD.addressee OR NEW.address IS DISTINCT FROM OLD.address
       OR NEW.mode IS DISTINCT FROM OLD.mode OR NEW.to_section_id IS DISTINCT FROM OLD.to_section_id
       OR NEW.receipt_id IS DISTINCT FROM OLD.receipt_id OR OLD.postage_paise IS NOT NULL
       OR NEW.postage_paise IS NULL OR OLD.mode <> 'post' THEN
        RAISE EXCEPTION 'nasti:dispatch-postage';
    END IF;
    IF nasti_acting() AND NOT EXISTS (SELECT 1 FROM issued_letters l JOIN posts p ON p.section_id = l.section_id
                                      WHERE l.id = OLD.letter_id AND p.id = ANY (nasti_my_post_ids())) THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    NEW.postage_at := nasti_stamp(NEW.postage_at);
    RETURN NEW;
END;
$$;
CREATE TRIGGER dispatch_entries_server BEFORE INSERT OR UPDATE ON dispatch_entries
    FOR EACH ROW EXECUTE FUNCTION nasti_dispatch_entries_server();

CREATE FUNCTION nasti_dispatch_entries_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    l record;
BEGIN
    SELECT x.file_id, x.dispatch_no, x.issued_at, x.issued_by_user_id, x.issued_by_post_id, f.file_no INTO l
    FROM issued_letters x JOIN files f ON f.id = x.file_id WHERE x.id = NEW.letter_id;
    IF TG_OP = 'INSERT' THEN
        PERFORM nasti_emit(l.issued_at, 'dispatch.entry', l.issued_by_user_id, l.issued_by_post_id, l.file_id,
            jsonb_build_object('file_no', l.file_no, 'dispatch_no', l.dispatch_no, 'position', NEW.position,
                               'mode', NEW.mode, 'row_table', 'dispatch_entries', 'row_id', CAST(NEW.id AS text),
                               'row_hash', nasti_row_hash('dispatch_entries', ARRAY[CAST(NEW.id AS text),
                                   CAST(NEW.letter_id AS text), CAST(NEW.position AS text), CAST(NEW.copy AS text),
                                   NEW.addressee, NEW.address, NEW.mode, CAST(NEW.to_section_id AS text),
                                   CAST(NEW.receipt_id AS text)])));
    ELSE
        PERFORM nasti_emit(NEW.postage_at, 'dispatch.postage', nasti_actor(), NULL, l.file_id,
            jsonb_build_object('dispatch_no', l.dispatch_no, 'position', NEW.position, 'postage_paise', NEW.postage_paise));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER dispatch_entries_events AFTER INSERT OR UPDATE ON dispatch_entries
    FOR EACH ROW EXECUTE FUNCTION nasti_dispatch_entries_events();

-- A receipt inserted by the issue trigger (depth 2, as the owner) is the server's own.
CREATE OR REPLACE FUNCTION nasti_receipts_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    s record;
    n bigint;
    yr integer;
BEGIN
    IF nasti_acting() AND pg_trigger_depth() < 2 THEN
        NEW.diarised_by_user_id := nasti_user_id();
        NEW.received_at := nasti_now_ms();
        NEW.diary_no := '';
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

-- 4. Letterheads: the administrator's; each change an event.
CREATE FUNCTION nasti_letterheads_server() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    NEW.updated_at := nasti_stamp(NEW.updated_at);
    RETURN NEW;
END;
$$;
CREATE TRIGGER letterheads_server BEFORE INSERT OR UPDATE ON letterheads
    FOR EACH ROW EXECUTE FUNCTION nasti_letterheads_server();
CREATE FUNCTION nasti_letterheads_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.updated_at, 'org.letterhead', nasti_actor(), NULL, NULL,
                       jsonb_build_object('department', nasti_code('departments', NEW.department_id), 'language', NEW.language,
                                          'heading', NEW.heading, 'address', NEW.address));
    RETURN NULL;
END;
$$;
CREATE TRIGGER letterheads_events AFTER INSERT OR UPDATE ON letterheads
    FOR EACH ROW EXECUTE FUNCTION nasti_letterheads_events();

-- 5. Who reads what: drafts and letters with their file (rule 4); the uploaded or issued
-- PDFs through them.
CREATE OR REPLACE FUNCTION nasti_can_read_attachment(sha text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM receipts x WHERE x.attachment_sha256 = sha AND nasti_can_read_receipt(x.id))
        OR EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = sha AND a.created_by_user_id = nasti_user_id())
        OR EXISTS (SELECT 1 FROM issued_letters l WHERE l.pdf_sha256 = sha AND nasti_can_open_file(l.file_id))
        OR EXISTS (SELECT 1 FROM draft_versions v JOIN drafts d ON d.id = v.draft_id
                   WHERE v.pdf_sha256 = sha AND nasti_can_open_file(d.file_id));
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['drafts', 'draft_versions', 'draft_approvals', 'issued_letters', 'dispatch_entries'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO nasti_owner USING (true) WITH CHECK (true)', t || '_owner', t);
    END LOOP;
END;
$$;
CREATE POLICY drafts_read ON drafts FOR SELECT TO nasti_user USING (nasti_can_open_file(file_id));
CREATE POLICY drafts_write ON drafts FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (created_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY draft_versions_read ON draft_versions FOR SELECT TO nasti_user
    USING (EXISTS (SELECT 1 FROM drafts d WHERE d.id = draft_id));
CREATE POLICY draft_versions_write ON draft_versions FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY draft_approvals_read ON draft_approvals FOR SELECT TO nasti_user
    USING (EXISTS (SELECT 1 FROM draft_versions v WHERE v.id = draft_version_id));
CREATE POLICY draft_approvals_write ON draft_approvals FOR INSERT TO nasti_officer
    WITH CHECK (approved_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY issued_letters_read ON issued_letters FOR SELECT TO nasti_user USING (nasti_can_open_file(file_id));
CREATE POLICY issued_letters_write ON issued_letters FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (issued_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY issued_letters_copy ON issued_letters FOR UPDATE TO nasti_clerk, nasti_officer, nasti_admin
    USING (issued_by_user_id = (SELECT nasti_user_id())) WITH CHECK (issued_by_user_id = (SELECT nasti_user_id()));
CREATE POLICY dispatch_entries_read ON dispatch_entries FOR SELECT TO nasti_user
    USING (EXISTS (SELECT 1 FROM issued_letters l WHERE l.id = letter_id));
CREATE POLICY dispatch_entries_postage ON dispatch_entries FOR UPDATE TO nasti_clerk, nasti_officer, nasti_admin
    USING (EXISTS (SELECT 1 FROM issued_letters l WHERE l.id = letter_id
                   AND l.section_id = ANY (CAST((SELECT nasti_my_section_ids()) AS bigint[]))))
    WITH CHECK (true);

SELECT nasti_secure_objects();
GRANT SELECT ON letterheads, drafts, draft_versions, draft_approvals, issued_letters, dispatch_entries TO nasti_user;
GRANT INSERT, UPDATE ON letterheads TO nasti_admin;
GRANT INSERT (file_id, kind, language, created_by_post_id, created_by_user_id, created_at, number)
    ON drafts TO nasti_clerk, nasti_officer, nasti_admin;
GRANT INSERT (draft_id, version, subject, addressees, copy_to, reference, body, pdf_sha256, author_user_id,
              author_post_id, author_name, designation, created_at)
    ON draft_versions TO nasti_clerk, nasti_officer, nasti_admin;
GRANT INSERT (draft_version_id, approved_by_post_id, approved_by_user_id, approver_name, designation, note_id, approved_at)
    ON draft_approvals TO nasti_officer;
GRANT INSERT (draft_id, draft_version_id, file_id, section_id, dispatch_no, issued_at, issued_by_post_id,
              issued_by_user_id, signed_by_post_id), UPDATE (pdf_sha256)
    ON issued_letters TO nasti_clerk, nasti_officer, nasti_admin;
GRANT UPDATE (postage_paise, postage_at) ON dispatch_entries TO nasti_clerk, nasti_officer, nasti_admin;
