package org.apertura.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A team's work: a title, a description, the address of its repository or document, and its licence, which
 * must be free. One per team; the team may revise it until submissions close (each revision goes to the
 * public history). The prize, if any, is given when the results are published.
 */
@Entity
@Table(name = "challenge_submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long challengeId;
    private Long teamId;
    private String title;
    private String description;
    private String link;
    private String licence;
    private int revision;
    private Instant submittedAt;
    private String award;
    @Version
    private long version;

    protected Submission() {
    }

    Submission(Long challengeId, Long teamId) {
        this.challengeId = challengeId;
        this.teamId = teamId;
    }

    /**
     * Sets the work, after checking every field at once; the licence must be free (its SPDX identifier is
     * stored as the list writes it).
     */
    void revise(String title, String description, String link, String licence, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldProblem.requiredText(title, 200, "title", problems);
        FieldProblem.requiredText(description, 4000, "description", problems);
        if (!Texts.isWebAddress(link, 1000)) {
            problems.add(new FieldProblem("link", "challenge.error.link"));
        }
        FreeLicences.Verdict verdict = FreeLicences.list().check(licence);
        if (!verdict.accepted()) {
            problems.add(verdict.problem());
        }
        InvalidInputException.throwIfAny(problems);
        this.title = title.strip();
        this.description = description.strip();
        this.link = link.strip();
        this.licence = verdict.licence().id();
        this.revision++;
        this.submittedAt = now;
    }

    void award(String prize) {
        this.award = Texts.blankToNull(prize);
    }

    Map<String, Object> publicRecord(String team) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("team", team);
        record.put("title", title);
        record.put("description", description);
        record.put("link", link);
        record.put("licence", licence);
        record.put("revision", revision);
        return record;
    }

    public Long getId() {
        return id;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLink() {
        return link;
    }

    public String getLicence() {
        return licence;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAward() {
        return award;
    }
}
