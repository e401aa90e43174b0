-- Issue 20, classification (legal review 2026-12 §4): a confirmed reserve records its file for the half-yearly index
-- of reserved files (LGTAIP 2025 art. 105: area, document, complete or partial, start and end, extension), its end
-- date (art. 104 ¶2: from the day it is classified) and the committee's one extension (art. 104 ¶3). Existing
-- resolutions keep every column empty: their area and document were never recorded, so they are not in the index.
ALTER TABLE committee_resolution ADD COLUMN area VARCHAR(200);
ALTER TABLE committee_resolution ADD COLUMN document VARCHAR(300);
ALTER TABLE committee_resolution ADD COLUMN reserve_partial BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE committee_resolution ADD COLUMN reserve_from DATE;
ALTER TABLE committee_resolution ADD COLUMN reserve_until DATE;
ALTER TABLE committee_resolution ADD COLUMN extension_years INTEGER;
ALTER TABLE committee_resolution ADD COLUMN extension_harm_test VARCHAR(8000);
ALTER TABLE committee_resolution ADD COLUMN extended_on DATE;
ALTER TABLE committee_resolution ADD CONSTRAINT committee_resolution_reserve_file_ck CHECK (
    (reserve_from IS NULL) = (reserve_until IS NULL)
    AND (reserve_from IS NULL OR (kind = 'RESERVED' AND decision IN ('CONFIRM', 'MODIFY') AND area IS NOT NULL
        AND document IS NOT NULL AND reserve_years IS NOT NULL AND reserve_until > reserve_from)));
ALTER TABLE committee_resolution ADD CONSTRAINT committee_resolution_extension_ck CHECK (
    (extension_years IS NULL) = (extended_on IS NULL) AND (extension_years IS NULL) = (extension_harm_test IS NULL)
    AND (extension_years IS NULL OR (extension_years BETWEEN 1 AND 5 AND reserve_from IS NOT NULL)));
CREATE INDEX committee_resolution_reserve_ix ON committee_resolution (reserve_from, reserve_until);
-- Art. 115: the ground of a confidentiality, when the committee states it (¶5: pending proceedings last only while
-- pending); only on a confidentiality.
ALTER TABLE committee_resolution ADD COLUMN confidential_ground VARCHAR(40);
ALTER TABLE committee_resolution ADD CONSTRAINT committee_resolution_confidential_ck CHECK (confidential_ground IS NULL
    OR (kind = 'CONFIDENTIAL' AND confidential_ground IN ('PERSONAL_DATA', 'SECRETS', 'SUPPLIED_BY_PRIVATE_PARTIES',
        'PENDING_PROCEEDINGS')));
