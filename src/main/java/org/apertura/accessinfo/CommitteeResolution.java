package org.apertura.accessinfo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/**
 * A resolution of the institution's transparency committee on a request (LGTAIP 2025 art. 40 fr. II): it
 * confirms, modifies or revokes an extension, a classification, a declaration of inexistence or of not being
 * competent. Reserved needs one of the reserve grounds of the request's law (2025: art. 112 fr. I–XVII; 2015: art.
 * 113 fr. I–XIII), the harm test (arts. 107, 113) and a period of at most the law's maximum (2025: five years, art.
 * 104 ¶2), all from the request's rule set ({@link Reserve}); confidential has no term (art. 115); inexistence
 * describes the search (art. 141).
 */
@Entity
@Table(name = "committee_resolution")
public class CommitteeResolution {

    /**
     * The reserve rules of a request's law, from its rule set: how many fractions its reserve article has, that
     * article, the most years of a first reserve and the article that sets them.
     */
    public record Reserve(int grounds, String groundsArticle, int maxYears, String maxYearsArticle) {

        /** The reserve rules of a rule set, its law named in each article. */
        public static Reserve of(org.apertura.deadlines.RuleSet set) {
            return new Reserve(set.reserveGrounds(),
                    set.law() + " " + set.limit(org.apertura.deadlines.RuleSet.Limit.RESERVE_GROUNDS).article(),
                    set.maxReserveYears(),
                    set.law() + " " + set.limit(org.apertura.deadlines.RuleSet.Limit.RESERVE_YEARS).article());
        }
    }

    /** The LGTAIP 2025's: art. 112 fr. I–XVII, at most five years (art. 104 ¶2). */
    public static final Reserve LGTAIP_2025 = new Reserve(17, "LGTAIP 2025 art. 112", 5, "LGTAIP 2025 art. 104 ¶2");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private ResolutionKind kind;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String grounds;
    private Integer reserveGround;
    private String harmTest;
    private Integer reserveYears;
    private String searchDone;
    private String session;
    private LocalDate resolvedOn;
    private Instant recordedAt;
    private String recordedBy;

    protected CommitteeResolution() {
    }

    /** What the committee resolved. */
    public record Terms(ResolutionKind kind, Decision decision, String grounds, Integer reserveGround, String harmTest,
            Integer reserveYears, String searchDone, String session) {

        /** Checked against the LGTAIP 2025's reserve rules. */
        public List<FieldProblem> check() {
            return check(LGTAIP_2025);
        }

        /** Every broken rule, the reserve checked against the request's law. */
        public List<FieldProblem> check(Reserve reserve) {
            List<FieldProblem> problems = new ArrayList<>();
            if (kind == null || kind == ResolutionKind.CONFIDENTIAL_OR_RESERVED) {
                problems.add(new FieldProblem("kind", "validation.required"));
            }
            if (decision == null) {
                problems.add(new FieldProblem("decision", "validation.required"));
            }
            if (Texts.isBlank(grounds) || grounds.strip().length() > 4000) {
                problems.add(new FieldProblem("grounds", "accessinfo.validation.grounds"));
            }
            if (Texts.isBlank(session) || session.length() > 200) {
                problems.add(new FieldProblem("session", "accessinfo.validation.session"));
            }
            if (kind == ResolutionKind.RESERVED && decision != null && decision.upholds()) {
                if (reserveGround == null || reserveGround < 1 || reserveGround > reserve.grounds()) {
                    problems.add(new FieldProblem("reserveGround", "accessinfo.validation.reserveGround",
                            reserve.grounds(), reserve.groundsArticle()));
                }
                if (Texts.isBlank(harmTest) || harmTest.strip().length() < 50) {
                    problems.add(new FieldProblem("harmTest", "accessinfo.validation.harmTest"));
                }
                if (reserveYears == null || reserveYears < 1 || reserveYears > reserve.maxYears()) {
                    problems.add(new FieldProblem("reserveYears", "accessinfo.validation.reserveYears",
                            reserve.maxYears(), reserve.maxYearsArticle()));
                }
            }
            if (kind == ResolutionKind.CONFIDENTIAL && reserveYears != null) {
                problems.add(new FieldProblem("reserveYears", "accessinfo.validation.confidentialNoTerm"));
            }
            if (kind == ResolutionKind.INEXISTENCE && decision != null && decision.upholds()
                    && (Texts.isBlank(searchDone) || searchDone.strip().length() < 30)) {
                problems.add(new FieldProblem("searchDone", "accessinfo.validation.searchDone"));
            }
            return problems;
        }
    }

    static CommitteeResolution of(Long requestId, Terms terms, LocalDate resolvedOn, Instant now, String by) {
        return of(requestId, terms, LGTAIP_2025, resolvedOn, now, by);
    }

    static CommitteeResolution of(Long requestId, Terms terms, Reserve reserve, LocalDate resolvedOn, Instant now,
            String by) {
        List<FieldProblem> problems = terms.check(reserve);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CommitteeResolution r = new CommitteeResolution();
        r.requestId = requestId;
        r.kind = terms.kind();
        r.decision = terms.decision();
        r.grounds = terms.grounds().strip();
        r.reserveGround = terms.kind() == ResolutionKind.RESERVED ? terms.reserveGround() : null;
        r.harmTest = terms.kind() == ResolutionKind.RESERVED ? Texts.blankToNull(terms.harmTest()) : null;
        r.reserveYears = terms.kind() == ResolutionKind.RESERVED ? terms.reserveYears() : null;
        r.searchDone = terms.kind() == ResolutionKind.INEXISTENCE ? Texts.blankToNull(terms.searchDone()) : null;
        r.session = terms.session().strip();
        r.resolvedOn = resolvedOn;
        r.recordedAt = now;
        r.recordedBy = by;
        return r;
    }

    /** Whether this resolution allows answering with an outcome. */
    boolean supports(Outcome outcome) {
        if (!decision.upholds()) {
            return false;
        }
        return switch (outcome) {
            case RESERVED -> kind == ResolutionKind.RESERVED;
            case CONFIDENTIAL -> kind == ResolutionKind.CONFIDENTIAL;
            case PARTIALLY_DELIVERED -> kind == ResolutionKind.CONFIDENTIAL || kind == ResolutionKind.RESERVED;
            case INEXISTENT -> kind == ResolutionKind.INEXISTENCE;
            default -> true;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public ResolutionKind getKind() {
        return kind;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getGrounds() {
        return grounds;
    }

    public Integer getReserveGround() {
        return reserveGround;
    }

    public String getHarmTest() {
        return harmTest;
    }

    public Integer getReserveYears() {
        return reserveYears;
    }

    public String getSearchDone() {
        return searchDone;
    }

    public String getSession() {
        return session;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
