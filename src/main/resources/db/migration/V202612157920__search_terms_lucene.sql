-- Search terms are now made by Lucene's Spanish analysis (ADR 0034): the stored ones were made by the old
-- stemmer and would no longer meet the queries' terms. They are marked here; at start-up each module gives its
-- rows their terms again from their own texts (platform.StaleSearchTerms), which SQL cannot compute.
UPDATE access_request SET search_terms = '#';
UPDATE opendata_dataset SET search_terms = '#';
