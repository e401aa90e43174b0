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

        /**
         * Another paragraph of the article that sets the maximum, as cited: the committee's extension is its third (2025:
         * art. 104 ¶3), the guarantor's its fourth (art. 104 ¶4). The 2015 law's art. 101 is taken to have the same
         * shape, which is unverified: its text is not in shared/reference.
         */
        public String paragraph(int n) {
            return maxYearsArticle.replace("¶2", "¶" + n);
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
    // A reserve's file, for the index of art. 105: the area that generated it, the document, complete or partial,
    // when the reserve starts and ends (art. 104 ¶2: from the day it is classified), and its extension (art. 104 ¶3).
    private String area;
    private String document;
    private boolean reservePartial;
    private LocalDate reserveFrom;
    private LocalDate reserveUntil;
    private Integer extensionYears;
    private String extensionHarmTest;
    private LocalDate extendedOn;
    @jakarta.persistence.Enumerated(EnumType.STRING)
    private ConfidentialGround confidentialGround;
    // The further extension asked of the guarantor authority by the committee (art. 104 ¶4), and its decision.
    @Enumerated(EnumType.STRING)
    private ReserveExtensionCase guarantorCase;
    private Integer guarantorAskYears;
    private String guarantorHarmTest;
    private LocalDate guarantorAskedOn;
    private String guarantorSlug;
    private Boolean guarantorGranted;
    private Integer guarantorGrantedYears;
    private String guarantorReasons;
    private LocalDate guarantorDecidedOn;

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
            FieldProblem.required(decision, "decision", problems);
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

    /**
     * What a confirmed reserve records for the half-yearly index of reserved files (art. 105: "el Área que generó la
     * información, el nombre del Documento, si se trata de una reserva completa o parcial") and the committee's
     * statement that none of art. 114's exclusions applies ("No podrá invocarse el carácter de reservado cuando: I. Se
     * trate de violaciones graves de derechos humanos o delitos de lesa humanidad, o II. [...] actos de corrupción
     * acreditados").
     */
    public record ReserveFile(String area, String document, boolean partial, boolean notExcluded) {

        public static final ReserveFile NONE = new ReserveFile(null, null, false, false);

        public List<FieldProblem> check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (Texts.isBlank(area) || area.strip().length() > 200) {
                problems.add(new FieldProblem("area", "accessinfo.validation.reserveArea"));
            }
            if (Texts.isBlank(document) || document.strip().length() > 300) {
                problems.add(new FieldProblem("document", "accessinfo.validation.reserveDocument"));
            }
            if (!notExcluded) {
                problems.add(new FieldProblem("notExcluded", "accessinfo.validation.art114"));
            }
            return problems;
        }
    }

    /**
     * The ground of a confidentiality the committee confirms (art. 115), if it states one; given on any other
     * resolution, it is refused. Returns this resolution.
     */
    CommitteeResolution confidentialOn(ConfidentialGround ground) {
        if (ground != null && kind != ResolutionKind.CONFIDENTIAL) {
            throw new InvalidInputException("confidentialGround", "accessinfo.validation.confidentialGroundOnly");
        }
        confidentialGround = ground;
        return this;
    }

    public ConfidentialGround getConfidentialGround() {
        return confidentialGround;
    }

    /**
     * The legend a document classified as reserved must carry (LGTAIP 2025 art. 109: "una leyenda que indique tal
     * carácter, la fecha de la clasificación, el fundamento legal y, en su caso, el periodo de reserva"): complete or
     * partial, the day classified, the reserve article and fraction of the request's law, the years and last day, and
     * the committee's extension when there was one. In Spanish, as it appears on the document; null when this
     * resolution records no reserved file.
     */
    public String reserveLegend(Reserve reserve) {
        if (reserveFrom == null) {
            return null;
        }
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder legend = new StringBuilder("Documento clasificado como reservado ")
                .append(reservePartial ? "en parte" : "en su totalidad").append(" el ").append(dmy.format(reserveFrom))
                .append(", con fundamento en ").append(reserve.groundsArticle()).append(" fr. ")
                .append(org.apertura.platform.Roman.of(reserveGround)).append(". Periodo de reserva: ").append(reserveYears)
                .append(reserveYears == 1 ? " año" : " años");
        if (extensionYears != null) {
            legend.append(", ampliado por ").append(extensionYears).append(extensionYears == 1 ? " año" : " años")
                    .append(" el ").append(dmy.format(extendedOn));
        }
        if (Boolean.TRUE.equals(guarantorGranted)) {
            legend.append(", ampliado de nuevo por la autoridad garante por ").append(guarantorGrantedYears)
                    .append(guarantorGrantedYears == 1 ? " año" : " años").append(" el ")
                    .append(dmy.format(guarantorDecidedOn));
        }
        return legend.append("; reservado hasta el ").append(dmy.format(reserveUntil)).append('.').toString();
    }

    /** Whether this resolution classifies as reserved (confirming or modifying the area's classification). */
    public boolean isReserve() {
        return kind == ResolutionKind.RESERVED && decision.upholds();
    }

    /**
     * The last day of a reserve of {@code years} classified on {@code from}: "El periodo de reserva correrá a partir
     * de la fecha en que se clasifica el documento" (art. 104 ¶2), calendar years (not business days: art. 128 ¶2
     * speaks of terms in days), the day of classification the first: its last day is the eve of the anniversary, and the
     * document is public on the anniversary. A reserve from 1 March 2028 (a leap year) for one year ends on 28 February
     * 2029.
     */
    static LocalDate reserveEnd(LocalDate from, int years) {
        return from.minusDays(1).plusYears(years);
    }

    static CommitteeResolution of(Long requestId, Terms terms, ReserveFile file, Reserve reserve, LocalDate resolvedOn,
            Instant now, String by) {
        boolean reserved = terms.kind() == ResolutionKind.RESERVED && terms.decision() != null
                && terms.decision().upholds();
        List<FieldProblem> problems = new ArrayList<>(terms.check(reserve));
        if (reserved) {
            problems.addAll(file.check());
        }
        InvalidInputException.throwIfAny(problems);
        CommitteeResolution r = of(requestId, terms, reserve, resolvedOn, now, by);
        if (reserved) {
            r.area = file.area().strip();
            r.document = file.document().strip();
            r.reservePartial = file.partial();
            r.reserveFrom = resolvedOn;
            r.reserveUntil = reserveEnd(resolvedOn, terms.reserveYears());
        }
        return r;
    }

    /**
     * The committee extends a reserve in force, once, by up to the law's maximum again ("podrán ampliar el periodo de
     * reserva hasta por un plazo de cinco años adicionales, siempre y cuando justifiquen que subsisten las causas [...]
     * mediante la aplicación de una prueba de daño", art. 104 ¶3; art. 40 fr. VII). A further extension is asked of the
     * guarantor authority at least three months before the end (art. 104 ¶4): {@link #askGuarantorExtension}.
     */
    void extendReserve(int years, String harmTest, LocalDate on, Reserve reserve) {
        List<FieldProblem> problems = new ArrayList<>();
        extendReserveRefused(on).ifPresent(problems::add);
        if (years < 1 || years > reserve.maxYears()) {
            problems.add(new FieldProblem("years", "accessinfo.validation.reserveYears", reserve.maxYears(),
                    reserve.maxYearsArticle()));
        }
        if (Texts.isBlank(harmTest) || harmTest.strip().length() < 50 || harmTest.strip().length() > 8000) {
            problems.add(new FieldProblem("harmTest", "accessinfo.validation.harmTest"));
        }
        InvalidInputException.throwIfAny(problems);
        extensionYears = years;
        extensionHarmTest = harmTest.strip();
        extendedOn = on;
        reserveUntil = reserveUntil.plusYears(years);
    }

    /** Why the committee cannot extend this reserve on a day: not a reserve, already extended, or no longer in force. */
    java.util.Optional<FieldProblem> extendReserveRefused(LocalDate on) {
        if (!isReserve() || reserveUntil == null) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.notAReserve"));
        }
        if (extendedOn != null) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.reserveExtendedOnce"));
        }
        if (on.isAfter(reserveUntil) || on.isBefore(reserveFrom)) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.reserveEnded", reserveUntil));
        }
        return java.util.Optional.empty();
    }

    /**
     * The last day the committee may ask the guarantor authority for a further extension: "por lo menos con tres meses de
     * anticipación al vencimiento del periodo" (art. 104 ¶4), three calendar months before the reserve's last day (a
     * reserve until 17 March 2033 may be asked about until 17 December 2032); null when this is not a reserve.
     */
    public LocalDate guarantorAskBy() {
        return reserveUntil == null ? null : reserveUntil.minusMonths(3);
    }

    /**
     * The committee asks the guarantor authority {@code guarantorSlug} to extend this reserve again (art. 104 ¶4: "el
     * Comité de Transparencia respectivo deberá hacer la solicitud correspondiente a la Autoridad garante, debidamente
     * fundada y motivada, aplicando la prueba de daño y señalando el plazo de reserva"): in one of the two cases of the
     * paragraph, for {@code years} (the law sets no length: the platform bounds it by the first term's maximum, ADR
     * 0046), with its harm test, on or before {@link #guarantorAskBy()}. Checks everything before changing anything.
     */
    void askGuarantorExtension(ReserveExtensionCase extensionCase, Integer years, String harmTest, String guarantorSlug,
            LocalDate on, Reserve reserve) {
        List<FieldProblem> problems = new ArrayList<>();
        askGuarantorExtensionRefused(on).ifPresent(problems::add);
        if (extensionCase == null) {
            problems.add(new FieldProblem("extensionCase", "validation.required"));
        } else if (extensionCase.requiredGround() != null && !extensionCase.requiredGround().equals(reserveGround)) {
            problems.add(new FieldProblem("extensionCase", "accessinfo.validation.extensionCaseGround"));
        }
        if (years == null || years < 1 || years > reserve.maxYears()) {
            problems.add(new FieldProblem("years", "accessinfo.validation.reserveYears", reserve.maxYears(),
                    reserve.maxYearsArticle()));
        }
        if (Texts.isBlank(harmTest) || harmTest.strip().length() < 50 || harmTest.strip().length() > 8000) {
            problems.add(new FieldProblem("harmTest", "accessinfo.validation.harmTest"));
        }
        if (guarantorSlug == null) {
            problems.add(new FieldProblem("extensionCase", "accessinfo.error.noGuarantorAuthority"));
        }
        InvalidInputException.throwIfAny(problems);
        guarantorCase = extensionCase;
        guarantorAskYears = years;
        guarantorHarmTest = harmTest.strip();
        guarantorAskedOn = on;
        this.guarantorSlug = guarantorSlug;
    }

    /**
     * Why the committee cannot ask the guarantor authority for a further extension on a day: not a reserve; not yet
     * extended by the committee (¶4 is to extend "nuevamente", after ¶3); already asked (the platform records one); or
     * less than three months before its end.
     */
    java.util.Optional<FieldProblem> askGuarantorExtensionRefused(LocalDate on) {
        if (!isReserve() || reserveUntil == null) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.notAReserve"));
        }
        if (extendedOn == null) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.guarantorExtensionFirst"));
        }
        if (guarantorAskedOn != null) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.guarantorExtensionAsked"));
        }
        if (on.isBefore(reserveFrom) || on.isAfter(guarantorAskBy())) {
            return java.util.Optional.of(new FieldProblem("years", "accessinfo.error.guarantorExtensionLate",
                    guarantorAskBy(), reserveUntil));
        }
        return java.util.Optional.empty();
    }

    /**
     * The guarantor authority grants the further extension, for at most the years asked, or refuses it, with its reasons.
     * Granted, the reserve lasts that many more years from its end. The law sets it no term; a decision after the
     * reserve ended is refused, the document being public since (art. 104 fr. II).
     */
    void decideGuarantorExtension(Boolean grant, Integer years, String reasons, LocalDate on) {
        List<FieldProblem> problems = new ArrayList<>();
        decideGuarantorExtensionRefused(on).ifPresent(problems::add);
        if (grant == null) {
            problems.add(new FieldProblem("grant", "validation.required"));
        } else if (grant && (years == null || years < 1 || guarantorAskYears == null || years > guarantorAskYears)) {
            problems.add(new FieldProblem("years", "accessinfo.validation.guarantorYears",
                    guarantorAskYears == null ? 0 : guarantorAskYears));
        } else if (!grant && years != null) {
            problems.add(new FieldProblem("years", "accessinfo.validation.guarantorYearsRefused"));
        }
        if (Texts.isBlank(reasons) || reasons.strip().length() < 20 || reasons.strip().length() > 8000) {
            problems.add(new FieldProblem("reasons", "accessinfo.validation.guarantorReasons"));
        }
        InvalidInputException.throwIfAny(problems);
        guarantorGranted = grant;
        guarantorGrantedYears = grant ? years : null;
        guarantorReasons = reasons.strip();
        guarantorDecidedOn = on;
        if (grant) {
            reserveUntil = reserveUntil.plusYears(years);
        }
    }

    /** Why the guarantor authority cannot decide today: nothing asked, already decided, or the reserve ended. */
    java.util.Optional<FieldProblem> decideGuarantorExtensionRefused(LocalDate on) {
        if (guarantorAskedOn == null) {
            return java.util.Optional.of(new FieldProblem("grant", "accessinfo.error.guarantorNothingAsked"));
        }
        if (guarantorDecidedOn != null) {
            return java.util.Optional.of(new FieldProblem("grant", "accessinfo.error.guarantorDecided"));
        }
        if (on.isAfter(reserveUntil)) {
            return java.util.Optional.of(new FieldProblem("grant", "accessinfo.error.reserveEnded", reserveUntil));
        }
        return java.util.Optional.empty();
    }

    /** The years the reserve was extended, by the committee (¶3) and the guarantor authority (¶4); null: never. */
    public Integer extensionYearsInAll() {
        if (extensionYears == null) {
            return null;
        }
        return extensionYears + (guarantorGrantedYears == null ? 0 : guarantorGrantedYears);
    }

    public ReserveExtensionCase getGuarantorCase() {
        return guarantorCase;
    }

    public Integer getGuarantorAskYears() {
        return guarantorAskYears;
    }

    public String getGuarantorHarmTest() {
        return guarantorHarmTest;
    }

    public LocalDate getGuarantorAskedOn() {
        return guarantorAskedOn;
    }

    /** The guarantor authority asked (its institution's slug), as routed on the day asked. */
    public String getGuarantorSlug() {
        return guarantorSlug;
    }

    public Boolean getGuarantorGranted() {
        return guarantorGranted;
    }

    public Integer getGuarantorGrantedYears() {
        return guarantorGrantedYears;
    }

    public String getGuarantorReasons() {
        return guarantorReasons;
    }

    public LocalDate getGuarantorDecidedOn() {
        return guarantorDecidedOn;
    }

    static CommitteeResolution of(Long requestId, Terms terms, LocalDate resolvedOn, Instant now, String by) {
        return of(requestId, terms, LGTAIP_2025, resolvedOn, now, by);
    }

    static CommitteeResolution of(Long requestId, Terms terms, Reserve reserve, LocalDate resolvedOn, Instant now,
            String by) {
        List<FieldProblem> problems = terms.check(reserve);
        InvalidInputException.throwIfAny(problems);
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
            case NOT_COMPETENT_CONFIRMED -> kind == ResolutionKind.NOT_COMPETENT;
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

    /** The reserve's ground as the law writes its fraction (art. 112): 5 is "V"; none without a reserve. */
    public String getReserveFraction() {
        return reserveGround == null ? null : org.apertura.platform.Roman.of(reserveGround);
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

    public String getArea() {
        return area;
    }

    public String getDocument() {
        return document;
    }

    public boolean isReservePartial() {
        return reservePartial;
    }

    public LocalDate getReserveFrom() {
        return reserveFrom;
    }

    /** The last day the reserve lasts (its extension included); the document is public the day after. */
    public LocalDate getReserveUntil() {
        return reserveUntil;
    }

    public Integer getExtensionYears() {
        return extensionYears;
    }

    public String getExtensionHarmTest() {
        return extensionHarmTest;
    }

    public LocalDate getExtendedOn() {
        return extendedOn;
    }
}
