-- Issue 20 (docs/adr/0053): the obligated subject informs the guarantor authority of its compliance "en un plazo no
-- mayor a tres días" (LGTAIP 2025 art. 156 ¶2), counted from the end of the term to comply (art. 192 ¶1). The last
-- day to report and whether the report came by it. Appeals that entered compliance before this rule was modelled keep
-- both empty: no past step changes.
ALTER TABLE appeal ADD COLUMN report_due DATE;
ALTER TABLE appeal ADD COLUMN reported_on_time BOOLEAN;
ALTER TABLE appeal ADD CONSTRAINT appeal_report_due_ck CHECK (reported_on_time IS NULL OR report_due IS NOT NULL);
