package org.apertura.infographics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.actionplan.Progress;
import org.apertura.cocreation.Call;
import org.apertura.cocreation.CocreationService;
import org.apertura.infographics.CitizenVersion.Point;
import org.apertura.infographics.Triptico.Block;
import org.apertura.infographics.Triptico.Style;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The trípticos Apertura prints, each generated from the data when asked (so never out of date): of a norm (its
 * citizen version, the steps as a numbered list with their deadlines), of a commitment (its problem, objective,
 * milestones and progress), of a plan (its commitments and their progress) and of a call for proposals (its dates
 * and how to take part). Each carries the QR code of its page. Reads the other modules through their services only.
 */
@Service
public class Tripticos {

    private final ActionPlanService plans;
    private final CocreationService calls;
    private final TripticoPdf pdf;
    private final PublicUrl publicUrl;
    private final MessageSource messages;
    private final Today today;

    Tripticos(ActionPlanService plans, CocreationService calls, TripticoPdf pdf, PublicUrl publicUrl,
            MessageSource messages, Today today) {
        this.plans = plans;
        this.calls = calls;
        this.pdf = pdf;
        this.publicUrl = publicUrl;
        this.messages = messages;
        this.today = today;
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private byte[] print(Triptico triptico, Locale locale) {
        return pdf.render(triptico, m("triptico.more", locale, triptico.url()));
    }

    private String generated(Locale locale) {
        return m("triptico.generated", locale, today.date(today.now()));
    }

    /** The tríptico of a norm's citizen version. */
    public byte[] norm(NormView norm, Locale locale) {
        CitizenVersion v = norm.citizenVersion();
        List<Block> blocks = new ArrayList<>();
        add(blocks, m("norm.section.purpose", locale), v.purpose(), Style.PARAGRAPHS);
        add(blocks, m("norm.section.appliesTo", locale), v.appliesTo(), Style.BULLETS);
        add(blocks, m("norm.section.whatYouGet", locale), v.whatYouGet(), Style.BULLETS);
        add(blocks, m("norm.section.requirements", locale), v.requirements(), Style.BULLETS);
        ProcessDiagram diagram = ProcessDiagram.of(norm, messages, locale);
        List<String> steps = diagram.items().stream().map(i -> i.who() + ": " + i.what() + " (" + i.deadline()
                + (i.article() == null ? "" : "; " + i.article()) + ")"
                + (i.outcomes().isEmpty() ? "" : " " + String.join(" ", i.outcomes().stream().map(o -> "→ " + o)
                        .toList()))).toList();
        blocks.add(new Block(m("norm.section.steps", locale), steps, Style.NUMBERED));
        add(blocks, m("norm.section.costs", locale), v.costs(), Style.BULLETS);
        add(blocks, m("norm.section.whereToGo", locale), v.whereToGo(), Style.BULLETS);
        add(blocks, m("norm.section.rights", locale), v.rights(), Style.BULLETS);
        add(blocks, m("norm.section.complaints", locale), v.complaints(), Style.BULLETS);
        List<String> back = new ArrayList<>();
        back.add(m("norm.section.contacts", locale));
        v.contacts().forEach(p -> back.add(p.text()));
        String source = norm.generatedFromRules()
                ? m("triptico.source.generated", locale, norm.generated().law(), norm.generated().calendar(),
                        generated(locale))
                : m("triptico.source.norm", locale, norm.version(), norm.gazette(), today.date(norm.publishedOn()),
                        generated(locale));
        String subtitle = m("triptico.norm.subtitle", locale);
        return print(new Triptico(m("norm.type." + norm.type(), locale), norm.title(), subtitle,
                norm.institutionName(), publicUrl.of(norm.path()), blocks, back, source), locale);
    }

    private static void add(List<Block> blocks, String heading, List<Point> points, Style style) {
        if (!points.isEmpty()) {
            blocks.add(new Block(heading, points.stream().map(p -> p.text() + (p.article() == null ? ""
                    : " (" + p.article() + ")")).toList(), style));
        }
    }

    /** The tríptico of a commitment of an action plan. */
    public byte[] commitment(Long id, Locale locale) {
        Commitment c = plans.commitment(id);
        ActionPlan plan = plans.plan(c.getPlanId());
        Progress progress = plans.progress(c);
        List<Block> blocks = new ArrayList<>();
        text(blocks, m("triptico.commitment.summary", locale), c.getSummary());
        text(blocks, m("triptico.commitment.problem", locale), c.getProblem());
        text(blocks, m("triptico.commitment.objective", locale), c.getObjective());
        text(blocks, m("triptico.commitment.results", locale), c.getExpectedResults());
        blocks.add(new Block(m("triptico.progress", locale), List.of(m("triptico.progress.text", locale,
                progress.wholePercent(), progress.complete(), progress.milestones(), progress.overdue())),
                Style.PARAGRAPHS));
        List<String> milestones = plans.milestones(c).stream().map(ms -> milestone(ms, locale)).toList();
        if (!milestones.isEmpty()) {
            blocks.add(new Block(m("triptico.milestones", locale), milestones, Style.NUMBERED));
        }
        List<String> back = new ArrayList<>();
        plans.leadInstitution(c).ifPresent(i -> back.add(m("triptico.lead", locale, i.getName())));
        if (c.getContact() != null && !c.getContact().isBlank()) {
            back.add(m("triptico.contact", locale, c.getContact()));
        }
        back.add(m("triptico.period", locale, today.date(c.getStartDate()), today.date(c.getEndDate())));
        return print(new Triptico(m("triptico.kind.commitment", locale), c.getCode() + " · " + c.getTitle(),
                plan.getTitle(), null, publicUrl.of("/compromisos/" + id), blocks, back,
                m("triptico.source.data", locale, generated(locale))), locale);
    }

    private String milestone(Milestone ms, Locale locale) {
        String state = ms.isComplete() ? m("triptico.milestone.done", locale, today.date(ms.getCompletedOn()))
                : ms.isOverdue(today.date()) ? m("triptico.milestone.overdue", locale, today.date(ms.getEndDate()))
                : m("triptico.milestone.due", locale, today.date(ms.getEndDate()));
        return ms.getTitle() + " — " + state;
    }

    private static void text(List<Block> blocks, String heading, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(heading, text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                    Style.PARAGRAPHS));
        }
    }

    /** The tríptico of an action plan: its presentation and every commitment with its progress. */
    public byte[] plan(Long id, Locale locale) {
        ActionPlan plan = plans.plan(id);
        Exercise exercise = plans.exerciseOf(plan);
        List<Block> blocks = new ArrayList<>();
        text(blocks, m("triptico.plan.presentation", locale), plan.getPresentation());
        List<String> commitments = plans.commitments(plan).stream().map(c -> {
            Progress p = plans.progress(c);
            return c.getCode() + " · " + c.getTitle() + " — " + m("triptico.plan.progress", locale, p.wholePercent(),
                    p.complete(), p.milestones());
        }).toList();
        blocks.add(new Block(m("triptico.plan.commitments", locale, commitments.size()), commitments, Style.BULLETS));
        List<String> back = List.of(m("triptico.period", locale, today.date(plan.getPeriodStart()),
                today.date(plan.getPeriodEnd())), exercise.getName());
        return print(new Triptico(m("triptico.kind.plan", locale), plan.getTitle(), exercise.getName(), null,
                publicUrl.of("/planes/" + id), blocks, back, m("triptico.source.data", locale, generated(locale))),
                locale);
    }

    /** The tríptico of a call for proposals: what it asks, its dates and how to take part. */
    public byte[] call(String slug, Locale locale) {
        Call call = calls.call(slug);
        Exercise exercise = calls.exerciseOf(call);
        List<Block> blocks = new ArrayList<>();
        text(blocks, m("triptico.call.about", locale), call.getDescription());
        List<String> dates = new ArrayList<>();
        dates.add(m("triptico.call.submission", locale, today.date(call.getSubmissionOpens()),
                today.date(call.getSubmissionCloses())));
        if (call.getSupportOpens() != null && call.getSupportCloses() != null) {
            dates.add(m("triptico.call.supports", locale, today.date(call.getSupportOpens()),
                    today.date(call.getSupportCloses()), call.getSupportsPerPerson()));
        }
        blocks.add(new Block(m("triptico.call.dates", locale), dates, Style.BULLETS));
        List<String> how = new ArrayList<>(List.of(m("triptico.call.online", locale, publicUrl.of("/convocatorias/" + slug)),
                m("triptico.call.inPerson", locale)));
        calls.places(call).forEach(j -> how.add(j.getName()));
        blocks.add(new Block(m("triptico.call.how", locale), how, Style.BULLETS));
        if (!call.getThemes().isEmpty()) {
            blocks.add(new Block(m("triptico.call.themes", locale), call.getThemes().stream().sorted()
                    .map(t -> m("theme." + t.name(), locale)).toList(), Style.BULLETS));
        }
        List<String> back = List.of(exercise.getName());
        return print(new Triptico(m("triptico.kind.call", locale), call.getTitle(), exercise.getName(), null,
                publicUrl.of("/convocatorias/" + slug), blocks, back, m("triptico.source.data", locale,
                        generated(locale))), locale);
    }
}
