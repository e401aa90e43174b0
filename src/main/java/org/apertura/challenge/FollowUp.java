package org.apertura.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/** What became of a winning submission: the milestone of the commitment that took it forward, and how. */
@Entity
@Table(name = "challenge_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long challengeId;
    private Long submissionId;
    private Long milestoneId;
    private String note;
    private Instant linkedAt;

    protected FollowUp() {
    }

    FollowUp(Long challengeId, Long submissionId, Long milestoneId, String note, Instant now) {
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(note, 2000, "note", "validation.required.max"));
        this.challengeId = challengeId;
        this.submissionId = submissionId;
        this.milestoneId = milestoneId;
        this.note = note.strip();
        this.linkedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public String getNote() {
        return note;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
