-- The day each running term of an appeal counts from, as its transition computed it (the received day of the
-- act), so a calendar change recomputes the due date from the same day and not from the act's raw date.
-- Nullable: appeals made before this migration fall back to the received day of the act on the new calendar.
ALTER TABLE appeal ADD COLUMN resolution_from DATE;
ALTER TABLE appeal ADD COLUMN compliance_from DATE;
ALTER TABLE appeal ADD COLUMN objection_from DATE;
ALTER TABLE appeal ADD COLUMN verification_from DATE;

-- Without a clarification after admission, the resolution term counts from the (received) day of admission.
UPDATE appeal SET resolution_from = admitted_on
    WHERE admitted_on IS NOT NULL AND (clarification_stage IS NULL OR clarification_stage <> 'ADMITTED');

-- The open appeals of a calendar are found through their requests.
CREATE INDEX appeal_open_ix ON appeal (stage, request_id);
