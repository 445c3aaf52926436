-- PostgreSQL-only part of step 1: the rules the database itself enforces, and
-- full-text search. Messages carry a "nasti:" code that Database maps to a sentence.

CREATE FUNCTION nasti_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'nasti:append-only' USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER movements_append_only BEFORE UPDATE OR DELETE ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER file_papers_append_only BEFORE UPDATE OR DELETE ON file_papers
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER file_links_append_only BEFORE UPDATE OR DELETE ON file_links
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON receipts
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER attachments_append_only BEFORE UPDATE OR DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
    FOR EACH ROW EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER chain_head_forward_only BEFORE UPDATE ON chain_head
    FOR EACH ROW WHEN (NEW.seq <> OLD.seq + 1) EXECUTE FUNCTION nasti_reject_change();
-- TRUNCATE skips row triggers: refuse it on history as a statement trigger.
CREATE TRIGGER movements_no_truncate BEFORE TRUNCATE ON movements
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER notes_no_truncate BEFORE TRUNCATE ON notes
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();
CREATE TRIGGER files_no_truncate BEFORE TRUNCATE ON files
    FOR EACH STATEMENT EXECUTE FUNCTION nasti_reject_change();

CREATE FUNCTION nasti_notes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    holder BIGINT;
    file_status TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.frozen_at IS NOT NULL THEN
            RAISE EXCEPTION 'nasti:frozen-note';
        END IF;
        SELECT holder_post_id INTO holder FROM files WHERE id = OLD.file_id;
        IF holder IS DISTINCT FROM OLD.author_post_id THEN
            RAISE EXCEPTION 'nasti:not-custodian-note';
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT holder_post_id, status INTO holder, file_status FROM files WHERE id = NEW.file_id;
        IF holder IS DISTINCT FROM NEW.author_post_id THEN
            RAISE EXCEPTION 'nasti:not-custodian-note';
        END IF;
        IF file_status = 'closed' THEN
            RAISE EXCEPTION 'nasti:closed-file';
        END IF;
        IF NEW.frozen_at IS NOT NULL THEN
            RAISE EXCEPTION 'nasti:note-born-frozen';
        END IF;
        RETURN NEW;
    END IF;
    -- UPDATE
    IF OLD.frozen_at IS NOT NULL THEN
        RAISE EXCEPTION 'nasti:frozen-note';
    END IF;
    IF NEW.file_id IS DISTINCT FROM OLD.file_id OR NEW.author_post_id IS DISTINCT FROM OLD.author_post_id
       OR NEW.author_user_id IS DISTINCT FROM OLD.author_user_id OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW.kind IS DISTINCT FROM OLD.kind THEN
        RAISE EXCEPTION 'nasti:frozen-note';
    END IF;
    SELECT holder_post_id INTO holder FROM files WHERE id = OLD.file_id;
    IF holder IS DISTINCT FROM OLD.author_post_id THEN
        RAISE EXCEPTION 'nasti:not-custodian-note';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER notes_guard BEFORE INSERT OR UPDATE OR DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION nasti_notes_guard();

CREATE FUNCTION nasti_movements_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    holder BIGINT;
    file_status TEXT;
BEGIN
    SELECT holder_post_id, status INTO holder, file_status FROM files WHERE id = NEW.file_id;
    IF holder IS DISTINCT FROM NEW.from_post_id THEN
        RAISE EXCEPTION 'nasti:not-custodian-move';
    END IF;
    IF file_status = 'closed' THEN
        RAISE EXCEPTION 'nasti:closed-file';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER movements_guard BEFORE INSERT ON movements
    FOR EACH ROW EXECUTE FUNCTION nasti_movements_guard();

CREATE FUNCTION nasti_files_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
        IF NOT EXISTS (SELECT 1 FROM movements m
                       WHERE m.id = NEW.last_movement_id AND m.file_id = NEW.id
                         AND m.from_post_id = OLD.holder_post_id AND m.to_post_id = NEW.holder_post_id) THEN
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
CREATE TRIGGER files_guard BEFORE INSERT OR UPDATE OR DELETE ON files
    FOR EACH ROW EXECUTE FUNCTION nasti_files_guard();

-- Full-text search: the 'simple' configuration keeps Devanagari words whole.
ALTER TABLE files ADD COLUMN subject_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', subject)) STORED;
CREATE INDEX files_subject_fts ON files USING gin (subject_tsv);
ALTER TABLE notes ADD COLUMN body_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;
CREATE INDEX notes_body_fts ON notes USING gin (body_tsv);
