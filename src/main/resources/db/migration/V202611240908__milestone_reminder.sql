-- Reminders about milestones, at most one of each kind per milestone: the primary key makes a reminder fire
-- once even when several nodes run the job at the same moment.
CREATE TABLE milestone_reminder (
    milestone_id BIGINT NOT NULL REFERENCES milestone (id),
    kind         VARCHAR(10) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (milestone_id, kind),
    CONSTRAINT milestone_reminder_kind_ck CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
);
