-- Issue 18, kits of archival catalogs (docs/KITS.md): a version of an institution's instruments imported from another
-- government's kit keeps the kit's attribution (institution, exercise, code, date, original's address, licence), as an
-- imported challenge does (V202612158040).
ALTER TABLE archives_instrument ADD COLUMN adapted_institution VARCHAR(300);
ALTER TABLE archives_instrument ADD COLUMN adapted_exercise VARCHAR(300);
ALTER TABLE archives_instrument ADD COLUMN adapted_code VARCHAR(40);
ALTER TABLE archives_instrument ADD COLUMN adapted_date DATE;
ALTER TABLE archives_instrument ADD COLUMN adapted_url VARCHAR(1000);
ALTER TABLE archives_instrument ADD COLUMN adapted_licence VARCHAR(20);
