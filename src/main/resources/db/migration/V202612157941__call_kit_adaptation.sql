-- Issue 18, kits of calls (docs/KITS.md): a call imported from another government's kit keeps the kit's attribution
-- (institution, exercise, date, original's address, licence), as an imported commitment does (V202612156200).
ALTER TABLE cocreation_call ADD COLUMN adapted_institution VARCHAR(300);
ALTER TABLE cocreation_call ADD COLUMN adapted_exercise VARCHAR(300);
ALTER TABLE cocreation_call ADD COLUMN adapted_code VARCHAR(40);
ALTER TABLE cocreation_call ADD COLUMN adapted_date DATE;
ALTER TABLE cocreation_call ADD COLUMN adapted_url VARCHAR(1000);
ALTER TABLE cocreation_call ADD COLUMN adapted_licence VARCHAR(20);
