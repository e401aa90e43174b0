-- Officials register ballots received remotely (telephone, messaging, post) as they do those cast at a polling
-- table (theme i's channels: in person, remote and online; platform's intake channel). The result counts them apart.
ALTER TABLE pb_voter DROP CONSTRAINT pb_voter_channel_ck;
ALTER TABLE pb_voter ADD CONSTRAINT pb_voter_channel_ck CHECK (channel IN ('ONLINE', 'IN_PERSON', 'REMOTE'));
ALTER TABLE pb_ballot DROP CONSTRAINT pb_ballot_channel_ck;
ALTER TABLE pb_ballot ADD CONSTRAINT pb_ballot_channel_ck CHECK (channel IN ('ONLINE', 'IN_PERSON', 'REMOTE'));
ALTER TABLE pb_result ADD COLUMN votes_remote INTEGER DEFAULT 0 NOT NULL;
