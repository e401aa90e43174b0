package org.apertura.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActorSector;
import org.apertura.actionplan.CoResponsible;
import org.apertura.actionplan.CommitmentDraft;
import org.apertura.actionplan.Drafts;
import org.apertura.actionplan.OgpValue;
import org.apertura.actionplan.Phase;
import org.apertura.actionplan.Theme;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Form objects of the action-plan pages, bound field by field (direct field access); every rule is
 * checked by the domain when the draft is submitted.
 */
final class PlanForms {

    private PlanForms() {
    }

    /** A new exercise with the start date of each phase. */
    public static class ExerciseForm {
        public String name;
        public String slug;
        public String bodySlug;
        public String description;
        public org.apertura.platform.kits.ContentLicence licence = org.apertura.platform.kits.ContentLicence.CC_BY_4_0;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate installation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate diagnosis;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate cocreation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate approval;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate implementation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate evaluation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate closed;

        Drafts.ExerciseDraft toDraft() {
            Map<Phase, LocalDate> phases = new EnumMap<>(Phase.class);
            put(phases, Phase.INSTALLATION, installation);
            put(phases, Phase.DIAGNOSIS, diagnosis);
            put(phases, Phase.COCREATION, cocreation);
            put(phases, Phase.APPROVAL, approval);
            put(phases, Phase.IMPLEMENTATION, implementation);
            put(phases, Phase.EVALUATION, evaluation);
            put(phases, Phase.CLOSED, closed);
            return new Drafts.ExerciseDraft(slug, name, bodySlug, description, phases, licence);
        }

        private static void put(Map<Phase, LocalDate> phases, Phase phase, LocalDate date) {
            if (date != null) {
                phases.put(phase, date);
            }
        }
    }

    /** A new plan; the policy starts at the declaration's rule. */
    public static class PlanForm {
        public String title;
        public String presentation;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate periodStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate periodEnd;
        public Integer expectedCommitments = 5;
        public Integer durationMonths = 12;

        Drafts.PlanDraft toDraft() {
            return new Drafts.PlanDraft(title, presentation, periodStart, periodEnd, expectedCommitments, durationMonths);
        }
    }

    /** A new commitment with the OGP template's fields. */
    public static class CommitmentForm {
        public String code;
        public String title;
        public String summary;
        public String problem;
        public String causes;
        public String baseline;
        public String objective;
        public String description;
        public String expectedResults;
        public List<Theme> themes = new ArrayList<>();
        public String transparency;
        public String participation;
        public String accountability;
        public String technology;
        public String leadInstitutionSlug;
        public ActorSector actorSector1;
        public String actorName1;
        public ActorSector actorSector2;
        public String actorName2;
        public ActorSector actorSector3;
        public String actorName3;
        public String contact;
        public BigDecimal budgetAmount;
        public String budgetProgramme;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate endDate;

        CommitmentDraft toDraft() {
            Map<OgpValue, String> values = new EnumMap<>(OgpValue.class);
            values.put(OgpValue.TRANSPARENCY, transparency);
            values.put(OgpValue.PARTICIPATION, participation);
            values.put(OgpValue.ACCOUNTABILITY, accountability);
            values.put(OgpValue.TECHNOLOGY, technology);
            List<CoResponsible> actors = new ArrayList<>();
            actors.add(new CoResponsible(actorSector1, actorName1));
            actors.add(new CoResponsible(actorSector2, actorName2));
            actors.add(new CoResponsible(actorSector3, actorName3));
            return new CommitmentDraft(code, title, summary, problem, causes, baseline, objective, description,
                    expectedResults, themes == null || themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes),
                    values, leadInstitutionSlug, actors, contact, budgetAmount, budgetProgramme, startDate, endDate);
        }
    }

    /** A revision of a commitment's texts, with its reason. */
    public static class RevisionForm {
        public String title;
        public String summary;
        public String problem;
        public String causes;
        public String baseline;
        public String objective;
        public String description;
        public String expectedResults;
        public String contact;
        public String reason;

        static RevisionForm of(org.apertura.actionplan.Commitment c) {
            RevisionForm form = new RevisionForm();
            form.title = c.getTitle();
            form.summary = c.getSummary();
            form.problem = c.getProblem();
            form.causes = c.getCauses();
            form.baseline = c.getBaseline();
            form.objective = c.getObjective();
            form.description = c.getDescription();
            form.expectedResults = c.getExpectedResults();
            form.contact = c.getContact();
            return form;
        }

        org.apertura.actionplan.Commitment.CommitmentText toText() {
            return new org.apertura.actionplan.Commitment.CommitmentText(title, summary, problem, causes, baseline,
                    objective, description, expectedResults, contact);
        }
    }

    /** A new milestone. */
    public static class MilestoneForm {
        public String title;
        public String deliverable;
        public String meansOfVerification;
        public String responsible;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate endDate;
        public Integer weight = 1;

        Drafts.MilestoneDraft toDraft() {
            return new Drafts.MilestoneDraft(title, deliverable, meansOfVerification, responsible, startDate, endDate,
                    weight);
        }
    }
}
