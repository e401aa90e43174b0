package org.apertura.appeal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.deadlines.Deadlines;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;
import org.apertura.platform.web.Labels;

/**
 * A recurso de inconformidad (LGTAIP 2025 arts. 162–183): the requester challenges, before the federal guarantor
 * authority, a local authority's resolution of a recurso de revisión about federal public resources, or its lack.
 * Like {@link Appeal}, every transition checks its stage and term here, reports every broken rule at once and
 * returns the public step it makes; terms come from {@link InconformityTerm}, counted on the calendar of the
 * authority that must act ({@link Days}). The appellant is never named nor stored here.
 */
@Entity
@Table(name = "inconformity")
public class Inconformity extends Proceeding {

    /** What is challenged: the local authority's resolution, or its lack once its term ended (art. 163 ¶2, 164). */
    @Labels("inconformity.act")
    public enum Act {
        RESOLUTION,
        NO_RESOLUTION
    }

    /** The window to challenge an appeal: the act, the day the term counts from, and its last day (art. 164). */
    public record Window(Act act, LocalDate from, LocalDate due) {

        public boolean openOn(LocalDate day) {
            return !day.isAfter(due);
        }
    }

    /**
     * The calendars a step is counted on: the federal authority's for its own terms and the parties' before it, the
     * local authority's for its new ruling and the subject's compliance (arts. 175, 177).
     */
    record Days(Deadlines federal, Deadlines local) {
    }

    private Long appealId;
    private String appealFolio;
    private Long localAuthorityId;
    private String localAuthoritySlug;
    private String localJurisdictionSlug;
    private Long federalAuthorityId;
    private String federalAuthoritySlug;
    private String federalJurisdictionSlug;
    @Enumerated(EnumType.STRING)
    private Act act;
    private LocalDate knownOn;
    private LocalDate filingDue;
    private String causes;
    private boolean federalResources;
    @Enumerated(EnumType.STRING)
    private InconformityStage stage;
    private LocalDate preventionIssueDue;
    private LocalDate noticeDue;
    private String preventionQuestion;
    private LocalDate preventedOn;
    private LocalDate preventionReplyDue;
    private String preventionReply;
    private LocalDate preventionRepliedOn;
    private LocalDate resolutionFrom;
    private LocalDate resolutionDue;
    private Boolean admittedOnTime;
    private LocalDate reportDue;
    private String report;
    private LocalDate reportedOn;
    private Boolean reportOnTime;
    private String allegation;
    private LocalDate allegedOn;
    @Enumerated(EnumType.STRING)
    private InconformityDismissalGround dismissalGround;
    @Enumerated(EnumType.STRING)
    private InconformityDiscontinuanceGround discontinuanceGround;
    @Enumerated(EnumType.STRING)
    private InconformityResolution resolution;
    private LocalDate newRulingDue;
    private String newRuling;
    private LocalDate newRulingOn;
    private Boolean newRulingOnTime;
    private LocalDate complianceDue;
    // The days the acts notified to the parties were notified (terms run from the day after, art. 128): the
    // prevention (art. 167 ¶1), the admission (art. 171 ¶2, 172 ¶2) and the resolution (art. 173 last ¶, 175 ¶1).
    private Integer preventionDays;
    private LocalDate preventionNotifiedOn;
    private LocalDate admissionNotifiedOn;
    private LocalDate resolutionNotifiedOn;
    // The appellant's extra days for allegations (art. 171 ¶3); the close of instruction (art. 171 ¶2) is in Proceeding.
    private Integer allegationsExtensionDays;
    // A third party notified of the admission (art. 172 ¶2): its term and its allegation (never its name).
    private LocalDate thirdPartyNotifiedOn;
    private LocalDate thirdPartyDue;
    private LocalDate thirdPartyAllegedOn;
    private Boolean thirdPartyOnTime;
    // The local authority's request for more time for its new ruling and the federal decision (art. 175 ¶2).
    private LocalDate newRulingExtensionAskBy;
    private LocalDate newRulingExtensionAskedOn;
    private Integer newRulingExtensionDays;
    private LocalDate newRulingExtensionDecisionDue;
    private Boolean newRulingExtensionGranted;
    private LocalDate newRulingExtensionDecidedOn;
    /** The medidas de apremio the resolution states (art. 180), comma-separated; null when it states none. */
    private String measures;

    protected Inconformity() {
    }

    // ---- the window and the filing ----

    /**
     * The window to challenge an appeal's resolution before the federal authority, counted on its calendar, or null
     * when the appeal has nothing to challenge: a resolution that confirmed or modified the answer (art. 163 fr. I–II),
     * from the day the requester says they were notified or else the day it was notified or issued; or no resolution
     * once its term ended (art. 163 ¶2), from that day. Fifteen days from the day after (art. 164 ¶1).
     */
    static Window window(Appeal appeal, LocalDate notifiedOn, LocalDate today, Deadlines federal) {
        Act act;
        LocalDate from;
        if (appeal.getResolution() == AppealResolution.CONFIRMED || appeal.getResolution() == AppealResolution.MODIFIED) {
            act = Act.RESOLUTION;
            LocalDate issued = appeal.getNotifiedOn() != null ? appeal.getNotifiedOn() : appeal.getResolvedOn();
            from = notifiedOn != null && notifiedOn.isAfter(issued) && !notifiedOn.isAfter(today) ? notifiedOn : issued;
        } else if (appeal.getResolution() == null && appeal.getStage().isOpen() && appeal.getResolutionDue() != null
                && today.isAfter(appeal.getResolutionDue())) {
            act = Act.NO_RESOLUTION;
            from = appeal.getResolutionDue();
        } else {
            return null;
        }
        return new Window(act, from, federal.due(from, InconformityTerm.FILING.days()));
    }

    /**
     * Files a recurso de inconformidad against an appeal before the federal authority: the appeal must have a
     * window (art. 163), the request must concern federal public resources (art. 162), at least one cause fitting the
     * act, and reasons (art. 165 fr. VII). A filing after the window is taken, marked late, for the federal authority
     * to dismiss (art. 181 fr. I). Checks everything before changing anything.
     */
    static Inconformity file(String folio, Appeal appeal, boolean localAuthority, long federalId, String federalSlug,
            String federalJurisdictionSlug, InconformityDraft draft, LocalDate today, Instant now, Deadlines federal) {
        return file(folio, appeal, localAuthority, federalId, federalSlug, federalJurisdictionSlug, draft, null, today,
                now, federal, null);
    }

    /**
     * The same, or, with {@code writtenOn}, a filing in writing before the local authority on that day, which it
     * forwards through the platform today (art. 164 ¶1: "mediante el sistema electrónico o por escrito, ante la
     * Autoridad garante federal o ante la Autoridad garante local que hubiere emitido la resolución"; ¶2: "esta deberá
     * hacerlo del conocimiento a la Autoridad garante federal al día siguiente de su recepción, acompañándolo con la
     * resolución impugnada, a través de la Plataforma Nacional"). Its timeliness is that of the written filing, the
     * day the local authority received it; the federal authority's own terms run from the day it receives it, the
     * forwarding (art. 166: "Una vez que la Autoridad garante federal reciba el recurso"; art. 168 ¶2 "contados a
     * partir del día en que fue recibido el recurso"). The forwarding is due the business day after the receipt on
     * the local authority's calendar ({@code local}); a later one is flagged. Who filed it is not recorded.
     */
    static Inconformity file(String folio, Appeal appeal, boolean localAuthority, long federalId, String federalSlug,
            String federalJurisdictionSlug, InconformityDraft draft, LocalDate writtenOn, LocalDate today, Instant now,
            Deadlines federal, Deadlines local) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!localAuthority) {
            problems.add(new FieldProblem("appeal", "inconformity.error.notLocal"));
        }
        LocalDate filedDay = writtenOn == null ? today : writtenOn;
        if (writtenOn != null && (writtenOn.isAfter(today) || (appeal.getResolvedOn() != null
                && writtenOn.isBefore(appeal.getResolvedOn())))) {
            problems.add(new FieldProblem("writtenOn", "inconformity.validation.writtenOn"));
        }
        if (draft.notifiedOn() != null && (draft.notifiedOn().isAfter(filedDay)
                || (appeal.getResolvedOn() != null && draft.notifiedOn().isBefore(appeal.getResolvedOn())))) {
            problems.add(new FieldProblem("notifiedOn", "inconformity.validation.notifiedOn"));
        }
        Window window = window(appeal, draft.notifiedOn(), filedDay, federal);
        if (window == null) {
            problems.add(new FieldProblem("appeal", "inconformity.error.nothingToChallenge"));
        }
        if (!draft.federalResources()) {
            problems.add(new FieldProblem("federalResources", "inconformity.validation.federalResources"));
        }
        if (draft.causes().isEmpty()) {
            problems.add(new FieldProblem("causes", "inconformity.validation.causes"));
        } else if (window != null && draft.causes().stream()
                .anyMatch(c -> (c == InconformityCause.NO_RESOLUTION) != (window.act() == Act.NO_RESOLUTION))) {
            problems.add(new FieldProblem("causes", "inconformity.validation.causeAct"));
        }
        requireText(problems, "reasons", draft.reasons());
        InvalidInputException.throwIfAny(problems);
        Inconformity i = new Inconformity();
        i.folio = folio;
        i.appealId = appeal.getId();
        i.appealFolio = appeal.getFolio();
        i.requestId = appeal.getRequestId();
        i.requestFolio = appeal.getRequestFolio();
        i.institutionId = appeal.getInstitutionId();
        i.institutionSlug = appeal.getInstitutionSlug();
        i.localAuthorityId = appeal.getGuarantorInstitutionId();
        i.localAuthoritySlug = appeal.getGuarantorSlug();
        i.localJurisdictionSlug = appeal.getGuarantorJurisdictionSlug();
        i.federalAuthorityId = federalId;
        i.federalAuthoritySlug = federalSlug;
        i.federalJurisdictionSlug = federalJurisdictionSlug;
        i.act = window.act();
        i.knownOn = window.from();
        i.filingDue = window.due();
        i.filedAt = now;
        i.filedOn = filedDay;
        i.filedLate = !window.openOn(filedDay);
        if (writtenOn != null) {
            i.forwarded(writtenOn, today, local, InconformityTerm.FORWARDING.days());
        }
        i.causes = draft.causes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        i.federalResources = true;
        i.reasons = draft.reasons().strip();
        i.stage = InconformityStage.FILED;
        LocalDate received = federal.received(today);
        i.calendarVersion = federal.calendarVersion();
        i.preventionIssueDue = federal.due(received, InconformityTerm.PREVENTION_ISSUE.days());
        if (i.act == Act.NO_RESOLUTION) {
            i.noticeDue = federal.due(received, InconformityTerm.NO_RESOLUTION_NOTICE.days());
        }
        i.resolutionFrom = received;
        i.resolutionDue = federal.due(received, InconformityTerm.RESOLUTION.days());
        return i;
    }

    /**
     * The local authority's step forwarding a written filing (art. 164 ¶2): the day it received it, the day due and
     * whether it forwarded it on time; null for a filing made on the platform.
     */
    InconformityStep forwardedStep(String actor) {
        if (writtenOn == null) {
            return null;
        }
        return new InconformityStep(id, forwardedLate ? InconformityStepType.FORWARDED_LATE : InconformityStepType.FORWARDED, filedAt,
                InconformityCapacity.LOCAL_AUTHORITY, actor, InconformityTerm.FORWARDING.basis(),
                forwardingNote("Recibido por escrito"));
    }

    /** The step of the filing: the resolution term starts (art. 168 ¶1); a late one is marked (art. 164, 181 fr. I). */
    InconformityStep filedStep(Deadlines federal) {
        String basis = InconformityTerm.FILING.basis() + "; " + causeList().stream().map(InconformityCause::basis)
                .collect(Collectors.joining("; "));
        return new InconformityStep(id, filedLate ? InconformityStepType.FILED_LATE : InconformityStepType.FILED, filedAt, InconformityCapacity.APPELLANT,
                null, basis, reasons).started(InconformityTerm.RESOLUTION, InconformityTerm.RESOLUTION.days(),
                resolutionFrom, resolutionDue, federal.calendarVersion());
    }

    /** A remedy on the platform was filed or forwarded once; forwarding is an act on the appeal, never on it. */
    Optional<FieldProblem> forwardRefused() {
        return refusal("inconformity.error.alreadyForwarded");
    }

    // ---- the federal authority ----

    Optional<FieldProblem> preventRefused(LocalDate today) {
        if (stage != InconformityStage.FILED || preventedOn != null) {
            return refusal("inconformity.error.notPreventable");
        }
        if (today.isAfter(preventionIssueDue)) {
            return refusal("inconformity.error.preventionLate", day(preventionIssueDue));
        }
        return Optional.empty();
    }

    /**
     * Prevents the appellant once, within five days, giving up to fifteen to answer (art. 167 ¶1; {@code days} null:
     * all fifteen); the resolution term is interrupted until the answer (¶2).
     */
    InconformityStep prevent(String question, Integer days, LocalDate today, Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        preventRefused(today).ifPresent(problems::add);
        int max = InconformityTerm.PREVENTION_REPLY.days();
        if (days != null && (days < 1 || days > max)) {
            problems.add(new FieldProblem("days", "inconformity.validation.daysUpTo", max));
        }
        requireText(problems, "question", question);
        InvalidInputException.throwIfAny(problems);
        int given = days == null ? max : days;
        preventionQuestion = question.strip();
        preventedOn = today;
        preventionDays = given;
        preventionNotifiedOn = today;
        LocalDate from = d.federal().received(today);
        preventionReplyDue = d.federal().due(from, given);
        resolutionDue = null;
        stage = InconformityStage.PREVENTED;
        return new InconformityStep(id, InconformityStepType.PREVENTED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.PREVENTION_REPLY.basis() + "; art. 167 ¶2", preventionQuestion)
                .started(InconformityTerm.PREVENTION_REPLY, given, from, preventionReplyDue,
                        d.federal().calendarVersion());
    }

    Optional<FieldProblem> admitRefused() {
        return stage == InconformityStage.FILED ? Optional.empty() : refusal("inconformity.error.notAdmissible");
    }

    /**
     * Admits (art. 166, 171 ¶1): the local authority reports within ten days, or, against a lack of resolution, the
     * admission is the vista of art. 168 ¶2 (due within three days of receipt) and it answers within five; the
     * appellant alleges within ten from the day after the admission is notified to them (art. 171 ¶2): the day of the
     * act, when the platform notifies it, unless a later notice is recorded ({@link #recordNotice}).
     */
    InconformityStep admit(LocalDate today, Instant now, String actor, Days d) {
        InvalidInputException.throwIfAny(admitRefused().stream().toList());
        Deadlines f = d.federal();
        LocalDate from = f.received(today);
        admittedOn = today;
        admissionNotifiedOn = today;
        admittedOnTime = noticeDue == null ? null : !today.isAfter(noticeDue);
        InconformityTerm reportTerm = act == Act.NO_RESOLUTION ? InconformityTerm.NO_RESOLUTION_REPLY
                : InconformityTerm.REPORT;
        reportDue = f.due(from, reportTerm.days());
        allegationsDue = allegationsDue(f, admissionNotifiedOn);
        stage = InconformityStage.ADMITTED;
        String basis = act == Act.NO_RESOLUTION ? InconformityTerm.NO_RESOLUTION_NOTICE.basis()
                : InconformityTerm.REPORT.basis();
        return new InconformityStep(id, InconformityStepType.ADMITTED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor, basis, null)
                .started(reportTerm, reportTerm.days(), from, reportDue, f.calendarVersion());
    }

    Optional<FieldProblem> dismissRefused(LocalDate today) {
        return stage == InconformityStage.FILED || stage == InconformityStage.PREVENTED ? Optional.empty()
                : refusal("inconformity.error.notDismissible");
    }

    /**
     * Dismisses before admission on a ground of art. 181, or, once the prevention went unanswered past its term, takes
     * the remedy as not filed (art. 167 ¶1). The ground must fit: a late filing only when it was late, the unanswered
     * prevention only then.
     */
    InconformityStep dismiss(InconformityDismissalGround ground, String text, LocalDate today, Instant now,
            String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        dismissRefused(today).ifPresent(problems::add);
        if (ground == null) {
            problems.add(new FieldProblem("ground", "validation.required"));
        } else if (ground == InconformityDismissalGround.LATE && !filedLate) {
            problems.add(new FieldProblem("ground", "inconformity.error.notLate", day(filingDue)));
        } else if ((ground == InconformityDismissalGround.PREVENTION_UNANSWERED)
                != (stage == InconformityStage.PREVENTED)) {
            problems.add(new FieldProblem("ground", "inconformity.error.preventionGround"));
        } else if (ground == InconformityDismissalGround.PREVENTION_UNANSWERED && !today.isAfter(preventionReplyDue)) {
            problems.add(new FieldProblem("ground", "inconformity.error.preventionRunning", day(preventionReplyDue)));
        }
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        dismissalGround = ground;
        return close(InconformityStage.DISMISSED, InconformityResolution.DISMISSED, text, today, now, actor,
                InconformityStepType.DISMISSED, ground.basis() + "; art. 173 fr. I");
    }

    Optional<FieldProblem> extendRefused(LocalDate today) {
        if (stage != InconformityStage.ADMITTED && stage != InconformityStage.FILED) {
            return refusal("inconformity.error.notExtendable");
        }
        if (extended) {
            return refusal("inconformity.error.alreadyExtended");
        }
        if (resolutionDue != null && today.isAfter(resolutionDue)) {
            return refusal("inconformity.error.resolutionTermOver", day(resolutionDue));
        }
        return Optional.empty();
    }

    /** Extends the resolution term once, by up to thirty days (art. 168 ¶1; {@code days} null: all thirty). */
    InconformityStep extend(String reason, Integer days, LocalDate today, Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        extendRefused(today).ifPresent(problems::add);
        int max = InconformityTerm.RESOLUTION_EXTENSION.days();
        if (days != null && (days < 1 || days > max)) {
            problems.add(new FieldProblem("days", "inconformity.validation.daysUpTo", max));
        }
        requireText(problems, "reason", reason);
        InvalidInputException.throwIfAny(problems);
        int given = days == null ? max : days;
        LocalDate from = resolutionDue;
        resolutionDue = d.federal().due(from, given);
        extended = true;
        extensionReason = reason.strip();
        return new InconformityStep(id, InconformityStepType.EXTENDED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.RESOLUTION_EXTENSION.basis(), extensionReason)
                .started(InconformityTerm.RESOLUTION_EXTENSION, given, from, resolutionDue,
                        d.federal().calendarVersion());
    }

    Optional<FieldProblem> discontinueRefused() {
        return stage == InconformityStage.ADMITTED ? Optional.empty()
                : refusal("inconformity.error.notDiscontinuable");
    }

    /** Sobresee an admitted remedy on art. 182 fr. II–IV (fr. I is the appellant's own withdrawal). */
    InconformityStep discontinue(InconformityDiscontinuanceGround ground, String text, LocalDate today, Instant now,
            String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        discontinueRefused().ifPresent(problems::add);
        if (ground == null || ground == InconformityDiscontinuanceGround.WITHDRAWN) {
            problems.add(new FieldProblem("ground", "validation.required"));
        }
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        discontinuanceGround = ground;
        return close(InconformityStage.DISCONTINUED, InconformityResolution.DISCONTINUED, text, today, now, actor,
                InconformityStepType.DISCONTINUED, ground.basis() + "; art. 173 fr. I");
    }

    Optional<FieldProblem> resolveRefused() {
        return stage == InconformityStage.ADMITTED ? Optional.empty() : refusal("inconformity.error.notResolvable");
    }

    /**
     * Confirms, revokes or modifies the local authority's resolution (art. 173 fr. II–III), on time if by the
     * resolution term (art. 168). Revoking or modifying gives the local authority fifteen days for a new ruling from
     * the day after the resolution, taken as notified through the platform the day it is issued (art. 173 ¶ last,
     * 175 ¶1), counted on the local authority's calendar.
     */
    InconformityStep resolve(InconformityResolution kind, Set<CoerciveMeasure> measures, String text, LocalDate today,
            Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        resolveRefused().ifPresent(problems::add);
        if (kind == null || !(kind == InconformityResolution.CONFIRMED || kind.ordersNewRuling())) {
            problems.add(new FieldProblem("resolution", "validation.required"));
        }
        // Art. 180: a resolution to be complied with states its medidas de apremio; one that confirms orders nothing.
        Set<CoerciveMeasure> stated = measures == null ? Set.of() : measures;
        if (kind != null && kind.ordersNewRuling() && stated.isEmpty()) {
            problems.add(new FieldProblem("measures", "inconformity.validation.measures"));
        } else if (kind == InconformityResolution.CONFIRMED && !stated.isEmpty()) {
            problems.add(new FieldProblem("measures", "inconformity.validation.measuresConfirmed"));
        }
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        InconformityStage next = kind.ordersNewRuling() ? InconformityStage.NEW_RULING_PENDING
                : InconformityStage.CONFIRMED;
        String basis = "LGTAIP 2025 art. 173 fr. " + (kind.ordersNewRuling() ? "III" : "II") + "; "
                + (act == Act.NO_RESOLUTION && reportedOn != null ? InconformityTerm.NO_RESOLUTION_DECISION.basis()
                        : InconformityTerm.RESOLUTION.basis());
        if (!stated.isEmpty()) {
            basis += "; " + InconformityTerm.LAW + " art. 180; " + stated.stream().sorted()
                    .map(CoerciveMeasure::basis).collect(Collectors.joining("; "));
            this.measures = stated.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }
        InconformityStep step = close(next, kind, text, today, now, actor, InconformityStepType.RESOLVED, basis);
        if (kind.ordersNewRuling()) {
            resolutionNotifiedOn = today;
            LocalDate from = d.local().received(resolutionNotifiedOn);
            newRulingDue = d.local().due(from, InconformityTerm.NEW_RULING.days());
            newRulingExtensionAskBy = askBy(d.local(), newRulingDue);
            step.started(InconformityTerm.NEW_RULING, InconformityTerm.NEW_RULING.days(), from, newRulingDue,
                    d.local().calendarVersion());
        }
        return step;
    }

    private InconformityStep close(InconformityStage next, InconformityResolution kind, String text, LocalDate today,
            Instant now, String actor, InconformityStepType type, String basis) {
        resolution = kind;
        resolutionText = text.strip();
        resolvedOn = today;
        resolvedOnTime = resolutionDue == null ? null : !today.isAfter(resolutionDue);
        stage = next;
        return new InconformityStep(id, type, now, InconformityCapacity.FEDERAL_AUTHORITY, actor, basis,
                resolutionText);
    }

    // ---- the local authority ----

    Optional<FieldProblem> reportRefused() {
        if (stage != InconformityStage.ADMITTED) {
            return refusal("inconformity.error.notAdmitted");
        }
        return report != null ? refusal("inconformity.error.alreadyReported") : Optional.empty();
    }

    /**
     * The local authority's informe justificado (art. 171 ¶1) or its answer to the vista (art. 168 ¶2), on time or
     * not. Against a lack of resolution, once answered the federal authority resolves within fifteen days (¶3), if
     * that comes before the thirty of ¶1.
     */
    InconformityStep localReport(String text, LocalDate today, Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        reportRefused().ifPresent(problems::add);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        report = text.strip();
        reportedOn = today;
        reportOnTime = !today.isAfter(reportDue);
        InconformityStep step = new InconformityStep(id, InconformityStepType.REPORTED, now, InconformityCapacity.LOCAL_AUTHORITY, actor,
                act == Act.NO_RESOLUTION ? InconformityTerm.NO_RESOLUTION_REPLY.basis()
                        : InconformityTerm.REPORT.basis(), report);
        if (act == Act.NO_RESOLUTION) {
            LocalDate from = d.federal().received(today);
            LocalDate due = d.federal().due(from, InconformityTerm.NO_RESOLUTION_DECISION.days());
            if (resolutionDue == null || due.isBefore(resolutionDue)) {
                resolutionDue = due;
                step.started(InconformityTerm.NO_RESOLUTION_DECISION, InconformityTerm.NO_RESOLUTION_DECISION.days(),
                        from, due, d.federal().calendarVersion());
            }
        }
        return step;
    }

    Optional<FieldProblem> newRulingRefused() {
        return stage == InconformityStage.NEW_RULING_PENDING ? Optional.empty()
                : refusal("inconformity.error.noNewRulingDue");
    }

    /**
     * The local authority's new ruling following the federal one (art. 175 ¶1), notified to the subject (art. 176),
     * which then complies within ten days (art. 177), counted on the local authority's calendar.
     */
    InconformityStep newRuling(String text, LocalDate today, Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        newRulingRefused().ifPresent(problems::add);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        newRuling = text.strip();
        newRulingOn = today;
        newRulingOnTime = !today.isAfter(newRulingDue);
        LocalDate from = d.local().received(today);
        complianceDue = d.local().due(from, InconformityTerm.COMPLIANCE.days());
        stage = InconformityStage.COMPLIANCE_PENDING;
        return new InconformityStep(id, InconformityStepType.NEW_RULING, now, InconformityCapacity.LOCAL_AUTHORITY, actor,
                InconformityTerm.NEW_RULING.basis() + "; art. 176", newRuling)
                .started(InconformityTerm.COMPLIANCE, InconformityTerm.COMPLIANCE.days(), from, complianceDue,
                        d.local().calendarVersion());
    }

    // ---- the obligated subject ----

    Optional<FieldProblem> reportComplianceRefused() {
        return stage == InconformityStage.COMPLIANCE_PENDING ? Optional.empty()
                : refusal("inconformity.error.noComplianceDue");
    }

    /** The subject reports its compliance to the local authority (art. 178), which follows it (art. 179). */
    InconformityStep reportCompliance(String text, LocalDate today, Instant now, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        reportComplianceRefused().ifPresent(problems::add);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        complianceReport = text.strip();
        complianceReportedOn = today;
        complianceOnTime = !today.isAfter(complianceDue);
        stage = InconformityStage.COMPLIANCE_REPORTED;
        return new InconformityStep(id, InconformityStepType.COMPLIANCE_REPORTED, now, InconformityCapacity.TRANSPARENCY_UNIT, actor,
                "LGTAIP 2025 art. 178; art. 179", complianceReport);
    }

    // ---- the appellant ----

    Optional<FieldProblem> replyPreventionRefused(LocalDate today) {
        if (stage != InconformityStage.PREVENTED) {
            return refusal("inconformity.error.notPrevented");
        }
        return today.isAfter(preventionReplyDue) ? refusal("inconformity.error.preventionOver", day(preventionReplyDue))
                : Optional.empty();
    }

    /** Answers the prevention in time; the resolution term starts again from the day after (art. 167 ¶2). */
    InconformityStep replyPrevention(String reply, LocalDate today, Instant now, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        replyPreventionRefused(today).ifPresent(problems::add);
        requireText(problems, "reply", reply);
        InvalidInputException.throwIfAny(problems);
        preventionReply = reply.strip();
        preventionRepliedOn = today;
        LocalDate from = d.federal().received(today);
        resolutionFrom = from;
        resolutionDue = d.federal().due(from, InconformityTerm.RESOLUTION.days());
        stage = InconformityStage.FILED;
        return new InconformityStep(id, InconformityStepType.PREVENTION_REPLIED, now, InconformityCapacity.APPELLANT, null,
                "LGTAIP 2025 art. 167 ¶2", preventionReply).started(InconformityTerm.RESOLUTION,
                InconformityTerm.RESOLUTION.days(), from, resolutionDue, d.federal().calendarVersion());
    }

    Optional<FieldProblem> allegeRefused(LocalDate today) {
        if (stage != InconformityStage.ADMITTED) {
            return refusal("inconformity.error.notAdmitted");
        }
        if (allegation != null) {
            return refusal("inconformity.error.alreadyAlleged");
        }
        if (instructionClosedOn != null) {
            return refusal("inconformity.error.instructionClosed", day(instructionClosedOn));
        }
        return today.isAfter(allegationsDue) ? refusal("inconformity.error.allegationsOver", day(allegationsDue))
                : Optional.empty();
    }

    /** The appellant's allegations and evidence within ten days of the admission (art. 171 ¶2). */
    InconformityStep allege(String text, LocalDate today, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        allegeRefused(today).ifPresent(problems::add);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        allegation = text.strip();
        allegedOn = today;
        return new InconformityStep(id, InconformityStepType.ALLEGATION, now, InconformityCapacity.APPELLANT, null,
                InconformityTerm.ALLEGATIONS.basis(), allegation);
    }

    Optional<FieldProblem> withdrawRefused() {
        return stage == InconformityStage.FILED || stage == InconformityStage.PREVENTED
                || stage == InconformityStage.ADMITTED ? Optional.empty() : refusal("inconformity.error.notWithdrawable");
    }

    /** The appellant withdraws; once admitted the remedy is sobreseído on art. 182 fr. I. */
    InconformityStep withdraw(String reason, LocalDate today, Instant now) {
        InvalidInputException.throwIfAny(withdrawRefused().stream().toList());
        InvalidInputException.throwIf(FieldProblem.longerThan(reason, Appeal.MAX_TEXT, "reason", "validation.tooLong"));
        boolean admitted = stage == InconformityStage.ADMITTED;
        String note = Texts.blankToNull(reason == null ? null : reason.strip());
        if (admitted) {
            discontinuanceGround = InconformityDiscontinuanceGround.WITHDRAWN;
            resolution = InconformityResolution.DISCONTINUED;
            resolvedOn = today;
            resolvedOnTime = resolutionDue == null ? null : !today.isAfter(resolutionDue);
        }
        stage = admitted ? InconformityStage.DISCONTINUED : InconformityStage.WITHDRAWN;
        return new InconformityStep(id, InconformityStepType.WITHDRAWN, now, InconformityCapacity.APPELLANT, null,
                admitted ? InconformityDiscontinuanceGround.WITHDRAWN.basis() : "LGTAIP 2025 art. 182 fr. I", note);
    }

    // ---- notices, instruction, third party and more time (ADR 0038) ----

    /** The acts notified to a party whose term runs from the day after their notice (art. 128). */
    enum Notice {
        /** The prevention, to the appellant: fifteen days at most to answer (art. 167 ¶1). */
        PREVENTION,
        /** The admission, to the appellant: ten days to allege (art. 171 ¶2). */
        ADMISSION,
        /** The resolution that revokes or modifies, to the local authority: fifteen days for a new one (art. 175 ¶1). */
        RESOLUTION
    }

    /**
     * The allegations term: ten days from the day after the admission was notified (art. 171 ¶2), plus the days the
     * appellant asked for before the close of instruction (¶3), added to its end.
     */
    private LocalDate allegationsDue(Deadlines federal, LocalDate notified) {
        LocalDate due = federal.due(federal.received(notified), InconformityTerm.ALLEGATIONS.days());
        return allegationsExtensionDays == null ? due : federal.due(due, allegationsExtensionDays);
    }

    /**
     * The act whose notice may still be recorded as given on a later day: it was taken as notified the day of the act
     * (the platform notifies it then), and nobody has acted on the term it started. Null when none.
     */
    Notice pendingNotice() {
        if (stage == InconformityStage.PREVENTED && preventedOn.equals(dayOr(preventionNotifiedOn, preventedOn))) {
            return Notice.PREVENTION;
        }
        if (stage == InconformityStage.ADMITTED && allegation == null && instructionClosedOn == null
                && allegationsExtensionDays == null && admittedOn.equals(dayOr(admissionNotifiedOn, admittedOn))) {
            return Notice.ADMISSION;
        }
        if (stage == InconformityStage.NEW_RULING_PENDING && newRulingExtensionAskedOn == null
                && resolvedOn.equals(dayOr(resolutionNotifiedOn, resolvedOn))) {
            return Notice.RESOLUTION;
        }
        return null;
    }

    Optional<FieldProblem> recordNoticeRefused() {
        return pendingNotice() != null ? Optional.empty() : refusal("inconformity.error.noNoticePending");
    }

    /**
     * Records that the act whose term runs was notified on a later day than its own (the notice by e-mail failed and
     * it was given another way; the local authority learnt of the resolution later): its term counts again from the
     * day after the notice, as the law says — the answer to the prevention (art. 167 ¶1), the allegations (art. 171
     * ¶2), the new ruling (art. 175 ¶1). Once per act, on a day after the act's and not after today.
     */
    InconformityStep recordNotice(LocalDate on, LocalDate today, Instant now, String actor, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        recordNoticeRefused().ifPresent(problems::add);
        Notice notice = pendingNotice();
        if (notice != null) {
            LocalDate act = switch (notice) {
                case PREVENTION -> preventedOn;
                case ADMISSION -> admittedOn;
                case RESOLUTION -> resolvedOn;
            };
            if (on == null) {
                problems.add(new FieldProblem("notifiedOn", "validation.required"));
            } else if (!on.isAfter(act) || on.isAfter(today)) {
                problems.add(new FieldProblem("notifiedOn", "inconformity.validation.noticeDay", day(act), day(today)));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Deadlines calendar = notice == Notice.RESOLUTION ? d.local() : d.federal();
        LocalDate from = calendar.received(on);
        InconformityTerm term;
        int days;
        LocalDate due;
        switch (notice) {
            case PREVENTION -> {
                preventionNotifiedOn = on;
                term = InconformityTerm.PREVENTION_REPLY;
                days = preventionDays == null ? term.days() : preventionDays;
                due = preventionReplyDue = calendar.due(from, days);
            }
            case ADMISSION -> {
                admissionNotifiedOn = on;
                term = InconformityTerm.ALLEGATIONS;
                days = term.days();
                due = allegationsDue = allegationsDue(calendar, on);
            }
            default -> {
                resolutionNotifiedOn = on;
                term = InconformityTerm.NEW_RULING;
                days = term.days();
                due = newRulingDue = calendar.due(from, days);
                newRulingExtensionAskBy = askBy(calendar, newRulingDue);
            }
        }
        return new InconformityStep(id, InconformityStepType.NOTICE_RECORDED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                term.basis() + "; art. 128", day(on)).notified(on, null)
                .started(term, days, from, due, calendar.calendarVersion());
    }

    Optional<FieldProblem> extendAllegationsRefused() {
        if (stage != InconformityStage.ADMITTED) {
            return refusal("inconformity.error.notAdmitted");
        }
        if (instructionClosedOn != null) {
            return refusal("inconformity.error.instructionClosed", day(instructionClosedOn));
        }
        if (allegation != null) {
            return refusal("inconformity.error.alreadyAlleged");
        }
        return allegationsExtensionDays != null ? refusal("inconformity.error.allegationsExtended") : Optional.empty();
    }

    /**
     * The appellant asks, before the close of instruction, for up to ten more days to allege (art. 171 ¶3;
     * {@code days} null: all ten), added to the end of the ten of ¶2. The law gives the federal authority no ground to
     * refuse it, so the request takes effect when made.
     */
    InconformityStep extendAllegations(Integer days, LocalDate today, Instant now, Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        extendAllegationsRefused().ifPresent(problems::add);
        int max = InconformityTerm.ALLEGATIONS_EXTENSION.days();
        if (days != null && (days < 1 || days > max)) {
            problems.add(new FieldProblem("days", "inconformity.validation.daysUpTo", max));
        }
        InvalidInputException.throwIfAny(problems);
        int given = days == null ? max : days;
        LocalDate from = allegationsDue;
        allegationsExtensionDays = given;
        allegationsDue = d.federal().due(from, given);
        return new InconformityStep(id, InconformityStepType.ALLEGATIONS_EXTENDED, now, InconformityCapacity.APPELLANT, null,
                InconformityTerm.ALLEGATIONS_EXTENSION.basis(), null)
                .started(InconformityTerm.ALLEGATIONS_EXTENSION, given, from, allegationsDue,
                        d.federal().calendarVersion());
    }

    Optional<FieldProblem> closeInstructionRefused(LocalDate today) {
        if (stage != InconformityStage.ADMITTED) {
            return refusal("inconformity.error.notAdmitted");
        }
        if (instructionClosedOn != null) {
            return refusal("inconformity.error.instructionClosed", day(instructionClosedOn));
        }
        return today.isAfter(allegationsDue) ? Optional.empty()
                : refusal("inconformity.error.allegationsRunning", day(allegationsDue));
    }

    /**
     * Decrees the close of instruction once the allegations term (with any extra days) has ended (art. 171 ¶2): the
     * file passes to resolution; after it only supervening evidence and more reports are admissible (art. 172 ¶1), so
     * the appellant's allegations and their extension are refused.
     */
    InconformityStep closeInstruction(LocalDate today, Instant now, String actor) {
        InvalidInputException.throwIfAny(closeInstructionRefused(today).stream().toList());
        instructionClosedOn = today;
        return new InconformityStep(id, InconformityStepType.INSTRUCTION_CLOSED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.ALLEGATIONS.basis() + "; art. 172 ¶1", null);
    }

    Optional<FieldProblem> notifyThirdPartyRefused() {
        if (stage != InconformityStage.ADMITTED) {
            return refusal("inconformity.error.notAdmitted");
        }
        if (instructionClosedOn != null) {
            return refusal("inconformity.error.instructionClosed", day(instructionClosedOn));
        }
        return thirdPartyNotifiedOn != null ? refusal("inconformity.error.thirdPartyNotified") : Optional.empty();
    }

    /**
     * Notifies the admission to a third party with an interest (art. 172 ¶2): it has up to five days to prove its
     * standing and allege. Who it is stays out of the public record, as the appellant does.
     */
    InconformityStep notifyThirdParty(LocalDate today, Instant now, String actor, Days d) {
        InvalidInputException.throwIfAny(notifyThirdPartyRefused().stream().toList());
        Deadlines f = d.federal();
        LocalDate from = f.received(today);
        thirdPartyNotifiedOn = today;
        thirdPartyDue = f.due(from, InconformityTerm.THIRD_PARTY.days());
        return new InconformityStep(id, InconformityStepType.THIRD_PARTY_NOTIFIED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.THIRD_PARTY.basis(), null).notified(today, null)
                .started(InconformityTerm.THIRD_PARTY, InconformityTerm.THIRD_PARTY.days(), from, thirdPartyDue,
                        f.calendarVersion());
    }

    Optional<FieldProblem> recordThirdPartyRefused() {
        if (stage != InconformityStage.ADMITTED || thirdPartyNotifiedOn == null) {
            return refusal("inconformity.error.noThirdParty");
        }
        return thirdPartyAllegedOn != null ? refusal("inconformity.error.thirdPartyAlleged") : Optional.empty();
    }

    /**
     * Records what the third party filed to prove its standing and allege (art. 172 ¶2), on time or not; the federal
     * authority enters it, as the third party has no place on the platform. Its text is public as the parties' are;
     * its name is not asked.
     */
    InconformityStep recordThirdParty(String text, LocalDate today, Instant now, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        recordThirdPartyRefused().ifPresent(problems::add);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        thirdPartyAllegedOn = today;
        thirdPartyOnTime = !today.isAfter(thirdPartyDue);
        return new InconformityStep(id, InconformityStepType.THIRD_PARTY_ALLEGED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.THIRD_PARTY.basis(), text.strip());
    }

    /**
     * The last day the local authority may ask for more time for its new ruling: five business days before its term
     * ends (art. 175 ¶2, "a más tardar cinco días antes de que venza el plazo").
     */
    static LocalDate askBy(Deadlines local, LocalDate due) {
        LocalDate day = due;
        // The latest business day with five business days after it up to the end of the term.
        while (local.businessDaysBetween(day, due) < InconformityTerm.NEW_RULING_EXTENSION_ASK.days()
                || !local.received(day).equals(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The guard; a remedy resolved before the ask-by day was kept has it computed when the local authority asks. */
    Optional<FieldProblem> askNewRulingExtensionRefused(LocalDate today) {
        if (stage != InconformityStage.NEW_RULING_PENDING) {
            return refusal("inconformity.error.noNewRulingDue");
        }
        if (newRulingExtensionAskedOn != null) {
            return refusal("inconformity.error.newRulingExtensionAsked");
        }
        return newRulingExtensionAskBy != null && today.isAfter(newRulingExtensionAskBy)
                ? refusal("inconformity.error.newRulingExtensionLate", day(newRulingExtensionAskBy)) : Optional.empty();
    }

    /**
     * The local authority asks, with reasons, for {@code days} more for its new ruling (art. 175 ¶2), at the latest five
     * days before its term ends; the federal authority decides within three days. The law sets no length: at most the
     * fifteen of ¶1 (a platform bound, ADR 0038).
     */
    InconformityStep askNewRulingExtension(Integer days, String reason, LocalDate today, Instant now, String actor,
            Days d) {
        if (newRulingExtensionAskBy == null && newRulingDue != null) {
            newRulingExtensionAskBy = askBy(d.local(), newRulingDue);
        }
        List<FieldProblem> problems = new ArrayList<>();
        askNewRulingExtensionRefused(today).ifPresent(problems::add);
        int max = InconformityTerm.NEW_RULING.days();
        if (days == null || days < 1 || days > max) {
            problems.add(new FieldProblem("days", "inconformity.validation.daysUpTo", max));
        }
        requireText(problems, "reason", reason);
        InvalidInputException.throwIfAny(problems);
        Deadlines f = d.federal();
        LocalDate from = f.received(today);
        newRulingExtensionAskedOn = today;
        newRulingExtensionDays = days;
        newRulingExtensionDecisionDue = f.due(from, InconformityTerm.NEW_RULING_EXTENSION_DECISION.days());
        return new InconformityStep(id, InconformityStepType.NEW_RULING_EXTENSION_ASKED, now, InconformityCapacity.LOCAL_AUTHORITY, actor,
                InconformityTerm.NEW_RULING_EXTENSION_ASK.basis(), reason.strip())
                .started(InconformityTerm.NEW_RULING_EXTENSION_DECISION,
                        InconformityTerm.NEW_RULING_EXTENSION_DECISION.days(), from, newRulingExtensionDecisionDue,
                        f.calendarVersion());
    }

    Optional<FieldProblem> decideNewRulingExtensionRefused() {
        return stage == InconformityStage.NEW_RULING_PENDING && newRulingExtensionAskedOn != null
                && newRulingExtensionDecidedOn == null ? Optional.empty()
                        : refusal("inconformity.error.noNewRulingExtensionAsked");
    }

    /**
     * The federal authority grants or refuses, with reasons, the local authority's request for more time (art. 175
     * ¶2); granted, the days asked are added to the end of the new ruling's term, on the local authority's calendar.
     */
    InconformityStep decideNewRulingExtension(Boolean grant, String text, LocalDate today, Instant now, String actor,
            Days d) {
        List<FieldProblem> problems = new ArrayList<>();
        decideNewRulingExtensionRefused().ifPresent(problems::add);
        FieldProblem.required(grant, "grant", problems);
        requireText(problems, "text", text);
        InvalidInputException.throwIfAny(problems);
        newRulingExtensionGranted = grant;
        newRulingExtensionDecidedOn = today;
        InconformityStep step = new InconformityStep(id, grant ? InconformityStepType.NEW_RULING_EXTENSION_GRANTED
                : InconformityStepType.NEW_RULING_EXTENSION_REFUSED, now, InconformityCapacity.FEDERAL_AUTHORITY, actor,
                InconformityTerm.NEW_RULING_EXTENSION_DECISION.basis(), text.strip());
        if (grant) {
            LocalDate from = newRulingDue;
            newRulingDue = d.local().due(from, newRulingExtensionDays);
            step.started(InconformityTerm.NEW_RULING, newRulingExtensionDays, from, newRulingDue,
                    d.local().calendarVersion());
        }
        return step;
    }

    /** Whether the decision on more time came within its three days (art. 175 ¶2); null before it. */
    public Boolean getNewRulingExtensionDecidedOnTime() {
        return newRulingExtensionDecidedOn == null ? null : !newRulingExtensionDecidedOn.isAfter(
                newRulingExtensionDecisionDue);
    }

    private static LocalDate dayOr(LocalDate day, LocalDate otherwise) {
        return day == null ? otherwise : day;
    }

    public LocalDate getPreventionNotifiedOn() {
        return preventionNotifiedOn;
    }

    public LocalDate getAdmissionNotifiedOn() {
        return admissionNotifiedOn;
    }

    public LocalDate getResolutionNotifiedOn() {
        return resolutionNotifiedOn;
    }

    public Integer getAllegationsExtensionDays() {
        return allegationsExtensionDays;
    }

    public LocalDate getThirdPartyNotifiedOn() {
        return thirdPartyNotifiedOn;
    }

    public LocalDate getThirdPartyDue() {
        return thirdPartyDue;
    }

    public LocalDate getThirdPartyAllegedOn() {
        return thirdPartyAllegedOn;
    }

    public Boolean getThirdPartyOnTime() {
        return thirdPartyOnTime;
    }

    public LocalDate getNewRulingExtensionAskBy() {
        return newRulingExtensionAskBy;
    }

    public LocalDate getNewRulingExtensionAskedOn() {
        return newRulingExtensionAskedOn;
    }

    public Integer getNewRulingExtensionDays() {
        return newRulingExtensionDays;
    }

    public LocalDate getNewRulingExtensionDecisionDue() {
        return newRulingExtensionDecisionDue;
    }

    public Boolean getNewRulingExtensionGranted() {
        return newRulingExtensionGranted;
    }

    // ---- reading ----

    /** The next date someone must act by, or null when closed. */
    public LocalDate nextDue() {
        return switch (stage) {
            case FILED -> noticeDue != null && preventedOn == null ? noticeDue : resolutionDue;
            case PREVENTED -> preventionReplyDue;
            case ADMITTED -> report == null && reportDue.isBefore(resolutionDue) ? reportDue : resolutionDue;
            case NEW_RULING_PENDING -> newRulingDue;
            case COMPLIANCE_PENDING -> complianceDue;
            default -> null;
        };
    }

    /** The medidas de apremio the resolution states (art. 180), in the law's order; empty when none. */
    public List<CoerciveMeasure> measureList() {
        return measures == null ? List.of() : java.util.Arrays.stream(measures.split(",")).map(CoerciveMeasure::valueOf)
                .sorted().toList();
    }

    public List<InconformityCause> causeList() {
        return causes == null || causes.isBlank() ? List.of()
                : Arrays.stream(causes.split(",")).map(InconformityCause::valueOf).sorted().toList();
    }

    public List<InconformityCause> getCauseList() {
        return causeList();
    }

    // ---- inside ----

    static String day(LocalDate day) {
        return Appeal.day(day);
    }

    private static Optional<FieldProblem> refusal(String key, Object... args) {
        return Optional.of(new FieldProblem("stage", key, args));
    }

    private static void requireText(List<FieldProblem> problems, String field, String text) {
        if (Texts.isBlank(text)) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (text.strip().length() > Appeal.MAX_TEXT) {
            problems.add(new FieldProblem(field, "validation.tooLong", Appeal.MAX_TEXT));
        }
    }

    public Long getAppealId() {
        return appealId;
    }

    public String getAppealFolio() {
        return appealFolio;
    }

    public Long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public String getLocalAuthoritySlug() {
        return localAuthoritySlug;
    }

    public String getLocalJurisdictionSlug() {
        return localJurisdictionSlug;
    }

    public Long getFederalAuthorityId() {
        return federalAuthorityId;
    }

    public String getFederalAuthoritySlug() {
        return federalAuthoritySlug;
    }

    public String getFederalJurisdictionSlug() {
        return federalJurisdictionSlug;
    }

    public Act getAct() {
        return act;
    }

    public LocalDate getKnownOn() {
        return knownOn;
    }

    public LocalDate getFilingDue() {
        return filingDue;
    }

    public boolean isFederalResources() {
        return federalResources;
    }

    public InconformityStage getStage() {
        return stage;
    }

    public LocalDate getPreventionIssueDue() {
        return preventionIssueDue;
    }

    public LocalDate getNoticeDue() {
        return noticeDue;
    }

    public String getPreventionQuestion() {
        return preventionQuestion;
    }

    public LocalDate getPreventedOn() {
        return preventedOn;
    }

    public LocalDate getPreventionReplyDue() {
        return preventionReplyDue;
    }

    public String getPreventionReply() {
        return preventionReply;
    }

    public LocalDate getPreventionRepliedOn() {
        return preventionRepliedOn;
    }

    public LocalDate getResolutionFrom() {
        return resolutionFrom;
    }

    public LocalDate getResolutionDue() {
        return resolutionDue;
    }

    public Boolean getAdmittedOnTime() {
        return admittedOnTime;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public String getReport() {
        return report;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public Boolean getReportOnTime() {
        return reportOnTime;
    }

    public String getAllegation() {
        return allegation;
    }

    public LocalDate getAllegedOn() {
        return allegedOn;
    }

    public InconformityDismissalGround getDismissalGround() {
        return dismissalGround;
    }

    public InconformityDiscontinuanceGround getDiscontinuanceGround() {
        return discontinuanceGround;
    }

    public InconformityResolution getResolution() {
        return resolution;
    }

    public LocalDate getNewRulingDue() {
        return newRulingDue;
    }

    public String getNewRuling() {
        return newRuling;
    }

    public LocalDate getNewRulingOn() {
        return newRulingOn;
    }

    public Boolean getNewRulingOnTime() {
        return newRulingOnTime;
    }

    public LocalDate getComplianceDue() {
        return complianceDue;
    }

}
