-- Terms the law gives "up to" a maximum may be set shorter for one request (LGTAIP 2025 art. 130 ¶1: the
-- requester's reply "en un término de hasta diez días"; art. 134 ¶2: the extension "hasta por diez días más").
-- Empty: the law's maximum, as every existing request was counted, so nothing already computed changes.
ALTER TABLE access_request ADD COLUMN clarification_reply_days INTEGER;
ALTER TABLE access_request ADD COLUMN extension_days INTEGER;
ALTER TABLE access_request ADD CONSTRAINT access_request_up_to_days_ck CHECK (
    (clarification_reply_days IS NULL OR clarification_reply_days >= 1)
    AND (extension_days IS NULL OR extension_days >= 1));
