-- A calendar change rewrites the due date of tens of thousands of open requests at once (docs/adr/0085). While the due
-- date was in an index, every such update was a new row version that each of the table's indexes had to point at (13,
-- the trigram index of the search terms included); with no indexed column changed, PostgreSQL can update the row on
-- its own page without touching any index (a HOT update). The unit's inbox, the one reader that ordered by it, sorts
-- one institution's open requests by due date itself.
DROP INDEX access_request_institution_ix;
CREATE INDEX access_request_institution_ix ON access_request (institution_id, stage);
