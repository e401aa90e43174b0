-- The public search of requests lists newest first (received_on desc, id desc), optionally by institution,
-- outcome or stage: each of these reads the first page straight from an index instead of sorting every match.
CREATE INDEX access_request_received_ix ON access_request (received_on DESC, id DESC);
CREATE INDEX access_request_institution_received_ix ON access_request (institution_slug, received_on DESC, id DESC);
CREATE INDEX access_request_outcome_received_ix ON access_request (outcome, received_on DESC, id DESC);
CREATE INDEX access_request_stage_received_ix ON access_request (stage, received_on DESC, id DESC);
