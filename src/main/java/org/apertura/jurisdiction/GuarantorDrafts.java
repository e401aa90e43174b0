package org.apertura.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.Texts;

/** What an administrator proposes about guarantor authorities, as typed in a form or sent to the API. */
public final class GuarantorDrafts {

    public static final int MAX_BASIS = 500;
    public static final int MAX_NOTE = 1000;

    private GuarantorDrafts() {
    }

    /**
     * An institution of the directory registered (or re-registered) as a guarantor authority: its kind, the legal
     * basis (e.g. "LGTAIP 2025, art. 3 fr. IV; Ley de Transparencia de Durango, art. 12"), dates as
     * {@code YYYY-MM-DD} (blank: not known or not ended) and a note (e.g. where the dates are uncertain).
     */
    public record Authority(String institutionSlug, GuarantorKind kind, String legalBasis, String validFrom,
            String validTo, String note) {

        public Authority {
            institutionSlug = Texts.blankToNull(institutionSlug);
            legalBasis = Texts.blankToNull(legalBasis);
            note = Texts.blankToNull(note);
        }

        Checked check() {
            List<FieldProblem> problems = new ArrayList<>();
            FieldProblem.required(institutionSlug, "institutionSlug", problems);
            if (kind == null) {
                problems.add(new FieldProblem("kind", "validation.required"));
            }
            basis(legalBasis, "legalBasis", problems);
            LocalDate from = DayInput.parse(validFrom, "validFrom", false, problems);
            LocalDate to = DayInput.parse(validTo, "validTo", false, problems);
            order(from, to, problems);
            if (note != null && note.length() > MAX_NOTE) {
                problems.add(new FieldProblem("note", "validation.max", MAX_NOTE));
            }
            InvalidInputException.throwIfAny(problems);
            return new Checked(from, to);
        }
    }

    /**
     * An assignment: the jurisdiction and either a kind of subject or one institution of it (an override), the
     * authority, the dates (blank start: since always; blank end: open) and the legal basis.
     */
    public record Assignment(String jurisdictionSlug, Branch subjectKind, String institutionSlug,
            String authoritySlug, String validFrom, String validTo, String legalBasis) {

        public Assignment {
            jurisdictionSlug = Texts.blankToNull(jurisdictionSlug);
            institutionSlug = Texts.blankToNull(institutionSlug);
            authoritySlug = Texts.blankToNull(authoritySlug);
            legalBasis = Texts.blankToNull(legalBasis);
        }

        Checked check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (jurisdictionSlug == null && institutionSlug == null) {
                problems.add(new FieldProblem("jurisdictionSlug", "validation.required"));
            }
            if ((subjectKind == null) == (institutionSlug == null)) {
                problems.add(new FieldProblem("subjectKind", "guarantor.error.kindOrInstitution"));
            }
            FieldProblem.required(authoritySlug, "authoritySlug", problems);
            LocalDate from = DayInput.parse(validFrom, "validFrom", false, problems);
            LocalDate to = DayInput.parse(validTo, "validTo", false, problems);
            order(from, to, problems);
            basis(legalBasis, "legalBasis", problems);
            InvalidInputException.throwIfAny(problems);
            return new Checked(from, to);
        }
    }

    /**
     * The end of an authority: its last day, the authority its matters pass to, and the provision that says so
     * (e.g. "LGTAIP 2025, Transitorio Décimo Noveno; Decreto 123 del Congreso de Durango").
     */
    public record Succession(String lastDay, String successorSlug, String basis) {

        public Succession {
            successorSlug = Texts.blankToNull(successorSlug);
            basis = Texts.blankToNull(basis);
        }

        LocalDate check() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate last = DayInput.parse(lastDay, "lastDay", true, problems);
            FieldProblem.required(successorSlug, "successorSlug", problems);
            GuarantorDrafts.basis(basis, "basis", problems);
            InvalidInputException.throwIfAny(problems);
            return last;
        }
    }

    record Checked(LocalDate from, LocalDate to) {
    }

    private static void basis(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.length() > MAX_BASIS) {
            problems.add(new FieldProblem(field, "validation.required.max", MAX_BASIS));
        }
    }

    private static void order(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("validTo", "guarantor.error.endBeforeStart"));
        }
    }

}
