package org.apertura.actionplan;

import org.apertura.platform.kits.ContentLicence;
import java.time.LocalDate;
import java.util.Map;

/** Inputs of the action-plan use cases, shared by forms and the API. */
public final class Drafts {

    private Drafts() {
    }

    /** A new exercise, run by an existing secretariat. */
    public record ExerciseDraft(String slug, String name, String bodySlug, String description,
            Map<Phase, LocalDate> phases, ContentLicence licence) {

        /** Under the default licence, CC-BY-4.0. */
        public ExerciseDraft(String slug, String name, String bodySlug, String description, Map<Phase, LocalDate> phases) {
            this(slug, name, bodySlug, description, phases, ContentLicence.CC_BY_4_0);
        }
    }

    /** A new plan; a null policy value takes the declaration's rule. */
    public record PlanDraft(String title, String presentation, LocalDate periodStart, LocalDate periodEnd,
            Integer expectedCommitments, Integer durationMonths) {
    }

    /** A new milestone. */
    public record MilestoneDraft(String title, String deliverable, String meansOfVerification, String responsible,
            LocalDate startDate, LocalDate endDate, Integer weight) {
    }
}
