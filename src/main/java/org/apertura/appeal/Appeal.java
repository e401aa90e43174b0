package org.apertura.appeal;

import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.Stage;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apertura.deadlines.Term;
import org.apertura.deadlines.TermSpan;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.deadlines.Deadlines;

/**
 * An appeal (recurso de revisión) of a request to its guarantor (LGTAIP 2025 arts. 144–160, 191–193). Every
 * transition checks its stage and its deadline here, reports every broken rule at once, and returns the public
 * step it makes. Terms come from the request's {@link Deadlines} (its calendar and its law); none is written
 * here. The appellant is never named: the appeal does not even hold who they are, only the request does.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends Proceeding {

    /** Most characters of a free text (reasons, allegations, resolution, report). */
    public static final int MAX_TEXT = 8000;
    /**
     * Most business days a resolution or an extension may give to comply. The law sets no number for the
     * exceptional term (art. 154 ¶2, 191): this only bounds typing errors.
     */
    public static final int MAX_EXCEPTIONAL_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What is appealed: an answer, or the lack of one once its term passed (art. 144). */
    @org.apertura.platform.web.Labels("appeal.actKind")
    public enum Act {
        ANSWER,
        NO_ANSWER,
        /** The answer given in compliance with an earlier appeal's resolution (art. 145 last paragraph). */
        COMPLIANCE_ANSWER,
        /**
         * None: filed while the request was neither answered nor overdue, so no act of art. 145 existed and the
         * term of art. 144 had not begun. Received and flagged for the guarantor, who will likely dismiss it under
         * art. 158 fr. III (legal review 2026-12 §3: the form no longer refuses it; art. 153 fr. I).
         */
        NONE
    }

    /** The window to appeal a request: the act, the day it counts from, and the last day (art. 144). */
    public record Window(Act act, LocalDate from, LocalDate due) {

        public boolean openOn(LocalDate day) {
            return !day.isAfter(due);
        }
    }

    private Long guarantorInstitutionId;
    private String guarantorSlug;
    private String guarantorJurisdictionSlug;
    /** Why it went to its guarantor authority: the legal basis of the assignment or succession (art. 3 fr. III-V). */
    private String guarantorBasis;
    @Enumerated(EnumType.STRING)
    private Act act;
    private LocalDate actDate;
    private LocalDate appealDue;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appeal_cause", joinColumns = @JoinColumn(name = "appeal_id"))
    @Column(name = "cause")
    @Enumerated(EnumType.STRING)
    private Set<AppealCause> causes = new TreeSet<>();
    @Enumerated(EnumType.STRING)
    private AppealStage stage;
    private boolean clarificationAsked;
    @Enumerated(EnumType.STRING)
    private AppealStage clarificationStage;
    private String clarificationQuestion;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "clarification_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "clarification_due"))
    private TermSpan clarificationTerm;
    private String clarificationReply;
    private LocalDate clarificationRepliedOn;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "resolution_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "resolution_due"))
    private TermSpan resolutionTerm;
    private String appellantAllegation;
    private LocalDate appellantAllegedOn;
    private String institutionAllegation;
    private LocalDate institutionAllegedOn;
    @Enumerated(EnumType.STRING)
    private DismissalGround dismissalGround;
    @Enumerated(EnumType.STRING)
    private AppealResolution resolution;
    private Integer complianceDays;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "compliance_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "compliance_due"))
    private TermSpan complianceTerm;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "objection_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "objection_due"))
    private TermSpan objectionTerm;
    private String objection;
    private LocalDate objectedOn;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "verification_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "verification_due"))
    private TermSpan verificationTerm;
    private String verificationText;
    private LocalDate verifiedOn;
    /**
     * The last day to admit, dismiss or prevent the appeal where the law that governs it sets a term for that
     * ({@link Term#APPEAL_ADMISSION}, a state law's); null under the LGTAIP, which sets none (art. 153 fr. I).
     */
    private LocalDate admissionDue;
    private String admissionBasis;
    /** The causes a state law adds (their fractions, e.g. "XIV"), comma-separated; null when none. */
    private String extraCauses;
    @Enumerated(EnumType.STRING)
    private DiscontinuanceGround discontinuanceGround;
    /** The 20 days after the close of instruction (art. 153 fr. VIII); the resolution is due by the earlier one. */
    private LocalDate closedResolutionDue;
    /** The day the resolution was notified (art. 156 ¶1); terms of the parties run from it (art. 128). */
    private LocalDate notifiedOn;
    private Boolean notifiedOnTime;
    /** Why the resolution set more days to comply than the law's (art. 154 ¶2, "excepcionalmente"). */
    private String complianceReason;
    /** The last day the unit may ask to extend the compliance term: the third of it (art. 191 ¶3). */
    private LocalDate extensionAskDue;
    /** Entered compliance before {@link #extensionAskDue} was recorded: set by migration V202612157813. */
    private boolean extensionWindowPending;
    private LocalDate extensionAskedOn;
    private Integer extensionAskedDays;
    private String extensionRequest;
    private LocalDate extensionDecisionDue;
    private Boolean extensionGranted;
    private Integer extensionGrantedDays;
    private String extensionDecision;
    /**
     * The last day to inform the guarantor authority of compliance: three business days after the term to comply
     * (or the superior's) ends (art. 156 ¶2, "en un plazo no mayor a tres días"; art. 192 ¶1 "Transcurrido el
     * plazo"); null for an appeal that entered compliance before the rule was modelled.
     */
    private LocalDate reportDue;
    /** Whether the report came by {@link #reportDue}; null when there is no report, or no such day. */
    private Boolean reportedOnTime;
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "superior_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "superior_due"))
    private TermSpan superiorTerm;
    /**
     * Art. 199 ¶1: when, despite the measures executed, the resolution is still not complied with, "se requerirá el
     * cumplimiento al superior jerárquico para que en un plazo de cinco días lo instruya a cumplir sin demora": from the
     * day the requirement is notified to the superior ({@link Term#SUPERIOR_INSTRUCTION}).
     */
    @Embedded
    @AttributeOverride(name = "termFrom", column = @Column(name = "instruction_from"))
    @AttributeOverride(name = "dueDate", column = @Column(name = "instruction_due"))
    private TermSpan instructionTerm;

    protected Appeal() {
    }

    /**
     * The window to appeal a request: from the day its answer was notified, or from the last day of its term
     * when it went unanswered (art. 144). Null when the request is neither answered nor overdue.
     */
    static Window window(AccessRequest request, LocalDate today, Deadlines d) {
        if (request.getStage() == Stage.ANSWERED && request.getAnsweredOn() != null) {
            // an answer given on a non-business day takes effect on the next business day, as a filing is received
            // then (LFPA art. 28 ¶1; legal review 2026-12 §2.2); the term runs from the day after (art. 128 ¶1)
            LocalDate notified = d.received(request.getAnsweredOn());
            return new Window(Act.ANSWER, notified, d.due(notified, Term.APPEAL));
        }
        if (request.isOverdue(today)) {
            return new Window(Act.NO_ANSWER, request.getDueDate(), d.due(request.getDueDate(), Term.APPEAL));
        }
        return null;
    }

    /**
     * The window to appeal a request given its earlier appeals: when the last one was complied with and had been
     * brought on a cause of art. 145 fr. III, VI, VIII, IX, X or XI, the answer given in compliance may be appealed
     * again (art. 145 last paragraph), within the term of art. 144 from the day it was reported; otherwise the
     * request's own window.
     */
    static Window window(AccessRequest request, List<Appeal> earlier, LocalDate today, Deadlines d) {
        Appeal last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (last != null && last.stage == AppealStage.COMPLIED && last.complianceReportedOn != null
                && last.causes.stream().anyMatch(AppealCause::reopensOnCompliance)) {
            return new Window(Act.COMPLIANCE_ANSWER, last.complianceReportedOn,
                    d.due(last.complianceReportedOn, Term.APPEAL));
        }
        return window(request, today, d);
    }

    /**
     * Files an appeal of a request with at least one cause (the general law's, or one its state law adds) and the
     * reasons. A filing after the window (art. 144) is accepted and marked late: whether it is out of time is for
     * the guarantor to decide, dismissing it under art. 158 fr. I (art. 153 fr. I; legal review 2026-12 §3).
     */
    static Appeal file(String folio, AccessRequest request, Long guarantorInstitutionId, String guarantorSlug,
            String guarantorJurisdictionSlug, AppealDraft draft, LocalDate today, Instant now, Deadlines d) {
        return file(folio, request, List.of(), guarantorInstitutionId, guarantorSlug, guarantorJurisdictionSlug, draft,
                today, now, d);
    }

    /** As above, given the request's earlier appeals (a new appeal against the answer given in compliance). */
    static Appeal file(String folio, AccessRequest request, List<Appeal> earlier, Long guarantorInstitutionId,
            String guarantorSlug, String guarantorJurisdictionSlug, AppealDraft draft, LocalDate today, Instant now,
            Deadlines d) {
        return file(folio, request, earlier, guarantorInstitutionId, guarantorSlug, guarantorJurisdictionSlug, draft,
                null, today, now, d, null);
    }

    /**
     * The same, or, with {@code writtenOn}, an appeal filed on that day before the Transparency Unit that knew of the
     * request (art. 144 ¶1: "ante la Autoridad garante que corresponda, o ante la Unidad de Transparencia que haya
     * conocido de la solicitud"), which forwards it through the platform today (¶2: "esta deberá remitir el recurso de
     * revisión a la Autoridad garante que corresponda a más tardar al día siguiente de haberlo recibido"). Its
     * timeliness is that of the day the unit received it; the forwarding is due the business day after, on the
     * unit's calendar ({@code unit}), and a later one is flagged. The guarantor receives it the day it is forwarded.
     */
    static Appeal file(String folio, AccessRequest request, List<Appeal> earlier, Long guarantorInstitutionId,
            String guarantorSlug, String guarantorJurisdictionSlug, AppealDraft draft, LocalDate writtenOn,
            LocalDate today, Instant now, Deadlines d, Deadlines unit) {
        List<FieldProblem> problems = new ArrayList<>(draft.check());
        if (writtenOn != null && (writtenOn.isAfter(today) || (request.getReceivedOn() != null
                && writtenOn.isBefore(request.getReceivedOn())))) {
            problems.add(new FieldProblem("writtenOn", "appeal.validation.writtenOn"));
        }
        LocalDate filedDay = writtenOn == null ? today : writtenOn;
        Set<String> allowedExtra = new TreeSet<>(d.rules().extraCauses().stream()
                .map(org.apertura.deadlines.RuleSet.Cause::fraction).toList());
        if (!allowedExtra.containsAll(draft.extraCauses())) {
            problems.add(new FieldProblem("causes", "appeal.validation.extraCause"));
        }
        Window window = window(request, earlier, filedDay, d);
        InvalidInputException.throwIfAny(problems);
        Appeal a = new Appeal();
        a.folio = folio;
        a.requestId = request.getId();
        a.requestFolio = request.getFolio();
        a.institutionId = request.getInstitutionId();
        a.institutionSlug = request.getInstitutionSlug();
        a.guarantorInstitutionId = guarantorInstitutionId;
        a.guarantorSlug = guarantorSlug;
        a.guarantorJurisdictionSlug = guarantorJurisdictionSlug;
        a.act = window == null ? Act.NONE : window.act();
        a.actDate = window == null ? null : window.from();
        a.appealDue = window == null ? null : window.due();
        a.filedAt = now;
        a.filedOn = d.received(today);
        a.causes = new TreeSet<>(draft.causes());
        a.extraCauses = draft.extraCauses().isEmpty() ? null
                : String.join(",", d.rules().extraCauses().stream().map(org.apertura.deadlines.RuleSet.Cause::fraction)
                        .filter(draft.extraCauses()::contains).toList());
        a.filedLate = window != null && !window.openOn(filedDay);
        if (writtenOn != null) {
            a.forwarded(writtenOn, today, unit, unit.days(Term.APPEAL_FORWARDING));
        }
        if (d.sets(Term.APPEAL_ADMISSION)) {
            a.admissionDue = d.due(a.filedOn, Term.APPEAL_ADMISSION);
            a.admissionBasis = d.basis(Term.APPEAL_ADMISSION);
        }
        a.reasons = draft.reasons().strip();
        a.stage = AppealStage.FILED;
        a.calendarVersion = d.calendarVersion();
        return a;
    }

    /**
     * The unit's step forwarding an appeal filed with it (art. 144 ¶2): the day it received it, the day due and the
     * day forwarded; null for an appeal filed on the platform.
     */
    AppealStep forwardedStep(String actor, Deadlines d) {
        if (writtenOn == null) {
            return null;
        }
        return new AppealStep(id, forwardedLate ? AppealStepType.FORWARDED_LATE : AppealStepType.FORWARDED, filedAt,
                AppealCapacity.TRANSPARENCY_UNIT, actor, d.basis(Term.APPEAL_FORWARDING),
                forwardingNote("Recibido en la Unidad de Transparencia"));
    }

    /** A measure's notice and execution are recorded once a finding of non-compliance allowed measures. */
    Optional<FieldProblem> recordMeasureRefused() {
        return superiorTerm == null || getSuperiorDue() == null ? refused("notifiedOn", "appeal.error.measureNoFinding")
                : Optional.empty();
    }

    /**
     * The superior may be required under art. 199 ¶1 once the guarantor found the resolution not complied with (the
     * measures of art. 193 fr. III follow that finding), not after it found it complied with, and once only.
     */
    Optional<FieldProblem> requireSuperiorRefused() {
        if (getSuperiorDue() == null) {
            return refused("requiredOn", "appeal.error.measureNoFinding");
        } else if (stage == AppealStage.COMPLIED) {
            return refused("requiredOn", "appeal.error.measureComplied");
        } else if (instructionTerm != null) {
            return refused("requiredOn", "appeal.error.superiorRequired");
        }
        return Optional.empty();
    }

    /**
     * Records the requirement to the superior of art. 199 ¶1, notified to them {@code on}: a measure on the servant in
     * charge was executed ({@code servantMeasureExecuted}) and the resolution is still not complied with; the superior
     * has five business days from the day after to instruct compliance (arts. 128, 199 ¶1). Once they pass, measures
     * may be imposed on the superior.
     */
    AppealStep requireSuperior(LocalDate on, boolean servantMeasureExecuted, String text, LocalDate today, Instant now,
            String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(requireSuperiorRefused().stream().toList());
        if (problems.isEmpty() && !servantMeasureExecuted) {
            problems.add(new FieldProblem("requiredOn", "appeal.error.superiorBeforeMeasure"));
        }
        // from the day of the finding of non-compliance (art. 193 fr. I) to today
        LocalDate found = verifiedOn != null ? verifiedOn : getSuperiorFrom();
        if (problems.isEmpty() && (on == null || on.isBefore(found) || on.isAfter(today))) {
            problems.add(new FieldProblem("requiredOn", "appeal.validation.measureDay", day(found), day(today)));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        LocalDate from = d.received(on);
        instructionTerm = TermSpan.of(from, d.due(from, Term.SUPERIOR_INSTRUCTION));
        return new AppealStep(id, AppealStepType.SUPERIOR_REQUIRED, now, AppealCapacity.GUARANTOR, actor,
                d.basis(Term.SUPERIOR_INSTRUCTION), text.strip())
                .started(Term.SUPERIOR_INSTRUCTION, d, getInstructionFrom(), getInstructionDue());
    }

    /** An appeal exists once filed or forwarded: forwarding is an act before it, never on it. */
    Optional<FieldProblem> forwardRefused() {
        return refused("request", "appeal.error.alreadyForwarded");
    }

    /** The first public step: filed, within the appeal term it records. */
    AppealStep filedStep(Deadlines d) {
        List<String> all = new ArrayList<>(causes.stream().map(Enum::name).toList());
        all.addAll(getExtraCauseList());
        if (isUnusual()) {
            // No act to appeal yet (art. 145), so no term of art. 144 ran: the step cites the likely ground.
            return new AppealStep(id, AppealStepType.FILED_UNUSUAL, filedAt, AppealCapacity.APPELLANT, null,
                    d.basis(Term.APPEAL) + "; " + d.basis(org.apertura.deadlines.Provision.DISMISSAL) + " fr. III",
                    String.join(",", all));
        }
        return new AppealStep(id, filedLate ? AppealStepType.FILED_LATE : AppealStepType.FILED, filedAt, AppealCapacity.APPELLANT, null,
                d.basis(Term.APPEAL), String.join(",", all))
                .started(Term.APPEAL, d, actDate, appealDue);
    }

    /**
     * The last day to ask for a compliance extension (art. 191 ¶3), for an appeal that entered compliance before the
     * day was recorded (migration V202612157813): by the rule {@code resolve} and {@code notifyResolution} apply, from
     * the day compliance runs from (the day after the notification, else after the resolution; art. 128, 156).
     * Returns the day.
     */
    LocalDate backfillExtensionWindow(Deadlines d) {
        LocalDate from = getComplianceFrom() != null ? getComplianceFrom()
                : d.received(notifiedOn != null ? notifiedOn : resolvedOn);
        extensionAskDue = d.due(from, Term.COMPLIANCE_EXTENSION_REQUEST);
        extensionWindowPending = false;
        return extensionAskDue;
    }

    /** Filed with no appealable act (see {@link Act#NONE}): flagged for the guarantor, who decides. */
    public boolean isUnusual() {
        return act == Act.NONE;
    }

    /**
     * The guarantor asks once for what the appeal lacks (art. 147), never for the appellant's name. Before
     * admission, or after it while the resolution term runs: that term stops and starts again from the reply.
     */
    AppealStep askClarification(String question, LocalDate today, Instant now, String actor, Deadlines d) {
        return askClarification(question, null, today, now, actor, d);
    }

    /** As above, giving the appellant {@code days} (art. 147: "no podrá exceder de cinco días"; null: the five). */
    AppealStep askClarification(String question, Integer days, LocalDate today, Instant now, String actor,
            Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(askClarificationRefused(today).stream().toList());
        FieldProblem.requiredText(question, MAX_TEXT, "question", problems);
        d.rules().refusal(Term.APPEAL_CLARIFICATION_REPLY, days, "days").ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        int replyDays = d.days(Term.APPEAL_CLARIFICATION_REPLY, days);
        clarificationAsked = true;
        clarificationStage = stage;
        clarificationQuestion = question.strip();
        LocalDate from = d.received(today);
        clarificationTerm = TermSpan.of(from, d.due(from, replyDays));
        resolutionTerm = null;
        closedResolutionDue = null;
        instructionClosedOn = null;
        calendarVersion = d.calendarVersion();
        stage = AppealStage.CLARIFICATION_REQUESTED;
        return new AppealStep(id, AppealStepType.CLARIFICATION_REQUESTED, now, AppealCapacity.GUARANTOR, actor,
                d.basis(Term.APPEAL_CLARIFICATION_REPLY), clarificationQuestion)
                .started(Term.APPEAL_CLARIFICATION_REPLY, replyDays, getClarificationFrom(), getClarificationDue(),
                        d.calendarVersion());
    }

    /** The appellant replies within the term (art. 147); an admitted appeal's resolution term starts again. */
    AppealStep replyClarification(String reply, LocalDate today, Instant now, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(replyClarificationRefused(today).stream().toList());
        FieldProblem.requiredText(reply, MAX_TEXT, "reply", problems);
        InvalidInputException.throwIfAny(problems);
        clarificationReply = reply.strip();
        clarificationRepliedOn = today;
        AppealStep step = new AppealStep(id, AppealStepType.CLARIFICATION_REPLIED, now, AppealCapacity.APPELLANT, null,
                d.basis(Term.APPEAL_CLARIFICATION_REPLY), clarificationReply);
        if (clarificationStage == AppealStage.ADMITTED) {
            LocalDate from = d.received(today);
            resolutionTerm = TermSpan.of(from, d.due(from, Term.APPEAL_RESOLUTION));
            calendarVersion = d.calendarVersion();
            stage = AppealStage.ADMITTED;
            step.started(Term.APPEAL_RESOLUTION, d, from, getResolutionDue());
        } else {
            stage = AppealStage.FILED;
        }
        return step;
    }

    /** Admits the appeal: the resolution term and the parties' allegations start (arts. 148, 153 fr. II). */
    List<AppealStep> admit(LocalDate today, Instant now, String actor, Deadlines d) {
        InvalidInputException.throwIfAny(admitRefused().stream().toList());
        admittedOn = d.received(today);
        resolutionTerm = TermSpan.of(admittedOn, d.due(admittedOn, Term.APPEAL_RESOLUTION));
        calendarVersion = d.calendarVersion();
        allegationsDue = d.due(admittedOn, Term.APPEAL_ALLEGATIONS);
        stage = AppealStage.ADMITTED;
        return List.of(
                new AppealStep(id, AppealStepType.ADMITTED, now, AppealCapacity.GUARANTOR, actor, d.basis(Term.APPEAL_RESOLUTION),
                        null).started(Term.APPEAL_RESOLUTION, d, admittedOn, getResolutionDue()),
                new AppealStep(id, AppealStepType.ALLEGATIONS_OPENED, now, AppealCapacity.GUARANTOR, actor,
                        d.basis(Term.APPEAL_ALLEGATIONS), null)
                        .started(Term.APPEAL_ALLEGATIONS, d, admittedOn, allegationsDue));
    }

    /**
     * Dismisses the appeal before admission (desechamiento, art. 158) with its ground and reasons. While a
     * clarification is pending, only for not answering it, once its term has passed.
     */
    AppealStep dismiss(DismissalGround ground, String text, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<FieldProblem> refused = dismissRefused(today);
        if (refused.isPresent()) {
            problems.add(refused.get());
        } else if (ground == null) {
            problems.add(new FieldProblem("ground", "validation.required"));
        } else if (stage == AppealStage.CLARIFICATION_REQUESTED && ground != DismissalGround.CLARIFICATION_UNANSWERED) {
            problems.add(new FieldProblem("ground", "appeal.error.clarificationPending", day(getClarificationDue())));
        } else if (stage != AppealStage.CLARIFICATION_REQUESTED && ground == DismissalGround.CLARIFICATION_UNANSWERED) {
            problems.add(new FieldProblem("ground", "appeal.error.noClarificationPending"));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        // The step cites the ground's fraction of the dismissal article (LGTAIP 2025 art. 158 fr. I-VII), not the
        // article of a term (legal review 2026-12, §3); after admission also the article that allows it.
        String basis = d.basis(org.apertura.deadlines.Provision.DISMISSAL) + " fr. " + ground.fraction();
        boolean afterAdmission = stage == AppealStage.ADMITTED;
        if (afterAdmission) {
            // Art. 153 fr. II: within five days of the end of the parties' term.
            basis += "; " + d.basis(Term.APPEAL_LATE_DISMISSAL);
            resolvedOnTime = !today.isAfter(d.due(allegationsDue, Term.APPEAL_LATE_DISMISSAL));
        } else {
            resolvedOnTime = true;
        }
        dismissalGround = ground;
        resolution = AppealResolution.DISMISSED;
        resolutionText = text.strip();
        resolvedOn = today;
        stage = AppealStage.DISMISSED;
        return new AppealStep(id, AppealStepType.DISMISSED, now, AppealCapacity.GUARANTOR, actor, basis, resolutionText);
    }

    /** A party's allegations and evidence, once each, within the term after admission (art. 153 fr. II, IV). */
    AppealStep allege(AppealCapacity party, String text, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(allegeRefused(party, today).stream().toList());
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        if (party == AppealCapacity.APPELLANT) {
            appellantAllegation = text.strip();
            appellantAllegedOn = today;
        } else {
            institutionAllegation = text.strip();
            institutionAllegedOn = today;
        }
        return new AppealStep(id, AppealStepType.ALLEGATION, now, party, actor, d.basis(Term.APPEAL_ALLEGATIONS), text.strip());
    }

    /** Extends the resolution term once, before it ends (art. 148). */
    AppealStep extend(String reason, LocalDate today, Instant now, String actor, Deadlines d) {
        return extend(reason, null, today, now, actor, d);
    }

    /** As above, by {@code days} (art. 148: "hasta por un periodo de veinte días"; null: the twenty). */
    AppealStep extend(String reason, Integer days, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(extendRefused(today).stream().toList());
        FieldProblem.requiredText(reason, MAX_TEXT, "reason", problems);
        d.rules().refusal(Term.APPEAL_RESOLUTION_EXTENSION, days, "days").ifPresent(problems::add);
        InvalidInputException.throwIfAny(problems);
        int extra = d.days(Term.APPEAL_RESOLUTION_EXTENSION, days);
        extended = true;
        extensionReason = reason.strip();
        LocalDate from = getResolutionDue();
        resolutionTerm = TermSpan.dueOn(resolutionTerm, d.due(from, extra));
        calendarVersion = d.calendarVersion();
        return new AppealStep(id, AppealStepType.EXTENDED, now, AppealCapacity.GUARANTOR, actor,
                d.basis(Term.APPEAL_RESOLUTION_EXTENSION), extensionReason)
                .started(Term.APPEAL_RESOLUTION_EXTENSION, extra, from, getResolutionDue(), d.calendarVersion());
    }

    /**
     * Closes the instruction once the parties' term ended or both alleged (art. 153 fr. VI): the resolution is then
     * due within 20 days (fr. VIII), or by art. 148's term if that ends first.
     */
    AppealStep closeInstruction(LocalDate today, Instant now, String actor, Deadlines d) {
        InvalidInputException.throwIfAny(closeInstructionRefused(today).stream().toList());
        instructionClosedOn = d.received(today);
        closedResolutionDue = d.due(instructionClosedOn, Term.APPEAL_CLOSED_RESOLUTION);
        calendarVersion = d.calendarVersion();
        return new AppealStep(id, AppealStepType.INSTRUCTION_CLOSED, now, AppealCapacity.GUARANTOR, actor,
                d.basis(Term.APPEAL_CLOSED_RESOLUTION), null)
                .started(Term.APPEAL_CLOSED_RESOLUTION, d, instructionClosedOn, closedResolutionDue);
    }

    /** The last day to resolve: art. 148's term, or the 20 days after the close of instruction if earlier. */
    public LocalDate effectiveResolutionDue() {
        if (closedResolutionDue != null && getResolutionDue() != null && closedResolutionDue.isBefore(getResolutionDue())) {
            return closedResolutionDue;
        }
        return getResolutionDue();
    }

    /**
     * Sobreseimiento (art. 159): an admitted appeal ends without a ruling on the merits, on one of the four grounds;
     * the appellant's own withdrawal is {@link #withdraw}.
     */
    AppealStep discontinue(DiscontinuanceGround ground, String text, LocalDate today, Instant now, String actor,
            Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(discontinueRefused().stream().toList());
        if (problems.isEmpty() && ground == null) {
            problems.add(new FieldProblem("ground", "validation.required"));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        discontinuanceGround = ground;
        resolution = AppealResolution.DISMISSED_MOOT;
        resolutionText = text.strip();
        resolvedOn = today;
        resolvedOnTime = !today.isAfter(effectiveResolutionDue());
        stage = AppealStage.RESOLVED;
        return new AppealStep(id, AppealStepType.DISCONTINUED, now, AppealCapacity.GUARANTOR, actor,
                discontinuanceBasis(d, ground), resolutionText);
    }

    private static String discontinuanceBasis(Deadlines d, DiscontinuanceGround ground) {
        // "art. 159 fr. N" of the rule set's law: the provision is the same article in the 2025 law.
        return d.rules().law() + " art. 159 fr. " + ground.fraction();
    }

    /**
     * The appellant withdraws (desistimiento) before a resolution: the appeal ends; once admitted, it is sobreseído
     * on art. 159 fr. I. The reason is optional and public.
     */
    AppealStep withdraw(String reason, LocalDate today, Instant now, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(withdrawRefused().stream().toList());
        FieldProblem.atMost(reason, MAX_TEXT, "reason", problems);
        InvalidInputException.throwIfAny(problems);
        if (stage == AppealStage.ADMITTED) {
            discontinuanceGround = DiscontinuanceGround.WITHDRAWN;
            resolution = AppealResolution.DISMISSED_MOOT;
            resolvedOn = today;
            resolvedOnTime = !today.isAfter(effectiveResolutionDue());
        }
        resolutionText = Texts.isBlank(reason) ? null : reason.strip();
        stage = AppealStage.WITHDRAWN;
        return new AppealStep(id, AppealStepType.WITHDRAWN, now, AppealCapacity.APPELLANT, null,
                discontinuanceBasis(d, DiscontinuanceGround.WITHDRAWN), resolutionText);
    }

    /**
     * Records the day the guarantor notified its resolution (art. 156 ¶1: by the third day after approving it); the
     * compliance term then runs from the day after it (art. 128), unless compliance already moved on.
     */
    AppealStep notifyResolution(LocalDate on, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(notifyRefused().stream().toList());
        if (problems.isEmpty() && on == null) {
            problems.add(new FieldProblem("notifiedOn", "validation.required"));
        } else if (problems.isEmpty() && (on.isBefore(resolvedOn) || on.isAfter(today))) {
            problems.add(new FieldProblem("notifiedOn", "appeal.error.notifiedOn", day(resolvedOn), day(today)));
        }
        InvalidInputException.throwIfAny(problems);
        notifiedOn = on;
        notifiedOnTime = !on.isAfter(d.due(resolvedOn, Term.RESOLUTION_NOTICE));
        AppealStep step = new AppealStep(id, AppealStepType.RESOLUTION_NOTIFIED, now, AppealCapacity.GUARANTOR, actor,
                d.basis(Term.RESOLUTION_NOTICE), day(on));
        if (stage == AppealStage.COMPLIANCE_PENDING && extensionAskedOn == null) {
            LocalDate from = d.received(on);
            complianceTerm = TermSpan.of(from, d.due(from, complianceDays));
            extensionAskDue = d.due(getComplianceFrom(), Term.COMPLIANCE_EXTENSION_REQUEST);
            reportDue = d.due(getComplianceDue(), Term.COMPLIANCE_REPORT);
            calendarVersion = d.calendarVersion();
            step.started(Term.COMPLIANCE, complianceDays, getComplianceFrom(), getComplianceDue(), d.calendarVersion());
        }
        return step;
    }

    /**
     * The unit asks, with reasons, to extend the compliance term (art. 191 ¶2), within the first three days of it
     * (¶3); the guarantor decides within five days.
     */
    AppealStep askComplianceExtension(Integer days, String reason, LocalDate today, Instant now, String actor,
            Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(askComplianceExtensionRefused(today).stream().toList());
        if (days == null || days < 1 || days > MAX_EXCEPTIONAL_DAYS) {
            problems.add(new FieldProblem("days", "appeal.validation.extensionDays", MAX_EXCEPTIONAL_DAYS));
        }
        FieldProblem.requiredText(reason, MAX_TEXT, "reason", problems);
        InvalidInputException.throwIfAny(problems);
        extensionAskedOn = today;
        extensionAskedDays = days;
        extensionRequest = reason.strip();
        LocalDate from = d.received(today);
        extensionDecisionDue = d.due(from, Term.COMPLIANCE_EXTENSION_DECISION);
        return new AppealStep(id, AppealStepType.COMPLIANCE_EXTENSION_ASKED, now, AppealCapacity.TRANSPARENCY_UNIT, actor,
                d.basis(Term.COMPLIANCE_EXTENSION_REQUEST), extensionRequest)
                .started(Term.COMPLIANCE_EXTENSION_DECISION, d, from, extensionDecisionDue);
    }

    /** The guarantor grants (up to the days asked, added to the term) or denies a requested extension (art. 191). */
    AppealStep decideComplianceExtension(Boolean grant, Integer days, String text, LocalDate today, Instant now,
            String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(decideComplianceExtensionRefused().stream().toList());
        if (problems.isEmpty() && grant == null) {
            problems.add(new FieldProblem("granted", "validation.required"));
        }
        if (problems.isEmpty() && grant && days != null && (days < 1 || days > extensionAskedDays)) {
            problems.add(new FieldProblem("days", "appeal.validation.complianceDays", extensionAskedDays));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        extensionGranted = grant;
        extensionDecision = text.strip();
        extensionDecisionDue = null;
        AppealStep step = new AppealStep(id, grant ? AppealStepType.COMPLIANCE_EXTENSION_GRANTED : AppealStepType.COMPLIANCE_EXTENSION_DENIED,
                now, AppealCapacity.GUARANTOR, actor, d.basis(Term.COMPLIANCE_EXTENSION_DECISION), extensionDecision);
        if (grant) {
            extensionGrantedDays = days == null ? extensionAskedDays : days;
            LocalDate from = getComplianceDue();
            complianceTerm = TermSpan.dueOn(complianceTerm, d.due(from, extensionGrantedDays));
            reportDue = d.due(getComplianceDue(), Term.COMPLIANCE_REPORT);
            calendarVersion = d.calendarVersion();
            step.started(Term.COMPLIANCE, extensionGrantedDays, from, getComplianceDue(), d.calendarVersion());
        }
        return step;
    }

    /**
     * Resolves the admitted appeal (art. 154). Once the parties' allegations term has closed (art. 153 fr. VI),
     * or both parties alleged; a moot appeal (sobreseimiento, art. 159) at any time. Modifying or revoking
     * opens compliance, in the term of the law or fewer days if the resolution sets them.
     */
    AppealStep resolve(AppealResolution kind, String text, Integer days, LocalDate today, Instant now, String actor,
            Deadlines d) {
        return resolve(kind, text, days, null, today, now, actor, d);
    }

    /**
     * As above; {@code reason}: why the resolution exceptionally gives more days than the law's ten to comply
     * (art. 154 ¶2), required only then.
     */
    AppealStep resolve(AppealResolution kind, String text, Integer days, String reason, LocalDate today, Instant now,
            String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<FieldProblem> refused = resolveRefused();
        if (refused.isPresent()) {
            problems.add(refused.get());
        } else if (kind == null) {
            problems.add(new FieldProblem("resolution", "validation.required"));
        } else if (kind != AppealResolution.DISMISSED_MOOT && !today.isAfter(allegationsDue)
                && (appellantAllegation == null || institutionAllegation == null)) {
            problems.add(new FieldProblem("resolution", "appeal.error.allegationsOpen", day(allegationsDue)));
        }
        int max = d.days(Term.COMPLIANCE);
        boolean exceptional = kind != null && kind.opensCompliance() && days != null && days > max;
        if (kind != null && kind.opensCompliance() && days != null && (days < 1 || days > MAX_EXCEPTIONAL_DAYS)) {
            problems.add(new FieldProblem("complianceDays", "appeal.validation.complianceDaysExceptional", max,
                    MAX_EXCEPTIONAL_DAYS));
        } else if (exceptional && (Texts.isBlank(reason) || reason.strip().length() > MAX_TEXT)) {
            problems.add(new FieldProblem("complianceReason", "appeal.validation.complianceReason", max));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        resolution = kind;
        resolutionText = text.strip();
        resolvedOn = today;
        resolvedOnTime = !today.isAfter(effectiveResolutionDue());
        if (kind == AppealResolution.DISMISSED_MOOT) {
            discontinuanceGround = DiscontinuanceGround.MOOT;
        }
        String basis = d.basis(Term.APPEAL_RESOLUTION);
        if (exceptional) {
            complianceReason = reason.strip();
            basis += "; " + d.basis(Term.COMPLIANCE) + " ¶2";
        }
        AppealStep step = new AppealStep(id, AppealStepType.RESOLVED, now, AppealCapacity.GUARANTOR, actor, basis, resolutionText);
        if (kind.opensCompliance()) {
            complianceDays = days == null ? max : days;
            LocalDate from = d.received(today);
            complianceTerm = TermSpan.of(from, d.due(from, complianceDays));
            extensionAskDue = d.due(from, Term.COMPLIANCE_EXTENSION_REQUEST);
            reportDue = d.due(getComplianceDue(), Term.COMPLIANCE_REPORT);
            calendarVersion = d.calendarVersion();
            stage = AppealStage.COMPLIANCE_PENDING;
            step.started(Term.COMPLIANCE, complianceDays, from, getComplianceDue(), d.calendarVersion());
        } else {
            stage = AppealStage.RESOLVED;
        }
        return step;
    }

    /** The institution's unit reports how it complied (arts. 191–192); the appellant's objection term starts. */
    AppealStep reportCompliance(String report, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(reportComplianceRefused().stream().toList());
        FieldProblem.requiredText(report, MAX_TEXT, "report", problems);
        InvalidInputException.throwIfAny(problems);
        complianceOnTime = !today.isAfter(stage == AppealStage.NOT_COMPLIED ? getSuperiorDue() : getComplianceDue());
        reportedOnTime = reportDue == null ? null : !today.isAfter(reportDue);
        if (stage == AppealStage.NOT_COMPLIED) {
            // A new report after the finding of non-compliance (art. 193 fr. II): a new objection and verification.
            objection = null;
            objectedOn = null;
            verificationTerm = TermSpan.of(null, getVerificationDue());
        }
        complianceReport = report.strip();
        complianceReportedOn = today;
        LocalDate from = d.received(today);
        objectionTerm = TermSpan.of(from, d.due(from, Term.OBJECTION));
        verificationTerm = TermSpan.of(getVerificationFrom(), d.due(getObjectionDue(), Term.VERIFICATION));
        calendarVersion = d.calendarVersion();
        stage = AppealStage.COMPLIANCE_REPORTED;
        return new AppealStep(id, AppealStepType.COMPLIANCE_REPORTED, now, AppealCapacity.TRANSPARENCY_UNIT, actor,
                d.basis(Term.COMPLIANCE) + "; " + d.basis(Term.COMPLIANCE_REPORT), complianceReport)
                .started(Term.OBJECTION, d, from, getObjectionDue());
    }

    /** The appellant objects once to the reported compliance, within the term (art. 192). */
    AppealStep object(String text, LocalDate today, Instant now, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(objectRefused(today).stream().toList());
        FieldProblem.requiredText(text, MAX_TEXT, "objection", problems);
        InvalidInputException.throwIfAny(problems);
        objection = text.strip();
        objectedOn = today;
        LocalDate from = d.received(today);
        verificationTerm = TermSpan.of(from, d.due(from, Term.VERIFICATION));
        calendarVersion = d.calendarVersion();
        return new AppealStep(id, AppealStepType.OBJECTED, now, AppealCapacity.APPELLANT, null, d.basis(Term.OBJECTION), objection)
                .started(Term.VERIFICATION, d, from, getVerificationDue());
    }

    /**
     * The guarantor rules on compliance (art. 193) once the appellant objected or the objection term passed:
     * complied (archived) or not complied (acuerdo de incumplimiento).
     */
    AppealStep verify(Boolean complied, String text, LocalDate today, Instant now, String actor, Deadlines d) {
        List<FieldProblem> problems = new ArrayList<>(verifyRefused(today).stream().toList());
        if (problems.isEmpty() && complied == null) {
            problems.add(new FieldProblem("complied", "validation.required"));
        }
        FieldProblem.requiredText(text, MAX_TEXT, "text", problems);
        InvalidInputException.throwIfAny(problems);
        verificationText = text.strip();
        verifiedOn = today;
        AppealStep step = new AppealStep(id, complied ? AppealStepType.VERIFIED_COMPLIED : AppealStepType.VERIFIED_NOT_COMPLIED, now,
                AppealCapacity.GUARANTOR, actor, d.basis(Term.VERIFICATION), verificationText);
        if (complied) {
            stage = AppealStage.COMPLIED;
        } else {
            // Art. 193 fr. II: the superior of whoever must comply is notified and has five days to comply.
            stage = AppealStage.NOT_COMPLIED;
            LocalDate from = d.received(today);
            superiorTerm = TermSpan.of(from, d.due(from, Term.SUPERIOR_COMPLIANCE));
            reportDue = d.due(getSuperiorDue(), Term.COMPLIANCE_REPORT);
            reportedOnTime = null;
            calendarVersion = d.calendarVersion();
            step.started(Term.SUPERIOR_COMPLIANCE, d, getSuperiorFrom(), getSuperiorDue());
        }
        return step;
    }

    // ---- the guards: whether each act may happen today, and why not. The transitions above check exactly
    // these (so a refused act names the same reason), and AppealPolicy offers only what they allow.

    /** Before admission, or admitted and not extended while the resolution term runs, once (art. 147). */
    Optional<FieldProblem> askClarificationRefused(LocalDate today) {
        if (stage != AppealStage.FILED && !(stage == AppealStage.ADMITTED && !extended)) {
            return refused("question", "appeal.error.stage");
        } else if (clarificationAsked) {
            return refused("question", "appeal.error.clarificationOnce");
        } else if (stage == AppealStage.ADMITTED && today.isAfter(getResolutionDue())) {
            return refused("question", "appeal.error.resolutionOverdue", day(getResolutionDue()));
        }
        return Optional.empty();
    }

    /** While a clarification was asked and its term runs (art. 147). */
    Optional<FieldProblem> replyClarificationRefused(LocalDate today) {
        if (stage != AppealStage.CLARIFICATION_REQUESTED) {
            return refused("reply", "appeal.error.stage");
        } else if (today.isAfter(getClarificationDue())) {
            return refused("reply", "appeal.error.clarificationExpired", day(getClarificationDue()));
        }
        return Optional.empty();
    }

    /** Only a filed appeal is admitted (art. 148). */
    Optional<FieldProblem> admitRefused() {
        return stage != AppealStage.FILED ? refused("admit", "appeal.error.stage") : Optional.empty();
    }

    /**
     * Before admission (art. 153 fr. I, 158); while a clarification is pending, only once its term passed; after
     * admission, once the parties' term ended (art. 153 fr. II).
     */
    Optional<FieldProblem> dismissRefused(LocalDate today) {
        if (stage == AppealStage.ADMITTED) {
            return !today.isAfter(allegationsDue) ? refused("ground", "appeal.error.dismissAfterAllegations",
                    day(allegationsDue)) : Optional.empty();
        }
        if (stage != AppealStage.FILED && stage != AppealStage.CLARIFICATION_REQUESTED) {
            return refused("ground", "appeal.error.stage");
        } else if (stage == AppealStage.CLARIFICATION_REQUESTED && !today.isAfter(getClarificationDue())) {
            return refused("ground", "appeal.error.clarificationPending", day(getClarificationDue()));
        }
        return Optional.empty();
    }

    /** A party alleges once, admitted, within the allegations term (art. 153 fr. II, IV). */
    Optional<FieldProblem> allegeRefused(AppealCapacity party, LocalDate today) {
        if (party == AppealCapacity.GUARANTOR || party == null) {
            throw new IllegalArgumentException("only the parties allege");
        }
        if (stage != AppealStage.ADMITTED) {
            return refused("text", "appeal.error.stage");
        } else if (today.isAfter(allegationsDue)) {
            return refused("text", "appeal.error.allegationsClosed", day(allegationsDue));
        } else if (party == AppealCapacity.APPELLANT ? appellantAllegation != null : institutionAllegation != null) {
            return refused("text", "appeal.error.allegationOnce");
        }
        return Optional.empty();
    }

    /** Once, admitted, before the resolution term ends (art. 148). */
    Optional<FieldProblem> extendRefused(LocalDate today) {
        if (stage != AppealStage.ADMITTED) {
            return refused("reason", "appeal.error.stage");
        } else if (extended) {
            return refused("reason", "appeal.error.extendedOnce");
        } else if (today.isAfter(getResolutionDue())) {
            return refused("reason", "appeal.error.extensionLate", day(getResolutionDue()));
        }
        return Optional.empty();
    }

    /**
     * Only an admitted appeal is resolved (art. 154); whether the allegations term must have closed first
     * depends on the resolution chosen (a moot appeal may be resolved at any time), so {@link #resolve} checks it.
     */
    Optional<FieldProblem> resolveRefused() {
        return stage != AppealStage.ADMITTED ? refused("resolution", "appeal.error.stage") : Optional.empty();
    }

    /** While compliance is pending (arts. 191–192), or again after a finding of non-compliance (art. 193 fr. II). */
    Optional<FieldProblem> reportComplianceRefused() {
        return stage != AppealStage.COMPLIANCE_PENDING && stage != AppealStage.NOT_COMPLIED
                ? refused("report", "appeal.error.stage") : Optional.empty();
    }

    /** Only an admitted appeal is sobreseído (art. 159: "una vez admitido"). */
    Optional<FieldProblem> discontinueRefused() {
        return stage != AppealStage.ADMITTED ? refused("ground", "appeal.error.stage") : Optional.empty();
    }

    /** Before a resolution: filed, asked to clarify or admitted. */
    Optional<FieldProblem> withdrawRefused() {
        return stage != AppealStage.FILED && stage != AppealStage.CLARIFICATION_REQUESTED
                && stage != AppealStage.ADMITTED ? refused("reason", "appeal.error.stage") : Optional.empty();
    }

    /** Admitted, once, after the parties' term ended or both alleged (art. 153 fr. VI). */
    Optional<FieldProblem> closeInstructionRefused(LocalDate today) {
        if (stage != AppealStage.ADMITTED) {
            return refused("close", "appeal.error.stage");
        } else if (instructionClosedOn != null) {
            return refused("close", "appeal.error.instructionClosed");
        } else if (!today.isAfter(allegationsDue) && (appellantAllegation == null || institutionAllegation == null)) {
            return refused("close", "appeal.error.allegationsOpen", day(allegationsDue));
        }
        return Optional.empty();
    }

    /** Once, after a resolution or dismissal by the guarantor, before compliance is reported. */
    Optional<FieldProblem> notifyRefused() {
        boolean resolved = stage == AppealStage.DISMISSED || stage == AppealStage.RESOLVED
                || stage == AppealStage.COMPLIANCE_PENDING;
        if (!resolved || resolvedOn == null) {
            return refused("notifiedOn", "appeal.error.stage");
        } else if (notifiedOn != null) {
            return refused("notifiedOn", "appeal.error.notifiedOnce");
        }
        return Optional.empty();
    }

    /** While compliance is pending, once, within the first days of the term (art. 191 ¶3). */
    Optional<FieldProblem> askComplianceExtensionRefused(LocalDate today) {
        if (stage != AppealStage.COMPLIANCE_PENDING) {
            return refused("reason", "appeal.error.stage");
        } else if (extensionAskedOn != null) {
            return refused("reason", "appeal.error.extensionAskedOnce");
        }
        return extensionAskDue != null && today.isAfter(extensionAskDue)
                ? refused("reason", "appeal.error.extensionAskLate", day(extensionAskDue)) : Optional.empty();
    }

    /** Once an extension was asked and not yet decided. */
    Optional<FieldProblem> decideComplianceExtensionRefused() {
        return stage != AppealStage.COMPLIANCE_PENDING || extensionAskedOn == null || extensionGranted != null
                ? refused("granted", "appeal.error.stage") : Optional.empty();
    }

    /** Once, after compliance was reported, within the objection term (art. 192). */
    Optional<FieldProblem> objectRefused(LocalDate today) {
        if (stage != AppealStage.COMPLIANCE_REPORTED) {
            return refused("objection", "appeal.error.stage");
        } else if (objection != null) {
            return refused("objection", "appeal.error.objectionOnce");
        } else if (today.isAfter(getObjectionDue())) {
            return refused("objection", "appeal.error.objectionClosed", day(getObjectionDue()));
        }
        return Optional.empty();
    }

    /** After compliance was reported, once the appellant objected or the objection term passed (art. 193). */
    Optional<FieldProblem> verifyRefused(LocalDate today) {
        if (stage != AppealStage.COMPLIANCE_REPORTED) {
            return refused("complied", "appeal.error.stage");
        } else if (objection == null && !today.isAfter(getObjectionDue())) {
            return refused("complied", "appeal.error.objectionOpen", day(getObjectionDue()));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> refused(String field, String key, Object... args) {
        return Optional.of(new FieldProblem(field, key, args));
    }

    /**
     * Recomputes the deadlines running in the appeal's open stage on a newer calendar, exactly as its
     * transitions computed them: from the same days, with the same terms (the extension on top of the
     * resolution term, the compliance days the resolution set, verification after the objection term unless
     * the appellant objected). Returns one public step per deadline that moved, naming before → after and both
     * calendar versions; none when nothing moved. A finished appeal, or one filed and not yet admitted (no
     * term runs), is never touched.
     */
    List<AppealStep> recompute(Deadlines d, Instant now) {
        if (!stage.isOpen() || stage == AppealStage.FILED) {
            return List.of();
        }
        String old = calendarVersion;
        List<AppealStep> moved = new ArrayList<>();
        switch (stage) {
            case CLARIFICATION_REQUESTED -> {
                LocalDate before = getClarificationDue();
                clarificationTerm = TermSpan.dueOn(clarificationTerm,
                        d.due(getClarificationFrom(), Term.APPEAL_CLARIFICATION_REPLY));
                moved(moved, before, getClarificationDue(), old, d, now, Term.APPEAL_CLARIFICATION_REPLY,
                        d.days(Term.APPEAL_CLARIFICATION_REPLY), getClarificationFrom());
                if (clarificationStage == AppealStage.ADMITTED) {
                    recomputeAllegations(moved, old, d, now);
                }
            }
            case ADMITTED -> {
                LocalDate from = getResolutionFrom() != null ? getResolutionFrom()
                        : clarificationStage == AppealStage.ADMITTED ? d.received(clarificationRepliedOn) : admittedOn;
                LocalDate before = getResolutionDue();
                LocalDate after = d.due(from, Term.APPEAL_RESOLUTION);
                int days = d.days(Term.APPEAL_RESOLUTION);
                if (extended) {
                    after = d.due(after, Term.APPEAL_RESOLUTION_EXTENSION);
                    days += d.days(Term.APPEAL_RESOLUTION_EXTENSION);
                }
                resolutionTerm = TermSpan.of(from, after);
                moved(moved, before, after, old, d, now,
                        extended ? Term.APPEAL_RESOLUTION_EXTENSION : Term.APPEAL_RESOLUTION, days, from);
                if (instructionClosedOn != null) {
                    LocalDate closedBefore = closedResolutionDue;
                    closedResolutionDue = d.due(instructionClosedOn, Term.APPEAL_CLOSED_RESOLUTION);
                    moved(moved, closedBefore, closedResolutionDue, old, d, now, Term.APPEAL_CLOSED_RESOLUTION,
                            d.days(Term.APPEAL_CLOSED_RESOLUTION), instructionClosedOn);
                }
                recomputeAllegations(moved, old, d, now);
            }
            case COMPLIANCE_PENDING -> {
                LocalDate from = getComplianceFrom() != null ? getComplianceFrom() : d.received(resolvedOn);
                LocalDate before = getComplianceDue();
                LocalDate after = d.due(from, complianceDays);
                int days = complianceDays;
                if (Boolean.TRUE.equals(extensionGranted)) {
                    after = d.due(after, extensionGrantedDays);
                    days += extensionGrantedDays;
                }
                complianceTerm = TermSpan.of(from, after);
                moved(moved, before, getComplianceDue(), old, d, now, Term.COMPLIANCE, days, from);
                if (reportDue != null) {
                    reportDue = d.due(getComplianceDue(), Term.COMPLIANCE_REPORT);
                }
                if (extensionAskDue != null) {
                    extensionAskDue = d.due(from, Term.COMPLIANCE_EXTENSION_REQUEST);
                }
            }
            case NOT_COMPLIED -> {
                LocalDate before = getSuperiorDue();
                superiorTerm = TermSpan.dueOn(superiorTerm, d.due(getSuperiorFrom(), Term.SUPERIOR_COMPLIANCE));
                moved(moved, before, getSuperiorDue(), old, d, now, Term.SUPERIOR_COMPLIANCE,
                        d.days(Term.SUPERIOR_COMPLIANCE), getSuperiorFrom());
                if (reportDue != null) {
                    reportDue = d.due(getSuperiorDue(), Term.COMPLIANCE_REPORT);
                }
            }
            case COMPLIANCE_REPORTED -> {
                if (objection == null) {
                    LocalDate from = getObjectionFrom() != null ? getObjectionFrom() : d.received(complianceReportedOn);
                    LocalDate before = getObjectionDue();
                    objectionTerm = TermSpan.of(from, d.due(from, Term.OBJECTION));
                    moved(moved, before, getObjectionDue(), old, d, now, Term.OBJECTION, d.days(Term.OBJECTION), from);
                }
                LocalDate from = objection == null ? getObjectionDue()
                        : getVerificationFrom() != null ? getVerificationFrom() : d.received(objectedOn);
                LocalDate before = getVerificationDue();
                verificationTerm = TermSpan.of(objection != null ? from : getVerificationFrom(),
                        d.due(from, Term.VERIFICATION));
                moved(moved, before, getVerificationDue(), old, d, now, Term.VERIFICATION, d.days(Term.VERIFICATION),
                        from);
            }
            default -> {
                return List.of();
            }
        }
        calendarVersion = d.calendarVersion();
        return moved;
    }

    /** The parties' allegations count from admission (art. 153 fr. II), whatever happened after it. */
    private void recomputeAllegations(List<AppealStep> moved, String old, Deadlines d, Instant now) {
        LocalDate before = allegationsDue;
        allegationsDue = d.due(admittedOn, Term.APPEAL_ALLEGATIONS);
        moved(moved, before, allegationsDue, old, d, now, Term.APPEAL_ALLEGATIONS, d.days(Term.APPEAL_ALLEGATIONS),
                admittedOn);
    }

    private void moved(List<AppealStep> moved, LocalDate before, LocalDate after, String old, Deadlines d,
            Instant now, Term term, int days, LocalDate from) {
        if (after.equals(before)) {
            return;
        }
        moved.add(new AppealStep(id, AppealStepType.DEADLINE_RECOMPUTED, now, AppealCapacity.GUARANTOR, null, d.basis(term),
                before + " → " + after + " (" + old + " → " + d.calendarVersion() + ")")
                .started(term, days, from, after, d.calendarVersion()));
    }

    /** Records why the appeal went to its authority (the assignment's basis on the filing date). */
    void routedBy(String basis) {
        this.guarantorBasis = basis;
    }

    /**
     * The appeal passes, pending, to another guarantor authority (the one assigned now, or the successor of one
     * that ended: LGTAIP 2025 Transitorios Noveno and Décimo Noveno); its folio, steps and terms stay. Only an open
     * appeal moves.
     */
    AppealStep moveTo(Long authorityId, String authoritySlug, String authorityJurisdictionSlug, String basis,
            String from, String to, Instant now) {
        if (!stage.isOpen()) {
            throw new InvalidInputException("stage", "appeal.error.stage");
        }
        this.guarantorInstitutionId = authorityId;
        this.guarantorSlug = authoritySlug;
        this.guarantorJurisdictionSlug = authorityJurisdictionSlug;
        this.guarantorBasis = basis;
        return new AppealStep(id, AppealStepType.GUARANTOR_SUCCEEDED, now, AppealCapacity.GUARANTOR, to, basis, from + " → " + to);
    }

    public String getGuarantorBasis() {
        return guarantorBasis;
    }

    /** The next deadline of an open appeal, whoever it binds; null when none runs. */
    public LocalDate nextDue() {
        return switch (stage) {
            case FILED -> admissionDue;
            case CLARIFICATION_REQUESTED -> getClarificationDue();
            case ADMITTED -> effectiveResolutionDue();
            case COMPLIANCE_PENDING -> extensionDecisionDue != null && extensionDecisionDue.isBefore(getComplianceDue())
                    ? extensionDecisionDue : getComplianceDue();
            case COMPLIANCE_REPORTED -> getVerificationDue();
            case NOT_COMPLIED -> getSuperiorDue();
            default -> null;
        };
    }

    /** Business days left until {@link #nextDue()}: negative once it passed, null when none runs. */
    Integer daysLeft(LocalDate today, Deadlines d) {
        LocalDate due = nextDue();
        if (due == null) {
            return null;
        }
        // Past its due date an appeal is overdue by at least one day, even when no business day came since.
        return due.isBefore(today) ? -Math.max(1, d.businessDaysBetween(due, today)) : d.businessDaysBetween(today, due);
    }

    /** Orders a work queue: overdue first, then by fewest days left; appeals without a running term last. */
    static Comparator<Appeal> byUrgency() {
        return Comparator.comparing((Appeal a) -> a.nextDue() == null ? LocalDate.MAX : a.nextDue())
                .thenComparing(Appeal::getFolio);
    }

    /** The causes in the law's order. */
    public List<AppealCause> getCauseList() {
        return causes.stream().sorted().toList();
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public Long getGuarantorInstitutionId() {
        return guarantorInstitutionId;
    }

    public String getGuarantorSlug() {
        return guarantorSlug;
    }

    public String getGuarantorJurisdictionSlug() {
        return guarantorJurisdictionSlug;
    }

    public Act getAct() {
        return act;
    }

    public LocalDate getActDate() {
        return actDate;
    }

    public LocalDate getAppealDue() {
        return appealDue;
    }

    public Set<AppealCause> getCauses() {
        return Set.copyOf(causes);
    }

    public AppealStage getStage() {
        return stage;
    }

    public boolean isClarificationAsked() {
        return clarificationAsked;
    }

    public String getClarificationQuestion() {
        return clarificationQuestion;
    }

    public LocalDate getClarificationDue() {
        return TermSpan.due(clarificationTerm);
    }

    public String getClarificationReply() {
        return clarificationReply;
    }

    public LocalDate getClarificationRepliedOn() {
        return clarificationRepliedOn;
    }

    public LocalDate getResolutionFrom() {
        return TermSpan.from(resolutionTerm);
    }

    public LocalDate getResolutionDue() {
        return TermSpan.due(resolutionTerm);
    }

    public String getAppellantAllegation() {
        return appellantAllegation;
    }

    public LocalDate getAppellantAllegedOn() {
        return appellantAllegedOn;
    }

    public String getInstitutionAllegation() {
        return institutionAllegation;
    }

    public LocalDate getInstitutionAllegedOn() {
        return institutionAllegedOn;
    }

    public DismissalGround getDismissalGround() {
        return dismissalGround;
    }

    public AppealResolution getResolution() {
        return resolution;
    }

    public Integer getComplianceDays() {
        return complianceDays;
    }

    public LocalDate getComplianceDue() {
        return TermSpan.due(complianceTerm);
    }

    /** The last day to admit the appeal where its law sets a term for that, or null (the LGTAIP sets none). */
    public LocalDate getAdmissionDue() {
        return admissionDue;
    }

    /** The law and article of {@link #getAdmissionDue()}, or null. */
    public String getAdmissionBasis() {
        return admissionBasis;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public Boolean getReportedOnTime() {
        return reportedOnTime;
    }

    public LocalDate getObjectionDue() {
        return TermSpan.due(objectionTerm);
    }

    public String getObjection() {
        return objection;
    }

    public LocalDate getObjectedOn() {
        return objectedOn;
    }

    public LocalDate getVerificationDue() {
        return TermSpan.due(verificationTerm);
    }

    public String getVerificationText() {
        return verificationText;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public long getVersion() {
        return version;
    }

    /** The fractions of the causes a state law adds (e.g. "XIV"), in its order. */
    public List<String> getExtraCauseList() {
        return extraCauses == null ? List.of() : List.of(extraCauses.split(","));
    }

    public DiscontinuanceGround getDiscontinuanceGround() {
        return discontinuanceGround;
    }

    public LocalDate getClosedResolutionDue() {
        return closedResolutionDue;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public Boolean getNotifiedOnTime() {
        return notifiedOnTime;
    }

    public String getComplianceReason() {
        return complianceReason;
    }

    public LocalDate getComplianceFrom() {
        return TermSpan.from(complianceTerm);
    }

    public LocalDate getExtensionAskDue() {
        return extensionAskDue;
    }

    public LocalDate getExtensionAskedOn() {
        return extensionAskedOn;
    }

    public Integer getExtensionAskedDays() {
        return extensionAskedDays;
    }

    public String getExtensionRequest() {
        return extensionRequest;
    }

    public LocalDate getExtensionDecisionDue() {
        return extensionDecisionDue;
    }

    public Boolean getExtensionGranted() {
        return extensionGranted;
    }

    public Integer getExtensionGrantedDays() {
        return extensionGrantedDays;
    }

    public String getExtensionDecision() {
        return extensionDecision;
    }

    public LocalDate getSuperiorDue() {
        return TermSpan.due(superiorTerm);
    }

    public LocalDate getClarificationFrom() {
        return TermSpan.from(clarificationTerm);
    }

    public LocalDate getObjectionFrom() {
        return TermSpan.from(objectionTerm);
    }

    public LocalDate getVerificationFrom() {
        return TermSpan.from(verificationTerm);
    }

    public LocalDate getSuperiorFrom() {
        return TermSpan.from(superiorTerm);
    }

    /** The first day the superior's term to instruct compliance counts from (art. 199 ¶1), or null. */
    public LocalDate getInstructionFrom() {
        return TermSpan.from(instructionTerm);
    }

    /** The last day for the superior to instruct compliance (art. 199 ¶1), or null. */
    public LocalDate getInstructionDue() {
        return TermSpan.due(instructionTerm);
    }
}
