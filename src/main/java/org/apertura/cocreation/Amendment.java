package org.apertura.cocreation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * An amendment to a proposal (ADR 0065): a new text of what the proposal proposes, with a reason, from a signed-in
 * person who is not its author, while the call takes proposals. The proposal's author accepts it (the proposal gets
 * a new version with the amended text, crediting it) or rejects it with a public reason; its proposer may withdraw
 * it while it is pending. The proposer is kept as an account and shown only by a public nickname they chose.
 */
@Entity
@Table(name = "proposal_amendment")
public class Amendment {

    static final int MAX_TEXT = 8000;
    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long proposalId;
    private int number;
    private Long authorAccountId;
    private String baseText;
    private String amendedText;
    private String reason;
    @Enumerated(EnumType.STRING)
    private AmendmentStatus status;
    private Instant createdAt;
    private Instant decidedAt;
    private String decisionReason;
    @Version
    private long version;

    protected Amendment() {
    }

    /** Why a person may not amend this proposal now, or empty. */
    static Optional<FieldProblem> proposeRefused(Call call, Proposal proposal, Long accountId, LocalDate today) {
        if (!call.acceptsProposalsOn(today)) {
            return Optional.of(new FieldProblem("text", "cocreation.amendment.error.closed"));
        }
        if (proposal.hasDisposition()) {
            return Optional.of(new FieldProblem("text", "cocreation.error.alreadyDisposed"));
        }
        if (proposal.getAuthorAccountId() == null) {
            return Optional.of(new FieldProblem("text", "cocreation.amendment.error.noAuthor"));
        }
        if (proposal.isAuthor(accountId)) {
            return Optional.of(new FieldProblem("text", "cocreation.amendment.error.ownProposal"));
        }
        return Optional.empty();
    }

    static Amendment propose(Proposal proposal, int number, Long accountId, String text, String reason, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.isBlank(text) || text.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "validation.required.max", MAX_TEXT));
        } else if (text.strip().equals(proposal.getProposal())) {
            problems.add(new FieldProblem("text", "cocreation.amendment.error.identical"));
        }
        FieldProblem.requiredText(reason, MAX_REASON, "reason", problems);
        InvalidInputException.throwIfAny(problems);
        Amendment a = new Amendment();
        a.proposalId = proposal.getId();
        a.number = number;
        a.authorAccountId = accountId;
        a.baseText = proposal.getProposal();
        a.amendedText = text.strip();
        a.reason = reason.strip();
        a.status = AmendmentStatus.PENDING;
        a.createdAt = now;
        return a;
    }

    /** Why this person may not accept or reject it now (only the proposal's author, while it can change), or empty. */
    Optional<FieldProblem> decideRefused(Call call, Proposal proposal, Long accountId, LocalDate today) {
        if (!proposal.isAuthor(accountId)) {
            return Optional.of(new FieldProblem("decision", "cocreation.amendment.error.notAuthor"));
        }
        if (status != AmendmentStatus.PENDING) {
            return Optional.of(new FieldProblem("decision", "cocreation.amendment.error.notPending"));
        }
        if (!call.acceptsProposalsOn(today)) {
            return Optional.of(new FieldProblem("decision", "cocreation.error.editClosed"));
        }
        return proposal.hasDisposition()
                ? Optional.of(new FieldProblem("decision", "cocreation.error.alreadyDisposed")) : Optional.empty();
    }

    /** Why this person may not withdraw it (only its proposer, while pending), or empty. */
    Optional<FieldProblem> withdrawRefused(Long accountId) {
        if (accountId == null || !accountId.equals(authorAccountId)) {
            return Optional.of(new FieldProblem("decision", "cocreation.amendment.error.notProposer"));
        }
        return status == AmendmentStatus.PENDING ? Optional.empty()
                : Optional.of(new FieldProblem("decision", "cocreation.amendment.error.notPending"));
    }

    void accept(Instant now) {
        this.status = AmendmentStatus.ACCEPTED;
        this.decidedAt = now;
    }

    void reject(String why, Instant now) {
        InvalidInputException.throwIf(FieldProblem.blankOrLongerThan(why, MAX_REASON, "decisionReason",
                "validation.required.max"));
        this.status = AmendmentStatus.REJECTED;
        this.decisionReason = why.strip();
        this.decidedAt = now;
    }

    void withdraw(Instant now) {
        this.status = AmendmentStatus.WITHDRAWN;
        this.decidedAt = now;
    }

    boolean isProposer(Long accountId) {
        return accountId != null && accountId.equals(authorAccountId);
    }

    public boolean isPending() {
        return status == AmendmentStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public int getNumber() {
        return number;
    }

    public String getBaseText() {
        return baseText;
    }

    public String getAmendedText() {
        return amendedText;
    }

    public String getReason() {
        return reason;
    }

    public AmendmentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    Long getAuthorAccountId() {
        return authorAccountId;
    }
}
