package org.apertura.secretariat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.platform.InvalidInputException;

/**
 * An agreement (acuerdo) put to a session's vote, member by member. It is adopted when more members vote
 * for than against (abstentions do not count either way), and only when the session has quorum.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sessionId;
    private int number;
    private String text;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private Instant decidedAt;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_vote", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "member_id")
    @Column(name = "choice")
    @Enumerated(EnumType.STRING)
    private Map<Long, VoteChoice> votes = new HashMap<>();
    @Version
    private long version;

    protected Agreement() {
    }

    Agreement(Long sessionId, int number, String text, Instant now) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInputException("text", "validation.required.max", 4000);
        }
        this.sessionId = sessionId;
        this.number = number;
        this.text = text.strip();
        this.status = AgreementStatus.PROPOSED;
        this.createdAt = now;
    }

    /** Records one member's vote; a second vote by the same member, or a vote after the decision, is refused. */
    void vote(Long memberId, VoteChoice choice) {
        if (status != AgreementStatus.PROPOSED) {
            throw new InvalidInputException("votes", "agreement.error.decided");
        }
        if (choice == null) {
            throw new InvalidInputException("votes", "validation.required");
        }
        if (votes.containsKey(memberId)) {
            throw new InvalidInputException("votes", "agreement.error.votedTwice");
        }
        votes.put(memberId, choice);
    }

    /** Closes the vote. Without quorum no agreement can be adopted, so the vote cannot close. */
    void decide(boolean quorum, Instant now) {
        if (status != AgreementStatus.PROPOSED) {
            throw new InvalidInputException("votes", "agreement.error.decided");
        }
        if (!quorum) {
            throw new InvalidInputException("votes", "agreement.error.noQuorum");
        }
        if (votes.isEmpty()) {
            throw new InvalidInputException("votes", "agreement.error.noVotes");
        }
        status = count(VoteChoice.FOR) > count(VoteChoice.AGAINST) ? AgreementStatus.ADOPTED : AgreementStatus.REJECTED;
        decidedAt = now;
    }

    public long count(VoteChoice choice) {
        return votes.values().stream().filter(choice::equals).count();
    }

    Map<String, Object> publicRecord(Map<Long, String> memberNames) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", number);
        record.put("text", text);
        record.put("status", status);
        Map<String, Object> byName = new LinkedHashMap<>();
        votes.forEach((member, choice) -> byName.put(memberNames.getOrDefault(member, String.valueOf(member)), choice));
        record.put("votes", byName);
        record.put("for", count(VoteChoice.FOR));
        record.put("against", count(VoteChoice.AGAINST));
        record.put("abstain", count(VoteChoice.ABSTAIN));
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Map<Long, VoteChoice> getVotes() {
        return Map.copyOf(votes);
    }
}
