-- Issue 18, kits of challenges (docs/KITS.md): a challenge imported from another government's kit keeps the kit's
-- attribution (institution, exercise, code, date, original's address, licence), as an imported call does
-- (V202612157941).
ALTER TABLE challenge ADD COLUMN adapted_institution VARCHAR(300);
ALTER TABLE challenge ADD COLUMN adapted_exercise VARCHAR(300);
ALTER TABLE challenge ADD COLUMN adapted_code VARCHAR(40);
ALTER TABLE challenge ADD COLUMN adapted_date DATE;
ALTER TABLE challenge ADD COLUMN adapted_url VARCHAR(1000);
ALTER TABLE challenge ADD COLUMN adapted_licence VARCHAR(20);
