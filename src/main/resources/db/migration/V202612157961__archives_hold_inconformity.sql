-- An open recurso de inconformidad holds its request's files as an appeal does (docs/adr/0038): an APPEAL hold may
-- now come from an inconformidad (source key 'inconformity:{folio}') as well as from an appeal.
ALTER TABLE archives_hold DROP CONSTRAINT archives_hold_source_ck;
ALTER TABLE archives_hold ADD CONSTRAINT archives_hold_source_ck CHECK (
       (kind = 'ACCESS_REQUEST' AND source_key IS NOT NULL AND source_key LIKE 'request:_%')
    OR (kind = 'APPEAL' AND source_key IS NOT NULL
        AND (source_key LIKE 'appeal:_%' OR source_key LIKE 'inconformity:_%'))
    OR (kind IN ('LITIGATION', 'AUDIT') AND source_key IS NULL));
