-- SQLite part of step 017: done actions are append-only, and written for the acting user.
CREATE TRIGGER done_actions_no_update BEFORE UPDATE ON done_actions
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER done_actions_no_delete BEFORE DELETE ON done_actions
BEGIN
    SELECT RAISE(ABORT, 'nasti:append-only');
END;
CREATE TRIGGER done_actions_actor BEFORE INSERT ON done_actions
WHEN NEW.user_id IS NOT nasti_actor()
BEGIN
    SELECT RAISE(ABORT, 'nasti:not-authorised');
END;
