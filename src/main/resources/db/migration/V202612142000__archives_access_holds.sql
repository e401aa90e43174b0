-- Archives: the holds that follow access to information find a request's (or appeal's) own case file by its filing
-- key in any institution's fonds.
CREATE INDEX archives_file_auto_key_ix ON archives_file (auto_key);
