-- Issue 18: a commitment imported from another instance's kit keeps the attribution its licence asks for
-- (docs/KITS.md): the origin's institution, exercise, code, date, address and licence. Empty for commitments
-- written here.
ALTER TABLE commitment ADD COLUMN adapted_institution VARCHAR(300);
ALTER TABLE commitment ADD COLUMN adapted_exercise VARCHAR(300);
ALTER TABLE commitment ADD COLUMN adapted_code VARCHAR(40);
ALTER TABLE commitment ADD COLUMN adapted_date DATE;
ALTER TABLE commitment ADD COLUMN adapted_url VARCHAR(1000);
ALTER TABLE commitment ADD COLUMN adapted_licence VARCHAR(20);
