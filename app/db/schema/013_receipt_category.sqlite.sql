CREATE TRIGGER receipts_category_insert BEFORE INSERT ON receipts
WHEN (NEW.category IS NULL) <> (NEW.reference_no IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'nasti:category-reference');
END;
CREATE TRIGGER receipts_category_event AFTER INSERT ON receipts
WHEN NEW.category IS NOT NULL
BEGIN
    INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload)
    VALUES (NEW.received_at, 'receipt.category', NEW.diarised_by_user_id, NEW.diarised_by_post_id, NULL,
            json_object('diary_no', NEW.diary_no, 'category', NEW.category, 'reference_no', NEW.reference_no));
END;
