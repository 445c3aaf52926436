-- Schema step 017: an action is never done twice (issue 19). The client names each action
-- the user starts (forward, return, approve, note, close, ...) with a key of its own (a
-- UUID); the action's transaction records the key here, bound to the acting user, with
-- what the action answered. When the connection drops during or after COMMIT the client
-- reconnects (a new primary through the multi-host URL) and asks again with the same key:
-- a key already recorded is reported done, with the recorded answer, and nothing is done
-- again; a key not recorded was rolled back, and the action is done now.
-- A key is only ever looked up for its own user, so nobody learns another user's keys.
-- (016 is kept for the chain's linking after COMMIT.)

CREATE TABLE done_actions (
    user_id    BIGINT NOT NULL REFERENCES users (id),
    action_key TEXT NOT NULL CHECK (length(action_key) BETWEEN 8 AND 80),
    kind       TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    result     TEXT NOT NULL CHECK (length(result) <= 500),
    done_at    BIGINT NOT NULL,
    PRIMARY KEY (user_id, action_key)
);
