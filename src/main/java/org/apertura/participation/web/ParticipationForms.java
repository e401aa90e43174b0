package org.apertura.participation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.VotingRule;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of participatory budgeting, bound field by field. */
final class ParticipationForms {

    private ParticipationForms() {
    }

    public static class ProjectForm {
        public String title;
        public String description;
        public String districtSlug;
        public String place;
        public BigDecimal latitude;
        public BigDecimal longitude;
        public String costEstimate;
        public MultipartFile image;
        /** The picture's alternative text, required with a picture (ADR 0080). */
        public String imageAlt;

        BudgetProject.Text toText() {
            return new BudgetProject.Text(title, description, districtSlug, place, latitude, longitude,
                    Amounts.parse(costEstimate));
        }
    }

    public static class ProcessForm {
        public String slug;
        public String title;
        public String description;
        public String amount;
        public VotingRule rule = VotingRule.KNAPSACK;
        public Integer maxChoices;
        /** Supports a project needs to go on to the feasibility review; empty: no threshold. */
        public Integer supportThreshold;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate proposalsFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate reviewFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate supportFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate votingFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate resultsFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate executionFrom;
        /** Where the phase dates' problem shows (the six dates are checked together). */
        public String phases;
        /** One district a line: its name, a vertical bar and its amount ({@code Zona Centro | 1,000,000}). */
        public String districts;

        BudgetProcess.Terms toTerms() {
            List<BudgetProcess.DistrictTerms> list = new ArrayList<>();
            if (districts != null) {
                for (String line : districts.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int bar = line.lastIndexOf('|');
                    list.add(bar < 0 ? new BudgetProcess.DistrictTerms(line.strip(), null)
                            : new BudgetProcess.DistrictTerms(line.substring(0, bar).strip(),
                                    Amounts.parse(line.substring(bar + 1))));
                }
            }
            return new BudgetProcess.Terms(slug, title, description, Amounts.parse(amount), rule,
                    rule == VotingRule.KNAPSACK ? null : maxChoices, proposalsFrom, reviewFrom, supportFrom,
                    votingFrom, resultsFrom, executionFrom, list, supportThreshold);
        }
    }

    /** A consultation: its question, options one a line, population (a district's slug, or empty: everyone). */
    public static class ConsultationForm {
        public String question;
        public String description;
        public String districtSlug;
        public boolean binding;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate opensOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate closesOn;
        /** One option a line. */
        public String options;
        /** A consultation of its own (ADR 0054): its address, its exercise, its districts (one a line). */
        public String slug;
        public String exerciseSlug;
        public String districts;

        org.apertura.participation.Consultation.Standalone toStandalone() {
            return new org.apertura.participation.Consultation.Standalone(slug, exerciseSlug,
                    districts == null ? List.of() : List.of(districts.split("\\R")));
        }

        org.apertura.participation.Consultation.Terms toTerms() {
            return new org.apertura.participation.Consultation.Terms(question, description, districtSlug, binding,
                    opensOn, closesOn, options == null ? List.of() : List.of(options.split("\\R")));
        }
    }

    /** A debate: its topic and days. */
    public static class DebateForm {
        public String title;
        public String description;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate opensOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        public LocalDate closesOn;

        org.apertura.participation.Debate.Terms toTerms() {
            return new org.apertura.participation.Debate.Terms(title, description, opensOn, closesOn);
        }
    }
}
