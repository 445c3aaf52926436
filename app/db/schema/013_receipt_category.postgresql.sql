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

SELECT nasti_secure_objects();
