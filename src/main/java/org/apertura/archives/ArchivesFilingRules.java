package org.apertura.archives;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the platform files its own records for an institution ({@link AutoFiling}): per kind of record (a collegiate
 * body's sessions, given by the body's address; the institution's access requests and appeals; the action plan's
 * commitments; challenges), the series of the catálogo in force whose case files receive them. Its archivists set
 * them at the archive's desk.
 */
@Service
public class ArchivesFilingRules {

    private static final Pattern BODY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private final FilingRuleRepository rules;
    private final Instruments instruments;
    private final ArchivesPolicy policy;

    ArchivesFilingRules(FilingRuleRepository rules, Instruments instruments, ArchivesPolicy policy) {
        this.rules = rules;
        this.instruments = instruments;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<FilingRule> of(String institutionSlug) {
        return rules.findByInstitutionSlugOrderByKind(institutionSlug);
    }

    /** Files that kind of record (of that body, for sessions) into the series from now on. */
    @Transactional
    public FilingRule add(String institutionSlug, RecordKind kind, String seriesCode, String bodySlug) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("registro", "archives.autofile.error.kind"));
        }
        String code = seriesCode == null ? "" : seriesCode.strip();
        if (code.isEmpty() || instruments.seriesInForce(institutionSlug, code).isEmpty()) {
            problems.add(new FieldProblem("serie", "archives.autofile.error.series"));
        }
        String body = kind == RecordKind.SESSION && bodySlug != null ? bodySlug.strip() : null;
        if (kind == RecordKind.SESSION && (body == null || !BODY.matcher(body).matches())) {
            problems.add(new FieldProblem("organo", "archives.autofile.error.body"));
        }
        if (problems.isEmpty() && rules.findByInstitutionSlugOrderByKind(institutionSlug).stream()
                .anyMatch(r -> r.getKind() == kind && java.util.Objects.equals(r.getBodySlug(), body))) {
            problems.add(new FieldProblem("registro", "archives.autofile.error.exists"));
        }
        InvalidInputException.throwIfAny(problems);
        return rules.save(new FilingRule(institutionSlug, kind, body, code));
    }

    /** Stops filing that kind of record there (what was filed stays filed). */
    @Transactional
    public void remove(String institutionSlug, long ruleId) {
        policy.allowedNow(institutionSlug).require(ArchivesAction.KEEP_FILES);
        FilingRule rule = rules.findById(ruleId).filter(r -> r.getInstitutionSlug().equals(institutionSlug))
                .orElseThrow(() -> new NotFoundException("filing rule"));
        rules.delete(rule);
    }
}
