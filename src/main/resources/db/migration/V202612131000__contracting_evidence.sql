-- A milestone's evidence may be a contracting process published on this site, by its ocid (kind PROCESS): the
-- evidence keeps the ocid and the process's public page; what the process is now is read when it is shown.
ALTER TABLE evidence ADD COLUMN record_id VARCHAR(200);
ALTER TABLE evidence DROP CONSTRAINT evidence_kind_ck;
ALTER TABLE evidence ADD CONSTRAINT evidence_kind_ck CHECK (kind IN ('FILE', 'LINK', 'DATASET', 'PROCESS'));
ALTER TABLE evidence ADD CONSTRAINT evidence_record_ck CHECK ((kind = 'PROCESS') = (record_id IS NOT NULL));
