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
 * competent. Reserved needs one of the art. 112 grounds, the harm test (arts. 107, 113) and a period of at
 * most five years (art. 104); confidential has no term (art. 115); inexistence describes the search (art. 141).
 */
@Entity
@Table(name = "committee_resolution")
public class CommitteeResolution {

    /** The most years information may be reserved at first (art. 104). */
    public static final int MAX_RESERVE_YEARS = 5;
    /** The grounds of reserve, art. 112 fractions I to XVII. */
    public static final int RESERVE_GROUNDS = 17;

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

        public List<FieldProblem> check() {
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
                if (reserveGround == null || reserveGround < 1 || reserveGround > RESERVE_GROUNDS) {
                    problems.add(new FieldProblem("reserveGround", "accessinfo.validation.reserveGround"));
                }
                if (Texts.isBlank(harmTest) || harmTest.strip().length() < 50) {
                    problems.add(new FieldProblem("harmTest", "accessinfo.validation.harmTest"));
                }
                if (reserveYears == null || reserveYears < 1 || reserveYears > MAX_RESERVE_YEARS) {
                    problems.add(new FieldProblem("reserveYears", "accessinfo.validation.reserveYears", MAX_RESERVE_YEARS));
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
        List<FieldProblem> problems = terms.check();
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
