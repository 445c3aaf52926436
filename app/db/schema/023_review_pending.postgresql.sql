-- Schema step 023 (PostgreSQL, issues 17 and 20): the week still running, its pendency per holder
-- counted inside the function that reads the open files.
--
-- Step 020's nasti_review_open_files gives a whole-office reviewer the 121,000 open files of a
-- million-file office from the index alone, but as rows: PL/pgSQL collects them all before the
-- review's query joins and sums them, 150 ms of the running week. Summed here, where they are
-- read, the same figures take 70 ms. The figures are exactly the review's own (ReviewService::
-- computeWeek): pending, parked, the four age bands counted back from last_day (the office day
-- number of the week's last day so far) and overdue, an open file whose arrival day is no later
-- than the cutoff of its department's time limit (limits[i] working days -> cutoffs[i], computed
-- by the client with the holiday calendar). A day number is (ms + 19,800,000) / 86,400,000, the
-- day in IST. Anyone but a whole-office reviewer gets no row, as from nasti_review_open_files.
CREATE FUNCTION nasti_review_pending_by_holder(t bigint, last_day bigint, limits integer[], cutoffs bigint[])
RETURNS TABLE (holder bigint, pending bigint, parked bigint, age_7 bigint, age_15 bigint, age_30 bigint,
               age_over bigint, overdue bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 5000 AS $$
BEGIN
    IF nasti_review_scope_all() THEN
        RETURN QUERY
        SELECT f.holder_post_id, COUNT(*),
               SUM(CASE WHEN f.status = 'parked' THEN 1 ELSE 0 END),
               SUM(CASE WHEN last_day - f.sday <= 7 THEN 1 ELSE 0 END),
               SUM(CASE WHEN last_day - f.sday BETWEEN 8 AND 15 THEN 1 ELSE 0 END),
               SUM(CASE WHEN last_day - f.sday BETWEEN 16 AND 30 THEN 1 ELSE 0 END),
               SUM(CASE WHEN last_day - f.sday > 30 THEN 1 ELSE 0 END),
               SUM(CASE WHEN f.status = 'open' AND f.sday <= lc.cutoff THEN 1 ELSE 0 END)
        FROM (SELECT o.holder_post_id, o.section_id, o.status, (o.holder_since + 19800000) / 86400000 AS sday
              FROM files o WHERE o.status <> 'closed' AND o.created_at < t) f
        JOIN sections sc ON sc.id = f.section_id
        JOIN departments d ON d.id = sc.department_id
        LEFT JOIN unnest(limits, cutoffs) AS lc (lim, cutoff) ON lc.lim = d.time_limit_days
        GROUP BY f.holder_post_id;
    END IF;
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_review_pending_by_holder(bigint, bigint, integer[], bigint[]) TO nasti_user;
