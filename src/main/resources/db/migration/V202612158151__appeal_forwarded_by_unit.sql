-- Issue 20 (docs/adr/0053): an appeal filed before the Transparency Unit that knew of the request (LGTAIP 2025 art. 144
-- ¶1), which forwards it through the platform "a más tardar al día siguiente de haberlo recibido" (¶2): the day
-- received, the day the forwarding was due, the day forwarded and whether it was late. Who filed it is never recorded.
-- Existing appeals keep every column empty: all were filed on the platform.
ALTER TABLE appeal ADD COLUMN written_on DATE;
ALTER TABLE appeal ADD COLUMN forward_due DATE;
ALTER TABLE appeal ADD COLUMN forwarded_on DATE;
ALTER TABLE appeal ADD COLUMN forwarded_late BOOLEAN;
ALTER TABLE appeal ADD CONSTRAINT appeal_forwarding_ck CHECK (
    (written_on IS NULL) = (forwarded_on IS NULL) AND (written_on IS NULL) = (forward_due IS NULL)
    AND (written_on IS NULL) = (forwarded_late IS NULL)
    AND (written_on IS NULL OR (written_on <= forwarded_on AND written_on < forward_due)));
