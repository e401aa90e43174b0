-- A ballot holds its choices in its own row (ADR 0071): the projects' ids in rank order, separated by commas, so a
-- first ballot is one insert and a change one update of a row whose lock orders two changes of the same voter.
-- The child table made every ballot insert its choices apart and check each against the district's thirty projects,
-- rows every concurrent voter of the district locked (key-share) at once. The count parses the row
-- (participation.Ballots#castIn); a ballot's projects are checked against its district's feasible ones before it is
-- written (BallotCount#refusal), as they were before.
ALTER TABLE pb_ballot ADD COLUMN choices VARCHAR(4000) DEFAULT '' NOT NULL;

UPDATE pb_ballot SET choices = COALESCE((SELECT STRING_AGG(CAST(c.project_id AS VARCHAR), ',' ORDER BY c.choice_rank)
    FROM pb_ballot_choice c WHERE c.ballot_id = pb_ballot.id), '');

DROP TABLE pb_ballot_choice;
