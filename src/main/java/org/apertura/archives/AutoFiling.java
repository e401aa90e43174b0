package org.apertura.archives;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.RequestFile;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerEntriesAppended;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.items.RecordInstitutions;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every act of the exercise, filed by itself: after each public change is committed to the ledger, the record it
 * belongs to (a collegiate body's session, an access request, an appeal, a commitment of the action plan, a challenge)
 * is filed into a case file of the series an institution's archive configured for that kind of record, one file per
 * record, one document per step (a link to its public page; an access request's public versions with their SHA-256).
 * A session's file closes when its minutes are approved. The other modules only publish their ledger entries; nothing
 * in them knows this class exists. Filing runs in its own transaction after the change is committed, so a problem here
 * never undoes the change; it is logged.
 */
@Component
class AutoFiling {

    private static final Logger log = LoggerFactory.getLogger(AutoFiling.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Files first; the holds that follow a filed request run after ({@link AccessHolds}). */
    static final int ORDER = 100;

    private final LedgerService ledger;
    private final FilingRuleRepository rules;
    private final CaseFileRepository files;
    private final ArchivedDocumentRepository documents;
    private final CaseFiles caseFiles;
    private final AccessRequestService requests;
    private final MessageSource messages;
    private final Today today;
    private final ObjectProvider<RecordInstitutions> owners;
    /** Its own transactions: after the commit, the change's transaction is over (its resources still bound). */
    private final TransactionTemplate separately;

    AutoFiling(LedgerService ledger, FilingRuleRepository rules, CaseFileRepository files,
            ArchivedDocumentRepository documents, CaseFiles caseFiles, AccessRequestService requests,
            MessageSource messages, Today today, ObjectProvider<RecordInstitutions> owners,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.owners = owners;
        this.ledger = ledger;
        this.rules = rules;
        this.files = files;
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.requests = requests;
        this.messages = messages;
        this.today = today;
    }

    /** The kind of record a ledger entry belongs to, if it is one the archives file. */
    static Optional<RecordKind> kindOf(String module, String subjectKind) {
        return Optional.ofNullable(recordKind(module, subjectKind));
    }

    /** {@link #kindOf} without a string built per entry (a calendar change asks for tens of thousands at once). */
    private static RecordKind recordKind(String module, String subjectKind) {
        return switch (module) {
            case "secretariat" -> "session".equals(subjectKind) ? RecordKind.SESSION : null;
            case "accessinfo" -> "request".equals(subjectKind) ? RecordKind.ACCESS_REQUEST
                    : "appeal".equals(subjectKind) ? RecordKind.APPEAL : null;
            case "actionplan" -> "commitment".equals(subjectKind) ? RecordKind.ACTION_PLAN : null;
            case "challenge" -> "challenge".equals(subjectKind) ? RecordKind.CHALLENGE : null;
            default -> null;
        };
    }

    /**
     * After a transaction's changes are committed, files those of the kinds the archives keep. The rules are read once
     * for the transaction (none when it wrote no such record), and only an entry some rule may file gets a
     * transaction of its own: a calendar change that moves thousands of deadlines no rule files costs one query.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @org.springframework.core.annotation.Order(ORDER)
    public void onChange(LedgerEntriesAppended appended) {
        List<LedgerEntryAppended> records = new java.util.ArrayList<>();
        List<RecordKind> kinds = new java.util.ArrayList<>();
        java.util.Set<RecordKind> present = java.util.EnumSet.noneOf(RecordKind.class);
        for (LedgerEntryAppended c : appended.entries()) {
            RecordKind kind = recordKind(c.module(), c.subjectKind());
            if (kind != null) {
                records.add(c);
                kinds.add(kind);
                present.add(kind);
            }
        }
        if (records.isEmpty()) {
            return;
        }
        Map<RecordKind, List<FilingRule>> rulesOf;
        try {
            rulesOf = separately.execute(status -> {
                Map<RecordKind, List<FilingRule>> found = new java.util.EnumMap<>(RecordKind.class);
                present.forEach(kind -> found.put(kind, rules.findByKind(kind)));
                return found;
            });
        } catch (RuntimeException e) {
            log.warn("Could not read the filing rules for {} ledger entries: {}", records.size(), e.toString());
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            LedgerEntryAppended change = records.get(i);
            RecordKind kind = kinds.get(i);
            List<FilingRule> matching = rulesOf.getOrDefault(kind, List.of());
            if (matching.isEmpty() || !mayApply(kind, matching, change)) {
                continue;
            }
            try {
                separately.executeWithoutResult(status -> file(kind, matching, change));
            } catch (RuntimeException e) {
                log.warn("Could not file ledger entry {} ({}): {}", change.seq(), change.type(), e.toString());
            }
        }
    }

    /**
     * Whether a rule may file the entry, from its payload alone: the records whose rule asks the owning module
     * (a commitment's, a challenge's institution) may be filed by any rule of their kind.
     */
    private static boolean mayApply(RecordKind kind, List<FilingRule> matching, LedgerEntryAppended change) {
        if (kind == RecordKind.ACTION_PLAN || kind == RecordKind.CHALLENGE) {
            return true;
        }
        if (matching.stream().noneMatch(rule -> mayName(rule, change.payload()))) {
            return false; // not worth parsing: a calendar change hears of tens of thousands of entries at once
        }
        Map<?, ?> payload;
        try {
            payload = JSON.readValue(change.payload(), Map.class);
        } catch (RuntimeException unreadable) {
            return true; // filing will say why
        }
        return matching.stream().anyMatch(rule -> applies(rule, payload, Optional.empty()));
    }

    /**
     * Whether the canonical payload (which escapes only quotes, backslashes and control characters) may name the slug
     * a rule of a session, request or appeal files by, as {@link #applies} reads it: a payload that does not even
     * contain it cannot.
     */
    private static boolean mayName(FilingRule rule, String payload) {
        String slug = rule.getKind() == RecordKind.SESSION ? rule.getBodySlug() : rule.getInstitutionSlug();
        if (slug == null) {
            return rule.getKind() != RecordKind.SESSION;
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return true;
            }
        }
        return payload.contains(slug);
    }

    /** Files one entry by every rule that applies to it, in its own transaction. */
    private void file(RecordKind kind, List<FilingRule> matching, LedgerEntryAppended change) {
        List<LedgerEntry> found = ledger.after(change.seq() - 1, 1);
        if (found.isEmpty()) {
            return;
        }
        LedgerEntry entry = found.get(0);
        Map<?, ?> payload = JSON.readValue(entry.getPayload(), Map.class);
        Optional<String> owner = kind == RecordKind.ACTION_PLAN || kind == RecordKind.CHALLENGE
                ? RecordInstitutions.find(owners.orderedStream().toList(), change.subjectKind(), entry.getSubjectId())
                : Optional.empty();
        for (FilingRule rule : matching) {
            if (applies(rule, payload, owner)) {
                file(rule, entry, payload);
            }
        }
    }

    /**
     * Whether a rule files this record: a session of the rule's collegiate body; a request or appeal addressed to the
     * rule's institution; a commitment (with its milestones, evidence and assessments) or a challenge whose lead
     * institution, as the owning module says, is the rule's institution. A record whose institution is not known is
     * filed by nobody.
     */
    static boolean applies(FilingRule rule, Map<?, ?> payload, Optional<String> owner) {
        return switch (rule.getKind()) {
            case SESSION -> rule.getBodySlug() != null && rule.getBodySlug().equals(text(payload, "body"));
            case ACCESS_REQUEST, APPEAL -> rule.getInstitutionSlug().equals(text(payload, "institution"));
            case ACTION_PLAN, CHALLENGE -> owner.filter(rule.getInstitutionSlug()::equals).isPresent();
        };
    }

    private void file(FilingRule rule, LedgerEntry entry, Map<?, ?> payload) {
        String institution = rule.getInstitutionSlug();
        String subject = entry.getSubjectId();
        String key = rule.getKind().name().toLowerCase(Locale.ROOT) + ":" + subject;
        LocalDate on = today.zoned(entry.getRecordedAt()).toLocalDate();
        CaseFile file = files.findByInstitutionSlugAndAutoKey(institution, key).orElse(null);
        if (file == null) {
            try {
                file = caseFiles.openChecked(institution, new CaseFiles.Opening(rule.getSeriesCode(),
                        title(rule.getKind(), subject, payload), null, null, on.isAfter(today.date()) ? today.date()
                                : on), key);
            } catch (org.apertura.platform.InvalidInputException noSeries) {
                log.warn("Filing rule {} names no series in force: {}", rule.getId(), rule.getSeriesCode());
                return;
            }
        }
        if (!file.isOpen()) {
            return;
        }
        String step = messages.getMessage("ledger.type." + entry.getType(), null, entry.getType(), Today.LOCALE);
        caseFiles.fileRecord(file, step, on, link(rule.getKind(), entry, payload), "ledger:" + entry.getSeq(), null);
        if (rule.getKind() == RecordKind.ACCESS_REQUEST && entry.getType().equals("request.answered")) {
            AccessRequest request = requests.request(subject);
            for (RequestFile public_ : requests.publicFiles(request)) {
                caseFiles.fileRecord(file, public_.getFileName(), on,
                        "/solicitudes/" + subject + "/archivos/" + public_.getId(), "request-file:" + public_.getId(),
                        new CaseFiles.Stored(public_.getSha256(), public_.getFileName(), public_.getContentType(),
                                public_.getSizeBytes()));
            }
        }
        if (rule.getKind() == RecordKind.SESSION && entry.getType().equals("minutes.approved")) {
            caseFiles.closeChecked(file, on, documents.findByFileIdOrderByPosition(file.getId()));
        }
    }

    private String title(RecordKind kind, String subject, Map<?, ?> payload) {
        Object[] args = switch (kind) {
            case SESSION -> new Object[] {session(payload) == null ? subject : session(payload),
                    bodyName(subject, payload)};
            case ACCESS_REQUEST, APPEAL -> new Object[] {subject};
            case ACTION_PLAN -> new Object[] {text(payload, "code") == null ? subject : text(payload, "code")};
            case CHALLENGE -> new Object[] {text(payload, "title") == null ? subject : text(payload, "title")};
        };
        return messages.getMessage("archives.filing.title." + kind, args, Today.LOCALE);
    }

    private static String link(RecordKind kind, LedgerEntry entry, Map<?, ?> payload) {
        String subject = entry.getSubjectId();
        return switch (kind) {
            case SESSION -> session(payload) == null ? "/organos/" + text(payload, "body")
                    : "/organos/" + text(payload, "body") + "/sesiones/" + session(payload)
                            + (entry.getType().equals("minutes.approved") ? "/acta" : "");
            case ACCESS_REQUEST -> "/solicitudes/" + subject;
            case APPEAL, ACTION_PLAN, CHALLENGE -> "/historial?tipo=" + entry.getSubjectKind() + "&id=" + subject;
        };
    }

    /**
     * The name of a session's collegiate body, as its call wrote it to the ledger ("bodyName", the session's first
     * entry); its address only for a session called before names were written.
     */
    private String bodyName(String subject, Map<?, ?> payload) {
        if (text(payload, "bodyName") != null) {
            return text(payload, "bodyName");
        }
        return ledger.subjectAfter("session", subject, 0, 1).stream().findFirst()
                .map(called -> text(JSON.readValue(called.getPayload(), Map.class), "bodyName"))
                .orElse(text(payload, "body"));
    }

    /** A session's number: "number" when it is called, "session" in the entries that follow. */
    private static String session(Map<?, ?> payload) {
        return text(payload, "session") != null ? text(payload, "session") : text(payload, "number");
    }

    private static String text(Map<?, ?> payload, String key) {
        Object value = payload.get(key);
        return value == null ? null : value.toString();
    }
}
