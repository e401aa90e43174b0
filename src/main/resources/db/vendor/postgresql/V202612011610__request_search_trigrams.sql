-- PostgreSQL only (H2 keeps scanning): the words of a search are matched with LIKE '% term%' on search_terms;
-- a trigram GIN index answers those patterns without reading every request. pg_trgm is a trusted extension
-- (PostgreSQL 13+), so the application's own role may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX access_request_terms_trgm_ix ON access_request USING gin (search_terms gin_trgm_ops);
