-- The CKAN API's search index (opendata.api.CatalogIndex) asks before every search for the latest
-- metadata_modified of any dataset, and reloads the datasets modified since: one index answers both at once.
CREATE INDEX opendata_dataset_metadata_modified_ix ON opendata_dataset (metadata_modified);
