-- Drafts of calls for proposals and challenges (issue 18, ADR 0061, superseding that part of ADR 0051): a call or a
-- challenge written by hand or imported from a kit is a draft only those who run its exercise see, until they publish
-- it; publishing writes the ledger entry its creation wrote before. Every existing one was already public: published.
ALTER TABLE cocreation_call ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE cocreation_call SET published_at = created_at;
ALTER TABLE challenge ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE challenge SET published_at = created_at;
-- The counted problem selection (participation, ADR 0055) the coordinators chose in the call's draft, as
-- "process-slug/number": linked to the call when it is published (co-creation does not know participation).
ALTER TABLE cocreation_call ADD COLUMN problem_selection VARCHAR(200);
