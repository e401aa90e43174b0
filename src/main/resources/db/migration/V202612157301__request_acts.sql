-- Issue 20, the request's missing acts (legal review 2026-12 §1.3, §2.4, §4). Every new column is empty or false for
-- existing requests, so no past step changes meaning and no migration event is written.
-- Art. 130 ¶3: a partial requirement left unanswered keeps the contents it did not touch.
ALTER TABLE access_request ADD COLUMN clarification_partial BOOLEAN DEFAULT FALSE NOT NULL;
-- Art. 125: a request received by another channel is registered within five days of its receipt; later is flagged.
ALTER TABLE access_request ADD COLUMN registration_due DATE;
ALTER TABLE access_request ADD COLUMN registered_late BOOLEAN DEFAULT FALSE NOT NULL;
-- Art. 149: an appeal for lack of answer won by a firm resolution makes delivery free of reproduction fees.
ALTER TABLE access_request ADD COLUMN free_delivery_appeal VARCHAR(40);
ALTER TABLE access_request ADD COLUMN free_delivery_on DATE;
ALTER TABLE access_request ADD CONSTRAINT access_request_partial_ck CHECK (
    clarification_partial = FALSE OR clarification_question IS NOT NULL);
ALTER TABLE access_request ADD CONSTRAINT access_request_registration_ck CHECK (
    (registration_due IS NULL OR channel <> 'ONLINE') AND (registered_late = FALSE OR registration_due IS NOT NULL));
ALTER TABLE access_request ADD CONSTRAINT access_request_free_delivery_ck CHECK (
    (free_delivery_appeal IS NULL) = (free_delivery_on IS NULL));
-- Art. 40 fr. II against art. 138: an incompetence the committee confirmed is its own outcome.
ALTER TABLE access_request DROP CONSTRAINT access_request_outcome_values_ck;
ALTER TABLE access_request ADD CONSTRAINT access_request_outcome_values_ck CHECK (outcome IS NULL OR outcome IN (
    'DELIVERED', 'PARTIALLY_DELIVERED', 'RESERVED', 'CONFIDENTIAL', 'INEXISTENT', 'NOT_COMPETENT',
    'NOT_COMPETENT_CONFIRMED', 'ALREADY_PUBLIC', 'DIRECT_CONSULTATION'));
