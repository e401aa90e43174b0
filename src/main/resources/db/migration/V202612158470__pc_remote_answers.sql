-- Officials register consultations' answers received remotely (telephone, messaging, post) as they do budget ballots
-- (V202612158440; theme i's channels: in person, remote and online). One answer per voter whatever the channel
-- (pc_ballot_voter_uk); the count shows them apart.
ALTER TABLE pc_ballot DROP CONSTRAINT pc_ballot_channel_ck;
ALTER TABLE pc_ballot ADD CONSTRAINT pc_ballot_channel_ck CHECK (channel IN ('ONLINE', 'IN_PERSON', 'REMOTE'));
