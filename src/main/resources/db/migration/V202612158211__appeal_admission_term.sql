-- A state law may set a term to admit an appeal (Term.APPEAL_ADMISSION, optional in a rule set); the LGTAIP sets
-- none (art. 153 fr. I; legal review 2026-12 §1.3, §8.3). The day and its basis on the appeal; empty otherwise.
ALTER TABLE appeal ADD COLUMN admission_due DATE;
ALTER TABLE appeal ADD COLUMN admission_basis VARCHAR(200);
