CREATE FUNCTION nasti_receipts_category_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF (NEW.category IS NULL) <> (NEW.reference_no IS NULL) THEN
        RAISE EXCEPTION 'nasti:category-reference' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER receipts_category_check BEFORE INSERT ON receipts
    FOR EACH ROW EXECUTE FUNCTION nasti_receipts_category_check();

-- Named to fire after receipts_events (triggers fire in name order): diarised, then its category.
CREATE FUNCTION nasti_receipts_category_events() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM nasti_emit(NEW.received_at, 'receipt.category', NEW.diarised_by_user_id, NEW.diarised_by_post_id, NULL,
        jsonb_build_object('diary_no', NEW.diary_no, 'category', NEW.category, 'reference_no', NEW.reference_no));
    RETURN NULL;
END;
$$;
CREATE TRIGGER receipts_events_category AFTER INSERT ON receipts
    FOR EACH ROW WHEN (NEW.category IS NOT NULL) EXECUTE FUNCTION nasti_receipts_category_events();


-- The advanced search by sender, letter or diary number (issue 18): the files whose letters
-- match, read past the receipts' row-level security, which costs a function call per
-- receipt scanned (5 s and more at 100,000 files). Nothing leaks: the caller's query keeps
-- only the files his own policies let him see, and a letter in a file one may see is a
-- letter one may read (nasti_can_read_receipt: diarised by one's post, or in a file one may
-- open, which every visible file is). NULL: that field is not asked for.
CREATE FUNCTION nasti_letter_file_ids(sender_like text, letter_from text, letter_to text, diary_from text,
                                      diary_to text)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    q text := 'SELECT fp.file_id FROM receipts r JOIN file_papers fp ON fp.receipt_id = r.id WHERE true';
BEGIN
    -- Only the conditions asked for, so the planner uses the number indexes (a generic
    -- "x IS NULL OR ..." plan scans every receipt).
    IF sender_like IS NOT NULL THEN
        q := q || ' AND r.sender ILIKE $1 ESCAPE ''!''';
    END IF;
    IF letter_from IS NOT NULL THEN
        q := q || ' AND r.letter_no COLLATE "C" >= $2 AND r.letter_no COLLATE "C" < $3';
    END IF;
    IF diary_from IS NOT NULL THEN
        q := q || ' AND r.diary_no COLLATE "C" >= $4 AND r.diary_no COLLATE "C" < $5';
    END IF;
    RETURN QUERY EXECUTE q USING sender_like, letter_from, letter_to, diary_from, diary_to;
END;
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_letter_file_ids(text, text, text, text, text) TO nasti_user;
