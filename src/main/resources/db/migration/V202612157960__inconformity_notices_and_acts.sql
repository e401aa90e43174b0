-- Recurso de inconformidad (docs/adr/0038): the days its acts were notified (terms run from the day after, LGTAIP
-- 2025 art. 128; arts. 167 ¶1, 171 ¶2, 175 ¶1), the appellant's extra days to allege (art. 171 ¶3), the close of
-- instruction (art. 171 ¶2), a third party (art. 172 ¶2) and the local authority's request for more time for its new
-- ruling (art. 175 ¶2). Steps record the day and means of their notice. No past step changes: the notice days of
-- acts already made are the acts' own days, as their terms were counted.
ALTER TABLE inconformity ADD COLUMN prevention_days INTEGER;
ALTER TABLE inconformity ADD COLUMN prevention_notified_on DATE;
ALTER TABLE inconformity ADD COLUMN admission_notified_on DATE;
ALTER TABLE inconformity ADD COLUMN resolution_notified_on DATE;
ALTER TABLE inconformity ADD COLUMN allegations_extension_days INTEGER;
ALTER TABLE inconformity ADD COLUMN instruction_closed_on DATE;
ALTER TABLE inconformity ADD COLUMN third_party_notified_on DATE;
ALTER TABLE inconformity ADD COLUMN third_party_due DATE;
ALTER TABLE inconformity ADD COLUMN third_party_alleged_on DATE;
ALTER TABLE inconformity ADD COLUMN third_party_on_time BOOLEAN;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_ask_by DATE;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_asked_on DATE;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_days INTEGER;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_decision_due DATE;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_granted BOOLEAN;
ALTER TABLE inconformity ADD COLUMN new_ruling_extension_decided_on DATE;
ALTER TABLE inconformity_step ADD COLUMN notified_on DATE;
ALTER TABLE inconformity_step ADD COLUMN notified_by VARCHAR(20);

UPDATE inconformity SET prevention_notified_on = prevented_on WHERE prevented_on IS NOT NULL;
UPDATE inconformity SET admission_notified_on = admitted_on WHERE admitted_on IS NOT NULL;
UPDATE inconformity SET resolution_notified_on = resolved_on WHERE resolution IN ('REVOKED', 'MODIFIED');
UPDATE inconformity SET prevention_days = (SELECT MAX(s.term_days) FROM inconformity_step s
    WHERE s.inconformity_id = inconformity.id AND s.type = 'prevented') WHERE prevented_on IS NOT NULL;
