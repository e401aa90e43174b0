-- Issue 20, legal review 2026-12 §2.2 and §2.6. No existing row changes meaning: every new column is empty or
-- false, so every calendar, every entry and every deadline already computed stays as it was (no data moves).
--
-- An institution's own calendar overlays its guarantor authority's (base_calendar_id): its days add to the
-- authority's. guarantor_institution_id then names the institution whose calendar it is.
ALTER TABLE business_calendar ADD COLUMN base_calendar_id BIGINT REFERENCES business_calendar (id);
-- The after-hours cut-off of online filings (a filing at or after it is taken as made the next day) and where the
-- calendar's owner published it. Both or neither.
ALTER TABLE business_calendar ADD COLUMN cutoff_time TIME;
ALTER TABLE business_calendar ADD COLUMN cutoff_publication VARCHAR(300);
ALTER TABLE business_calendar ADD CONSTRAINT business_calendar_cutoff_ck CHECK (
    (cutoff_time IS NULL AND cutoff_publication IS NULL)
    OR (cutoff_time IS NOT NULL AND cutoff_publication IS NOT NULL AND cutoff_publication <> ''));
ALTER TABLE business_calendar ADD CONSTRAINT business_calendar_base_ck CHECK (base_calendar_id IS NULL OR base_calendar_id <> id);
CREATE INDEX business_calendar_base_ix ON business_calendar (base_calendar_id);

-- A suspension decreed for the procedures before the authority only (like LGTAIP 2025 Transitorio Décimo
-- Octavo's, which spared request handling): institutions' calendars overlaying the authority's leave it out.
ALTER TABLE calendar_day ADD COLUMN authority_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE calendar_day ADD CONSTRAINT calendar_day_authority_only_ck CHECK (authority_only = FALSE OR kind = 'SUSPENSION');

-- The time zone a jurisdiction's online filings are dated in; a jurisdiction without a row uses its state's, then
-- America/Mexico_City.
CREATE TABLE jurisdiction_time_zone (
    jurisdiction_id  BIGINT PRIMARY KEY REFERENCES jurisdiction (id),
    time_zone        VARCHAR(60) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT jurisdiction_time_zone_ck CHECK (time_zone <> '')
);
