-- When the letter with these bytes (the PDF's SHA-256, hex) was first issued; NULL when it never
-- was from this database. It says nothing but a time about bytes the caller already holds.
CREATE FUNCTION nasti_letter_issued_at(pdf_sha256_hex text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT min(issued_at) FROM issued_letters WHERE pdf_sha256 = pdf_sha256_hex
$$;

SELECT nasti_secure_objects();
GRANT EXECUTE ON FUNCTION nasti_letter_issued_at(text) TO nasti_user;
