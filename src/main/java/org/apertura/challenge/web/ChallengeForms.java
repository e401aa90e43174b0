package org.apertura.challenge.web;

import java.time.LocalDate;
import org.apertura.challenge.Challenge;
import org.apertura.challenge.ChallengeDraft;
import org.apertura.challenge.ChallengeKind;
import org.apertura.challenge.Submission;
import org.springframework.format.annotation.DateTimeFormat;

/** Form objects of the challenge pages, bound field by field; the domain checks every rule. */
final class ChallengeForms {

    private ChallengeForms() {
    }

    /** A challenge's description and schedule. */
    public static class ChallengeForm {
        public String title;
        public String slug;
        public ChallengeKind kind;
        public String summary;
        public String rules;
        public String prizes;
        public String datasets;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate registrationOpens;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate registrationCloses;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionsOpen;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate submissionsClose;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate resultsOn;

        ChallengeDraft toDraft() {
            return new ChallengeDraft(title, slug, kind, summary, rules, prizes, datasets, registrationOpens,
                    registrationCloses, submissionsOpen, submissionsClose, resultsOn);
        }

        static ChallengeForm of(Challenge c) {
            ChallengeForm form = new ChallengeForm();
            form.title = c.getTitle();
            form.slug = c.getSlug();
            form.kind = c.getKind();
            form.summary = c.getSummary();
            form.rules = c.getRules();
            form.prizes = c.getPrizes();
            form.datasets = c.getDatasets();
            form.registrationOpens = c.getRegistrationOpens();
            form.registrationCloses = c.getRegistrationCloses();
            form.submissionsOpen = c.getSubmissionsOpen();
            form.submissionsClose = c.getSubmissionsClose();
            form.resultsOn = c.getResultsOn();
            return form;
        }
    }

    /** A team's work. */
    public static class SubmissionForm {
        public String title;
        public String description;
        public String link;
        public String licence;

        static SubmissionForm of(Submission s) {
            SubmissionForm form = new SubmissionForm();
            if (s != null) {
                form.title = s.getTitle();
                form.description = s.getDescription();
                form.link = s.getLink();
                form.licence = s.getLicence();
            }
            return form;
        }
    }
}
