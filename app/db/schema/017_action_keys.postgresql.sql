-- PostgreSQL part of step 017: only the server writes done actions, through
-- nasti_action_done() in the action's own transaction; users read only their own keys,
-- through nasti_action_result(). No user has any right on the table itself.
CREATE TRIGGER done_actions_append_only BEFORE UPDATE OR DELETE ON done_actions
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER done_actions_no_truncate BEFORE TRUNCATE ON done_actions
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();
ALTER TABLE done_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE done_actions FORCE ROW LEVEL SECURITY;
CREATE POLICY done_actions_owner ON done_actions TO nasti_owner USING (true) WITH CHECK (true);

-- Records that the caller's current transaction did the action named key. The user is
-- the acting one (session_user for a user's own login), the time the server's. A key is
-- recorded once: false when it already was (the caller then rolls back and reports the
-- recorded answer). Only a transaction that has written something may record a key.
CREATE FUNCTION nasti_action_done(p_key text, p_kind text, p_result text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    actor bigint := nasti_actor();
    added integer;
BEGIN
    IF actor IS NULL THEN
        RAISE EXCEPTION 'nasti:not-authorised';
    END IF;
    IF pg_current_xact_id_if_assigned() IS NULL THEN
        RAISE EXCEPTION 'nasti:not-authorised';
    END IF;
    INSERT INTO done_actions (user_id, action_key, kind, result, done_at)
        VALUES (actor, p_key, p_kind, COALESCE(p_result, ''), nasti_now_ms())
        ON CONFLICT (user_id, action_key) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added = 1;
END;
$$;

-- What the action named key answered, when the acting user did it; NULL when he did not.
CREATE FUNCTION nasti_action_result(p_key text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT result FROM done_actions WHERE user_id = nasti_actor() AND action_key = p_key
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_action_done(text, text, text), nasti_action_result(text) TO nasti_user;
