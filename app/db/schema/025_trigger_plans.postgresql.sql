-- Schema step 025 (PostgreSQL, issue 20): the server's functions keep their plans.
--
-- Every client connects with plan_cache_mode = force_custom_plan (PITFALLS.md: a generic
-- plan of the skewed inbox query took 40 ms instead of 0.1 ms). That setting is the
-- session's, so it also reached every statement inside the triggers and the helpers the
-- row-security policies call: pg_stat_statements with track_planning over the forwarding
-- bench at a million files showed each of them planned on every call (14,400 movements:
-- 14,400 plans of each trigger statement, 57,600 of the foreign-key checks they fire), and
-- perf put planning at 19 % of the server's time. Their statements are lookups of a few
-- rows by key, which a generic plan serves as well; so each of these functions that runs a
-- statement now runs with plan_cache_mode = auto (PostgreSQL's default: five custom plans, then the generic one if it
-- is no dearer). The review's and the searches' functions keep the session's setting: their
-- statements run over large, skewed sets (or are built per call with EXECUTE).
--
-- nasti_secure_objects() (step 002), which every step that adds functions calls at its end,
-- now sets this too, so a function that a later step adds or replaces gets it as well.

CREATE OR REPLACE FUNCTION nasti_secure_objects() RETURNS void LANGUAGE plpgsql AS $$
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
    FOR o IN SELECT p.oid::regprocedure AS sig, p.proname, p.prosrc, l.lanname FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_language l ON l.oid = p.prolang
             WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'nasti\_%' LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO nasti_owner', o.sig);
        -- (Not this function itself: it works on the caller's current_schema().)
        IF o.proname <> 'nasti_secure_objects' THEN
            EXECUTE format('ALTER FUNCTION %s SET search_path = %s', o.sig, path);
            -- Step 025: PL/pgSQL functions that run statements keep their plans, but for the
            -- review's and the searches' (large, skewed sets: planned for the values of each
            -- call). One that only computes an expression has no plans to keep, and a setting
            -- costs each call (nasti_shares_post() runs once per row a policy looks at).
            IF o.lanname = 'plpgsql' AND o.prosrc ~* '\m(select|insert|update|delete|perform|execute)\M'
               AND o.proname NOT LIKE 'nasti\_review\_%'
               AND o.proname NOT IN ('nasti_search_files', 'nasti_letter_files') THEN
                EXECUTE format('ALTER FUNCTION %s SET plan_cache_mode = auto', o.sig);
            END IF;
        END IF;
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', o.sig);
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO nasti_clerk, nasti_officer, nasti_admin', current_schema());
END;
$$;

-- The custody check of step 001 asked for the movement by its id and its file and posts
-- together; planned without the values it took the (file, to, from) index and read every
-- movement between those two posts (96 pages a check in the forwarding bench, where files go
-- up and back between the same two posts). The movement is now read by its key alone and its
-- columns compared after. Otherwise the same function, with step 002's SECURITY DEFINER.
CREATE OR REPLACE FUNCTION nasti_files_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'nasti:file-no-delete';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.holder_post_id IS DISTINCT FROM NEW.created_post_id OR NEW.status <> 'open' THEN
            RAISE EXCEPTION 'nasti:custody-without-movement';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.file_no IS DISTINCT FROM OLD.file_no
       OR NEW.section_id IS DISTINCT FROM OLD.section_id OR NEW.created_post_id IS DISTINCT FROM OLD.created_post_id
       OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.year IS DISTINCT FROM OLD.year
       OR NEW.serial IS DISTINCT FROM OLD.serial THEN
        RAISE EXCEPTION 'nasti:file-identity';
    END IF;
    IF NEW.holder_post_id IS DISTINCT FROM OLD.holder_post_id THEN
        IF (SELECT ROW(m.file_id, m.from_post_id, m.to_post_id) FROM movements m WHERE m.id = NEW.last_movement_id)
           IS DISTINCT FROM ROW(NEW.id, OLD.holder_post_id, NEW.holder_post_id) THEN
            RAISE EXCEPTION 'nasti:custody-without-movement';
        END IF;
        IF EXISTS (SELECT 1 FROM notes n
                   WHERE n.file_id = OLD.id AND n.author_post_id = OLD.holder_post_id AND n.frozen_at IS NULL) THEN
            RAISE EXCEPTION 'nasti:unfrozen-drafts';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

-- Four one-line helpers that the write path calls several times a movement were SQL
-- functions. With their pinned search_path PostgreSQL cannot inline them, so each call from a
-- trigger parsed and planned its SELECT afresh (172,800 plans of the pg_has_role pair for
-- 14,400 movements). As PL/pgSQL the same expression is prepared once per session; each
-- returns what it returned (same volatility and security; secure_objects pins the path).
CREATE OR REPLACE FUNCTION nasti_acting() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN pg_catalog.pg_has_role(session_user, 'nasti_user', 'MEMBER')
           AND NOT pg_catalog.pg_has_role(session_user, 'nasti_owner', 'MEMBER');
END;
$$;
CREATE OR REPLACE FUNCTION nasti_in_role(job text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN pg_catalog.pg_has_role(session_user, CAST(job AS name), 'MEMBER');
END;
$$;
CREATE OR REPLACE FUNCTION nasti_row_hash(tbl text, cols text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
        pg_catalog.array_to_string(ARRAY[tbl] || cols, pg_catalog.chr(31), pg_catalog.chr(9216)), 'UTF8')), 'hex');
END;
$$;
CREATE OR REPLACE FUNCTION nasti_now_ms() RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN CAST(floor(extract(epoch FROM transaction_timestamp()) * 1000) AS bigint);
END;
$$;

SELECT nasti_secure_objects();
