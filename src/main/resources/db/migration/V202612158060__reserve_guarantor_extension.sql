-- Issue 20 (docs/adr/0046): the further extension of a reserve that the committee asks of the guarantor authority
-- (LGTAIP 2025 art. 104 ¶4) in one of its two cases, with the years asked, the harm test, the day asked and the
-- authority asked; and that authority's decision (granted or refused, the years granted, its reasons, the day).
-- Existing resolutions keep every column empty: nothing was ever asked.
ALTER TABLE committee_resolution ADD COLUMN guarantor_case VARCHAR(40);
ALTER TABLE committee_resolution ADD COLUMN guarantor_ask_years INTEGER;
ALTER TABLE committee_resolution ADD COLUMN guarantor_harm_test VARCHAR(8000);
ALTER TABLE committee_resolution ADD COLUMN guarantor_asked_on DATE;
ALTER TABLE committee_resolution ADD COLUMN guarantor_slug VARCHAR(120);
ALTER TABLE committee_resolution ADD COLUMN guarantor_granted BOOLEAN;
ALTER TABLE committee_resolution ADD COLUMN guarantor_granted_years INTEGER;
ALTER TABLE committee_resolution ADD COLUMN guarantor_reasons VARCHAR(8000);
ALTER TABLE committee_resolution ADD COLUMN guarantor_decided_on DATE;
ALTER TABLE committee_resolution ADD CONSTRAINT committee_resolution_guarantor_ck CHECK (
    (guarantor_asked_on IS NULL) = (guarantor_case IS NULL)
    AND (guarantor_asked_on IS NULL OR (guarantor_case IN ('STRATEGIC_INFRASTRUCTURE', 'FINANCIAL_SYSTEM')
        AND guarantor_ask_years >= 1 AND guarantor_harm_test IS NOT NULL AND guarantor_slug IS NOT NULL
        AND extended_on IS NOT NULL))
    AND (guarantor_decided_on IS NULL) = (guarantor_granted IS NULL)
    AND (guarantor_decided_on IS NULL OR (guarantor_asked_on IS NOT NULL AND guarantor_reasons IS NOT NULL))
    AND (guarantor_granted_years IS NULL OR (guarantor_granted = TRUE AND guarantor_granted_years BETWEEN 1
        AND guarantor_ask_years)));
