-- Schema step 005 (PostgreSQL): the links of the event chain for every client.
-- Row-level security hides events of files a user may not see, but a client must
-- still check, at every start, that the chain is unbroken since the head it saw
-- last (EventLog::checkSince). Sequence numbers and hashes reveal nothing of the
-- events themselves, so this SECURITY DEFINER function returns just those.
CREATE FUNCTION nasti_chain_links(from_seq bigint)
RETURNS TABLE (seq bigint, prev_hash text, hash text)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT e.seq, e.prev_hash, e.hash FROM events e WHERE e.seq >= from_seq ORDER BY e.seq
$$;

DO $$
BEGIN
    EXECUTE 'ALTER FUNCTION nasti_chain_links(bigint) OWNER TO nasti_owner';
    EXECUTE format('ALTER FUNCTION nasti_chain_links(bigint) SET search_path = pg_catalog, %I, pg_temp', current_schema());
    EXECUTE 'REVOKE ALL ON FUNCTION nasti_chain_links(bigint) FROM PUBLIC';
    EXECUTE 'GRANT EXECUTE ON FUNCTION nasti_chain_links(bigint) TO nasti_user';
END;
$$;
