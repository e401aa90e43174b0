package org.apertura.cocreation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text a proposal had before an edit made once people supported it: they supported this text. */
@Entity
@Table(name = "proposal_version")
public class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long proposalId;
    private int number;
    private String title;
    private String problem;
    private String proposal;
    private int supports;
    private Instant replacedAt;
    /** The accepted amendment whose text replaced this one, if an amendment did (ADR 0065). */
    private Long amendmentId;

    protected ProposalVersion() {
    }

    ProposalVersion(Proposal p, int number, int supports, Instant now) {
        this.proposalId = p.getId();
        this.number = number;
        this.title = p.getTitle();
        this.problem = p.getProblem();
        this.proposal = p.getProposal();
        this.supports = supports;
        this.replacedAt = now;
    }

    /** The text before an accepted amendment replaced it, crediting that amendment. */
    ProposalVersion(Proposal p, int number, int supports, Instant now, Amendment amendment) {
        this(p, number, supports, now);
        this.amendmentId = amendment.getId();
    }

    public Long getAmendmentId() {
        return amendmentId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getProposal() {
        return proposal;
    }

    public int getSupports() {
        return supports;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
