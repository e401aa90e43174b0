-- Publishing OCDS from Apertura's own pages: documents uploaded with a step (the file is in storage under its
-- SHA-256; a row exists only once the release naming it is published, in the same transaction), and spreadsheets
-- waiting for their confirmation (the releases they make, in storage, by a token only their author can use).
CREATE TABLE ocds_document (
    sha256           VARCHAR(64)  PRIMARY KEY,
    file_name        VARCHAR(200) NOT NULL,
    content_type     VARCHAR(120) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    institution_slug VARCHAR(80)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ocds_document_size_ck CHECK (size_bytes >= 0)
);

CREATE TABLE ocds_pending_upload (
    token            VARCHAR(64)  PRIMARY KEY,
    content_sha256   VARCHAR(64)  NOT NULL,
    institution_slug VARCHAR(80)  NOT NULL,
    owner_name       VARCHAR(320) NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    release_count    INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ocds_pending_upload_count_ck CHECK (release_count > 0)
);
CREATE INDEX ocds_pending_upload_created_ix ON ocds_pending_upload (created_at);
CREATE INDEX ocds_record_buyer_updated_ix ON ocds_record (buyer_slug, updated_at);
