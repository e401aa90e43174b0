-- Archives: the attendance of a training session (issue 16: "training sessions recorded with attendance"). The staff
-- who attended are listed by name and post (public servants in their office); anyone else is only counted. A session
-- recorded before this keeps its total as others counted.
ALTER TABLE archives_training ADD COLUMN public_attendees INTEGER;
UPDATE archives_training SET public_attendees = attendees;
ALTER TABLE archives_training ALTER COLUMN public_attendees SET NOT NULL;
ALTER TABLE archives_training ADD CONSTRAINT archives_training_public_ck
    CHECK (public_attendees >= 0 AND public_attendees <= attendees);

CREATE TABLE archives_training_staff (
    training_id BIGINT       NOT NULL REFERENCES archives_training (id),
    position    INTEGER      NOT NULL,
    attendee    VARCHAR(200) NOT NULL,
    CONSTRAINT archives_training_staff_pk PRIMARY KEY (training_id, position),
    CONSTRAINT archives_training_staff_ck CHECK (position >= 0 AND LENGTH(TRIM(attendee)) > 0)
);
