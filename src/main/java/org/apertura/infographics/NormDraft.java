package org.apertura.infographics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.Texts;

/**
 * What an editor writes to publish a norm or a new version of it: the slug (its address, only when creating), the
 * issuing institution, type, title, publication (gazette and date), a link to the official text, the citizen version
 * and, for a new version, what changed. It knows what it lacks ({@link #problems}); the service adds what only the
 * database and the uploaded file can tell.
 */
public record NormDraft(String slug, String institution, NormType type, String title, String gazette,
        LocalDate publishedOn, String officialUrl, CitizenVersion citizenVersion, String changeNote) {

    /** What is wrong with the draft on {@code today}, by field (nothing: it may be published). */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "norm.error.type"));
        }
        if (title == null || title.strip().length() < 5 || title.strip().length() > 300) {
            problems.add(new FieldProblem("title", "norm.error.title"));
        }
        if (gazette == null || gazette.isBlank() || gazette.strip().length() > 200) {
            problems.add(new FieldProblem("gazette", "norm.error.gazette"));
        }
        if (publishedOn == null) {
            problems.add(new FieldProblem("publishedOn", "norm.error.publishedOn"));
        } else if (publishedOn.isAfter(today)) {
            problems.add(new FieldProblem("publishedOn", "norm.error.publishedOnFuture"));
        }
        if (officialUrl != null && !officialUrl.isBlank() && !Texts.isWebAddress(officialUrl.strip(), 500)) {
            problems.add(new FieldProblem("officialUrl", "norm.error.officialUrl"));
        }
        if (changeNote != null && changeNote.length() > 500) {
            problems.add(new FieldProblem("changeNote", "norm.error.changeNoteLong"));
        }
        if (citizenVersion == null) {
            problems.add(new FieldProblem("purpose", "norm.error.purpose"));
        } else {
            problems.addAll(citizenVersion.problems());
        }
        return problems;
    }

    /** What a new version needs besides: a word on what changed. */
    public List<FieldProblem> revisionProblems() {
        return changeNote == null || changeNote.isBlank() ? List.of(new FieldProblem("changeNote", "norm.error.changeNote"))
                : List.of();
    }
}
