-- PostgreSQL only: the OCDS JSON columns (releases of about 10 kB, compiled and versioned releases of tens of kB)
-- are compressed with lz4 instead of pglz when the server was built with it (PostgreSQL 14+): several times
-- faster to write and read, a little larger. Values already stored keep their compression; reading is unchanged.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE ocds_release ALTER COLUMN release_json SET COMPRESSION lz4;
        ALTER TABLE ocds_record ALTER COLUMN compiled_json SET COMPRESSION lz4;
        ALTER TABLE ocds_record ALTER COLUMN versioned_json SET COMPRESSION lz4;
    END IF;
END
$$;
