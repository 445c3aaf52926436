-- Schema step 002 (PostgreSQL): who may see and do what, enforced by the server
-- (DESIGN.md rule 4 and the invariants). See README "Security model".
--
-- Roles (cluster-wide, shared by every Nasti database of the cluster):
--   nasti_owner     NOLOGIN, not superuser: owns every table, sequence and function.
--   nasti_user      NOLOGIN: what every Nasti user may do (read the organisation,
--                   append to the event log); the four job roles are members.
--   nasti_clerk, nasti_officer, nasti_reviewer, nasti_admin: one per job.
-- Each user is a LOGIN role (role_prefix || login, SCRAM password) in one job role,
-- created by OrgService::addUser through nasti_manage_login().
--
-- Writes go through narrow grants, row-level security (forced) and triggers
-- (nasti_*_acting) that check the acting user (session_user) against the posts he
-- holds. Nobody but the owner may UPDATE or DELETE history: there is no such grant.

-- 1. Group roles, idempotent; two databases migrating at once may race to create them.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['nasti_owner', 'nasti_user', 'nasti_clerk', 'nasti_officer', 'nasti_reviewer', 'nasti_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['nasti_clerk', 'nasti_officer', 'nasti_reviewer', 'nasti_admin'] LOOP
        IF NOT pg_catalog.pg_has_role(r, 'nasti_user', 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT nasti_user TO %I', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- A migrating administrator who is not superuser must be able to hand objects over.
    IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
       AND NOT pg_catalog.pg_has_role(current_user, 'nasti_owner', 'MEMBER') THEN
        EXECUTE format('GRANT nasti_owner TO %I', current_user);
    END IF;
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO nasti_owner', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO nasti_user', current_schema());
    -- Only the login roles of this database may connect to it (granted one by one),
    -- and nobody may shadow tables with temporary ones.
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END;
$$;

-- The role prefix: logins map to role names role_prefix || login. A deployment (or a
-- test) may choose it before init with ALTER DATABASE ... SET nasti.role_prefix = '...'.
INSERT INTO settings (key, value)
VALUES ('role_prefix', COALESCE(current_setting('nasti.role_prefix', true), ''))
ON CONFLICT (key) DO NOTHING;

-- 2. Identity: who is acting. SECURITY DEFINER (owned by nasti_owner, search_path
-- pinned below); inside them current_user is the owner, the acting user is session_user.
CREATE FUNCTION nasti_role_prefix() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    prefix text;
BEGIN
    SELECT s.value INTO prefix FROM settings s WHERE s.key = 'role_prefix';
    RETURN COALESCE(prefix, '');
END;
$$;

-- (PL/pgSQL rather than SQL: its plans are cached for the session, and the policies
-- call these once per row.)
CREATE FUNCTION nasti_user_id() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    prefix text := nasti_role_prefix();
    uid bigint;
BEGIN
    IF NOT starts_with(session_user::text, prefix) THEN
        RETURN NULL;
    END IF;
    SELECT u.id INTO uid FROM users u
    WHERE u.login = substr(session_user::text, length(prefix) + 1) AND u.enabled = 1;
    RETURN uid;
END;
$$;

CREATE FUNCTION nasti_my_post_ids() RETURNS bigint[] LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT COALESCE(array_agg(p.id), '{}'::bigint[]) INTO ids FROM posts p WHERE p.holder_user_id = nasti_user_id();
    RETURN ids;
END;
$$;

CREATE FUNCTION nasti_my_section_ids() RETURNS bigint[] LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT COALESCE(array_agg(DISTINCT p.section_id), '{}'::bigint[]) INTO ids FROM posts p
    WHERE p.holder_user_id = nasti_user_id() AND p.section_id IS NOT NULL;
    RETURN ids;
END;
$$;

-- Member of a job role? (pg_has_role is true for superusers, who are never "acting".)
CREATE FUNCTION nasti_in_role(job text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT pg_has_role(session_user, job::name, 'MEMBER')
$$;

-- A Nasti user acting under his own login role (not the owner, not a superuser):
-- the workflow triggers check him; administrators' own connections are trusted.
CREATE FUNCTION nasti_acting() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT pg_has_role(session_user, 'nasti_user', 'MEMBER') AND NOT pg_has_role(session_user, 'nasti_owner', 'MEMBER')
$$;

-- Rule 4 for one file: held, once held (movement chain) or created by my posts, or a
-- Normal file of my sections.
CREATE FUNCTION nasti_can_see_file(f bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
DECLARE
    uid bigint := nasti_user_id();
    mine bigint[];
    sections bigint[];
BEGIN
    IF uid IS NULL THEN
        RETURN false;
    END IF;
    SELECT COALESCE(array_agg(p.id), '{}'::bigint[]),
           COALESCE(array_agg(DISTINCT p.section_id) FILTER (WHERE p.section_id IS NOT NULL), '{}'::bigint[])
        INTO mine, sections FROM posts p WHERE p.holder_user_id = uid;
    RETURN EXISTS (
        SELECT 1 FROM files x
        WHERE x.id = f
          AND (x.holder_post_id = ANY (mine) OR x.created_post_id = ANY (mine)
               OR (x.grading = 0 AND x.section_id = ANY (sections))
               OR EXISTS (SELECT 1 FROM movements m WHERE m.file_id = x.id
                          AND (m.to_post_id = ANY (mine) OR m.from_post_id = ANY (mine)))));
END;
$$;

-- The movement chain part alone, for the files policy (which cannot query movements
-- itself: movements' own policy reads files).
CREATE FUNCTION nasti_on_chain(f bigint, my_posts bigint[]) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 200 AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM movements m WHERE m.file_id = f
                   AND (m.to_post_id = ANY (my_posts) OR m.from_post_id = ANY (my_posts)));
END;
$$;

-- Opening a file (notes, papers, letters): rule 4, or a reviewer for files graded
-- below Secret.
CREATE FUNCTION nasti_can_open_file(f bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
BEGIN
    RETURN nasti_can_see_file(f)
        OR (nasti_in_role('nasti_reviewer') AND EXISTS (SELECT 1 FROM files x WHERE x.id = f AND x.grading < 2));
END;
$$;

CREATE FUNCTION nasti_can_read_receipt(r bigint) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM receipts x WHERE x.id = r AND x.diarised_by_post_id = ANY (nasti_my_post_ids()))
        OR EXISTS (SELECT 1 FROM file_papers fp WHERE fp.receipt_id = r AND nasti_can_open_file(fp.file_id));
END;
$$;

-- Bytes are readable through a receipt one may read. Bytes no receipt names yet are
-- the inserting user's own (INSERT ... ON CONFLICT checks the new row against this).
CREATE FUNCTION nasti_can_read_attachment(sha text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER COST 500 AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM receipts x WHERE x.attachment_sha256 = sha AND nasti_can_read_receipt(x.id))
        OR NOT EXISTS (SELECT 1 FROM receipts x WHERE x.attachment_sha256 = sha);
END;
$$;

-- 3. The acting user's writes, checked where a policy cannot say it.
CREATE FUNCTION nasti_movements_acting() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    me bigint;
    mine bigint[];
    f record;
BEGIN
    IF NOT nasti_acting() THEN
        RETURN NEW;
    END IF;
    me := nasti_user_id();
    mine := nasti_my_post_ids();
    IF me IS NULL OR NEW.by_user_id IS DISTINCT FROM me OR nasti_in_role('nasti_reviewer') THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF NEW.kind IN ('approve', 'reject') AND NOT nasti_in_role('nasti_officer') THEN
        RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
    END IF;
    IF NEW.kind = 'recall' THEN
        -- The sender takes the file back from the receiver, until he opens it.
        SELECT x.sent_by_post_id, x.opened_at INTO f FROM files x WHERE x.id = NEW.file_id;
        IF NOT (NEW.to_post_id = ANY (mine)) OR f.sent_by_post_id IS DISTINCT FROM NEW.to_post_id
           OR f.opened_at IS NOT NULL THEN
            RAISE EXCEPTION 'nasti:post-not-held' USING ERRCODE = '42501';
        END IF;
    ELSIF NOT (NEW.from_post_id = ANY (mine)) THEN
        RAISE EXCEPTION 'nasti:post-not-held' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER movements_acting BEFORE INSERT ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_movements_acting();

CREATE FUNCTION nasti_files_acting() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    mine bigint[];
BEGIN
    IF NOT nasti_acting() THEN
        RETURN NEW;
    END IF;
    mine := nasti_my_post_ids();
    IF TG_OP = 'INSERT' THEN
        IF NOT (NEW.created_post_id = ANY (mine)) OR NEW.created_user_id IS DISTINCT FROM nasti_user_id() THEN
            RAISE EXCEPTION 'nasti:post-not-held' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NOT (OLD.holder_post_id = ANY (mine)) THEN
        -- Not the holder: only the sender recalling an unopened file, and only custody moves.
        IF NOT (OLD.sent_by_post_id = ANY (mine)) OR OLD.opened_at IS NOT NULL
           OR NEW.status IS DISTINCT FROM OLD.status OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
           OR NEW.approved_by_post_id IS DISTINCT FROM OLD.approved_by_post_id
           OR NEW.closed_at IS DISTINCT FROM OLD.closed_at OR NEW.retention IS DISTINCT FROM OLD.retention
           OR (NEW.holder_post_id IS DISTINCT FROM OLD.holder_post_id AND NEW.holder_post_id <> OLD.sent_by_post_id) THEN
            RAISE EXCEPTION 'nasti:post-not-held' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.approved_at IS NOT NULL AND (NEW.approved_at IS DISTINCT FROM OLD.approved_at
                                        OR NEW.approved_by_post_id IS DISTINCT FROM OLD.approved_by_post_id) THEN
        IF NOT nasti_in_role('nasti_officer') OR NOT (NEW.approved_by_post_id = ANY (mine)) THEN
            RAISE EXCEPTION 'nasti:not-authorised' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER files_acting BEFORE INSERT OR UPDATE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_acting();

-- 4. Creating and managing login roles (called by OrgService with the administrator's
-- connection, which needs CREATEROLE). The secret is a SCRAM-SHA-256 verifier computed
-- by the client, so the password itself never reaches the server or its logs; every
-- name and literal goes through format(%I / %L).
CREATE FUNCTION nasti_manage_login(action text, role_name text, secret text, job text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    existing record;
    other record;
BEGIN
    IF job IS NOT NULL AND job NOT IN ('nasti_clerk', 'nasti_officer', 'nasti_reviewer', 'nasti_admin') THEN
        RAISE EXCEPTION 'nasti:bad-job';
    END IF;
    SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
        INTO existing FROM pg_catalog.pg_roles WHERE rolname = role_name;
    IF action = 'create' THEN
        IF FOUND THEN
            -- Adopt only a role that is already a plain Nasti login (e.g. a re-import).
            IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication
               OR existing.rolbypassrls OR NOT pg_catalog.pg_has_role(role_name::name, 'nasti_user', 'MEMBER')
               OR pg_catalog.pg_has_role(role_name::name, 'nasti_owner', 'MEMBER') THEN
                RAISE EXCEPTION 'nasti:role-taken';
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN', role_name);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE', role_name);
        END IF;
        -- Member of its own job role only.
        FOR other IN SELECT g.rolname FROM pg_catalog.pg_auth_members m
                     JOIN pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles r ON r.oid = m.member
                     WHERE r.rolname = role_name AND g.rolname <> job
                       AND g.rolname IN ('nasti_clerk', 'nasti_officer', 'nasti_reviewer', 'nasti_admin') LOOP
            EXECUTE format('REVOKE %I FROM %I', other.rolname, role_name);
        END LOOP;
        EXECUTE format('GRANT %I TO %I', job, role_name);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), role_name);
        IF secret IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', role_name, secret);
        ELSE
            EXECUTE format('ALTER ROLE %I PASSWORD NULL', role_name);
        END IF;
        RETURN;
    END IF;
    IF NOT FOUND OR NOT pg_catalog.pg_has_role(role_name::name, 'nasti_user', 'MEMBER') OR existing.rolsuper THEN
        RAISE EXCEPTION 'nasti:role-taken';
    END IF;
    IF action = 'password' THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', role_name, secret);
    ELSIF action = 'disable' THEN
        -- Files stay with the post; the person can no longer log in.
        EXECUTE format('ALTER ROLE %I NOLOGIN', role_name);
    ELSIF action = 'enable' THEN
        EXECUTE format('ALTER ROLE %I LOGIN', role_name);
    ELSE
        RAISE EXCEPTION 'nasti:bad-action';
    END IF;
END;
$$;

-- 5. Row-level security. The owner (and superusers, who bypass it) see everything;
-- every user policy is TO nasti_user or a job role.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['files', 'notes', 'movements', 'receipts', 'attachments', 'file_papers', 'file_links', 'events'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I TO nasti_owner USING (true) WITH CHECK (true)', t || '_owner', t);
    END LOOP;
END;
$$;

-- files: rule 4. The sub-selects are evaluated once per query (init plans); the
-- client adds its own post ids to the WHERE clause so the planner can use indexes.
CREATE POLICY files_read ON files FOR SELECT TO nasti_user USING (
    holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
    OR created_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
    OR (grading = 0 AND section_id = ANY (CAST((SELECT nasti_my_section_ids()) AS bigint[])))
    OR nasti_on_chain(id, (SELECT nasti_my_post_ids())));
-- The weekly review counts every file (Secret ones too); opening one is another matter.
CREATE POLICY files_review ON files FOR SELECT TO nasti_reviewer USING (true);
CREATE POLICY files_create ON files FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (created_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
-- The holder acts on the file; the sender may recall it (checked by files_acting).
CREATE POLICY files_act ON files FOR UPDATE TO nasti_clerk, nasti_officer, nasti_admin
    USING (holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
           OR sent_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])))
    WITH CHECK (holder_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
                OR sent_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));

-- notes: frozen notes of files I may open; drafts only my own posts'. The sub-select
-- on files applies files' own policies (a semi-join the planner can hash), so the
-- per-file function runs only for graded files: a search over many notes stays cheap.
CREATE POLICY notes_read ON notes FOR SELECT TO nasti_user USING (
    author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
    OR (frozen_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM files f WHERE f.id = file_id AND (f.grading = 0 OR nasti_can_open_file(f.id)))));
CREATE POLICY notes_write ON notes FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
                AND author_user_id = (SELECT nasti_user_id()));
-- My own notes reach the notes_guard trigger, which refuses a frozen one with a
-- clear message; other posts' notes are not even visible to UPDATE or DELETE.
CREATE POLICY notes_edit ON notes FOR UPDATE TO nasti_clerk, nasti_officer, nasti_admin
    USING (author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])))
    WITH CHECK (author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));
CREATE POLICY notes_discard ON notes FOR DELETE TO nasti_clerk, nasti_officer, nasti_admin
    USING (author_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));

-- movements: those of the files I may see (files' own policies); reviewers read all for the review.
CREATE POLICY movements_read ON movements FOR SELECT TO nasti_user
    USING (EXISTS (SELECT 1 FROM files f WHERE f.id = file_id));
CREATE POLICY movements_review ON movements FOR SELECT TO nasti_reviewer USING (true);
CREATE POLICY movements_write ON movements FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (by_user_id = (SELECT nasti_user_id()));

-- (The row's own column first: a function cannot see the row an INSERT ... RETURNING makes.)
CREATE POLICY receipts_read ON receipts FOR SELECT TO nasti_user
    USING (diarised_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])) OR nasti_can_read_receipt(id));
CREATE POLICY receipts_write ON receipts FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (diarised_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
                AND diarised_by_user_id = (SELECT nasti_user_id()));

CREATE POLICY attachments_read ON attachments FOR SELECT TO nasti_user USING (nasti_can_read_attachment(sha256));
CREATE POLICY attachments_write ON attachments FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin WITH CHECK (true);

CREATE POLICY file_papers_read ON file_papers FOR SELECT TO nasti_user USING (nasti_can_open_file(file_id));
CREATE POLICY file_papers_write ON file_papers FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (added_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[]))
                AND EXISTS (SELECT 1 FROM files x WHERE x.id = file_id AND x.holder_post_id = added_by_post_id));

CREATE POLICY file_links_read ON file_links FOR SELECT TO nasti_user
    USING (nasti_can_see_file(file_id) OR nasti_can_see_file(linked_file_id));
CREATE POLICY file_links_write ON file_links FOR INSERT TO nasti_clerk, nasti_officer, nasti_admin
    WITH CHECK (linked_by_post_id = ANY (CAST((SELECT nasti_my_post_ids()) AS bigint[])));

-- events: append for everyone (as himself); read what concerns files I may see.
CREATE POLICY events_read ON events FOR SELECT TO nasti_user
    USING (user_id = (SELECT nasti_user_id())
           OR EXISTS (SELECT 1 FROM files f WHERE f.id = file_id AND (f.grading < 2 OR nasti_can_see_file(f.id))));
CREATE POLICY events_append ON events FOR INSERT TO nasti_user
    WITH CHECK (user_id IS NULL OR user_id = (SELECT nasti_user_id()));

-- 6. Grants. Nothing on any table for PUBLIC; no UPDATE or DELETE on history for anyone.
GRANT SELECT ON schema_version, settings, departments, sections, posts, holidays TO nasti_user;
GRANT SELECT (id, login, full_name, role, enabled, created_at) ON users TO nasti_user;
GRANT INSERT, UPDATE ON departments, sections, posts, holidays TO nasti_admin;
GRANT INSERT (login, full_name, role, enabled, created_at), UPDATE (full_name, enabled) ON users TO nasti_admin;

GRANT SELECT ON files, notes, movements, receipts, attachments, file_papers, file_links, events TO nasti_user;
GRANT INSERT ON events TO nasti_user;
GRANT SELECT, UPDATE (seq, hash) ON chain_head TO nasti_user;

GRANT SELECT, INSERT, UPDATE ON counters TO nasti_clerk, nasti_officer, nasti_admin;
GRANT INSERT ON files, notes, movements, receipts, attachments, file_papers, file_links TO nasti_clerk, nasti_officer, nasti_admin;
GRANT UPDATE (status, holder_post_id, holder_since, last_movement_id, sent_by_post_id, action_asked, movement_due,
              remarks, opened_at, delay_reason, approved_at, approved_by_post_id, retention, review_year, closed_at,
              version, priority)
    ON files TO nasti_clerk, nasti_officer, nasti_admin;
-- Drafts only (notes_guard refuses frozen notes): edit, freeze, discard.
GRANT UPDATE (body, updated_at, author_user_id, frozen_at, para_start, para_count, content_hash)
    ON notes TO nasti_clerk, nasti_officer, nasti_admin;
GRANT DELETE ON notes TO nasti_clerk, nasti_officer, nasti_admin;

-- 7. Hand every object to the owner; pin search_path on every function (pg_temp last,
-- so nobody's temporary table can stand in for ours); no EXECUTE for PUBLIC. Later
-- steps that add tables or functions end with: SELECT nasti_secure_objects();
-- (they still grant their own privileges and write their own policies).
CREATE FUNCTION nasti_secure_objects() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    o record;
    path text := format('pg_catalog, %I, pg_temp', current_schema());
BEGIN
    FOR o IN SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'S', 'v', 'm', 'p')
               AND pg_catalog.pg_get_userbyid(c.relowner) <> 'nasti_owner' LOOP
        IF o.relkind = 'S' THEN
            -- Identity sequences follow their table.
            CONTINUE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = (quote_ident(current_schema()) || '.' || quote_ident(o.relname))::regclass
                                  AND d.deptype = 'i');
            EXECUTE format('ALTER SEQUENCE %I OWNER TO nasti_owner', o.relname);
        ELSE
            EXECUTE format('ALTER TABLE %I OWNER TO nasti_owner', o.relname);
        END IF;
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS sig, p.proname FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'nasti\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO nasti_owner', o.sig);
        -- (Not this function itself: it works on the caller's current_schema().)
        IF o.proname <> 'nasti_secure_objects' THEN
            EXECUTE format('ALTER FUNCTION %s SET search_path = %s', o.sig, path);
        END IF;
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', o.sig);
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO nasti_clerk, nasti_officer, nasti_admin', current_schema());
END;
$$;

-- The guards of step 1 read files and notes whatever the acting user may see.
ALTER FUNCTION nasti_notes_guard() SECURITY DEFINER;
ALTER FUNCTION nasti_movements_guard() SECURITY DEFINER;
ALTER FUNCTION nasti_files_guard() SECURITY DEFINER;

SELECT nasti_secure_objects();

GRANT EXECUTE ON FUNCTION nasti_role_prefix(), nasti_user_id(), nasti_my_post_ids(), nasti_my_section_ids(),
    nasti_in_role(text), nasti_can_see_file(bigint), nasti_on_chain(bigint, bigint[]), nasti_can_open_file(bigint),
    nasti_can_read_receipt(bigint), nasti_can_read_attachment(text) TO nasti_user;
