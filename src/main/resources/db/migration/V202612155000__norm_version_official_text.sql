-- The official text of a norm belongs to each version (infographics module): a new version may come with a new
-- gazette publication and file, and an earlier version keeps pointing at the text it was written from. A version
-- published without a new file keeps the previous version's file. The current version of each norm takes
-- what the norm holds today; for earlier versions the official text was not recorded before this change.
ALTER TABLE infographics_norm_version ADD COLUMN official_url VARCHAR(500);
ALTER TABLE infographics_norm_version ADD COLUMN official_file_sha256 VARCHAR(64);
ALTER TABLE infographics_norm_version ADD COLUMN official_file_name VARCHAR(200);

UPDATE infographics_norm_version SET
    official_url = (SELECT n.official_url FROM infographics_norm n
        WHERE n.id = infographics_norm_version.norm_id AND n.current_version = infographics_norm_version.number),
    official_file_sha256 = (SELECT n.official_file_sha256 FROM infographics_norm n
        WHERE n.id = infographics_norm_version.norm_id AND n.current_version = infographics_norm_version.number),
    official_file_name = (SELECT n.official_file_name FROM infographics_norm n
        WHERE n.id = infographics_norm_version.norm_id AND n.current_version = infographics_norm_version.number);

ALTER TABLE infographics_norm_version ADD CONSTRAINT infographics_norm_version_file_ck
    CHECK ((official_file_sha256 IS NULL) = (official_file_name IS NULL));
