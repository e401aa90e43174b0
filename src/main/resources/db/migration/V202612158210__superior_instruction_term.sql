-- LGTAIP 2025 art. 199 ¶1: when the coercive measures executed did not bring compliance, the superior is required
-- "para que en un plazo de cinco días lo instruya a cumplir sin demora" (Term.SUPERIOR_INSTRUCTION). The term's first
-- day and last day on the appeal; appeals before it keep both empty (no past step changes).
ALTER TABLE appeal ADD COLUMN instruction_from DATE;
ALTER TABLE appeal ADD COLUMN instruction_due DATE;
