-- Issue 18, kits of norms' citizen versions (docs/KITS.md): a norm whose citizen version was adapted from another
-- government's kit keeps the kit's attribution (institution, the original norm's title, date, original's address,
-- licence), as an imported call does (V202612157941).
ALTER TABLE infographics_norm ADD COLUMN adapted_institution VARCHAR(300);
ALTER TABLE infographics_norm ADD COLUMN adapted_exercise VARCHAR(300);
ALTER TABLE infographics_norm ADD COLUMN adapted_code VARCHAR(40);
ALTER TABLE infographics_norm ADD COLUMN adapted_date DATE;
ALTER TABLE infographics_norm ADD COLUMN adapted_url VARCHAR(1000);
ALTER TABLE infographics_norm ADD COLUMN adapted_licence VARCHAR(20);
