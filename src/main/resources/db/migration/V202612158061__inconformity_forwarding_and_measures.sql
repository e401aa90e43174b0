-- Issue 20 (docs/adr/0046), recurso de inconformidad: the medidas de apremio its resolution states (LGTAIP 2025 art.
-- 180; art. 196 fr. I–II), and a recurso filed in writing before the local authority, which forwards it through the
-- platform the day after (art. 164 ¶2): the day received, the day the forwarding was due, the day forwarded and whether
-- it was late. Who filed it is never recorded. Existing remedies keep every column empty: none was forwarded, and
-- their resolutions, made before this rule was modelled, stated no measures on the platform.
ALTER TABLE inconformity ADD COLUMN measures VARCHAR(40);
ALTER TABLE inconformity ADD COLUMN written_on DATE;
ALTER TABLE inconformity ADD COLUMN forward_due DATE;
ALTER TABLE inconformity ADD COLUMN forwarded_on DATE;
ALTER TABLE inconformity ADD COLUMN forwarded_late BOOLEAN;
ALTER TABLE inconformity ADD CONSTRAINT inconformity_forwarding_ck CHECK (
    (written_on IS NULL) = (forwarded_on IS NULL) AND (written_on IS NULL) = (forward_due IS NULL)
    AND (written_on IS NULL) = (forwarded_late IS NULL)
    AND (written_on IS NULL OR (written_on <= forwarded_on AND written_on < forward_due)));
ALTER TABLE inconformity ADD CONSTRAINT inconformity_measures_ck CHECK (measures IS NULL
    OR (resolution IN ('REVOKED', 'MODIFIED') AND measures IN ('FINE', 'PUBLIC_REPRIMAND', 'FINE,PUBLIC_REPRIMAND')));
