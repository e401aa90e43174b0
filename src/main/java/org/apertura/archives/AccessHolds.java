package org.apertura.archives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.accessinfo.AccessProceedings;
import org.apertura.accessinfo.AccessProceedings.Kind;
import org.apertura.accessinfo.AccessProceedings.Proceeding;
import org.apertura.ledger.LedgerEntriesAppended;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds that follow access to information by themselves: a case file linked to an access request or to an appeal
 * cannot be transferred out or disposed while the request or appeal is under way (the LGA guards of art. 55 per the
 * research notes, and the rule that information asked for is not destroyed while it is asked for). A file is linked to
 * a request when the archive filed the request itself (its own case file) or when an archivist linked the file to
 * the request's or appeal's folio. Whether a request or appeal is under way is the access-to-information module's rule,
 * asked through its published query {@link AccessProceedings}; this class never reads their stages. Each time that
 * module publishes a step to the ledger, the holds of that request and its appeals are brought up to date: placed on
 * every linked file while they are under way, lifted when they conclude (an appeal filed later holds the same files
 * again). Runs after the change is committed and after {@link AutoFiling} has filed it, in its own transaction; a
 * problem here is logged and never undoes the change, and the nightly {@link #reconcile()} (one node of any number,
 * under its cluster lock) places and lifts whatever an event missed.
 */
@Component
class AccessHolds {

    private static final Logger log = LoggerFactory.getLogger(AccessHolds.class);
    static final String REQUEST = "request:";
    static final String APPEAL = "appeal:";
    static final String INCONFORMITY = "inconformity:";
    /** The automatic key of the case file the archives opened for a request ({@link AutoFiling}). */
    private static final String OWN_FILE = "access_request:";
    /** The ledger subjects of access to information whose steps may place or lift a hold. */
    private static final Set<String> PROCEEDINGS = Set.of("request", "appeal", "inconformity");

    private final AccessProceedings proceedings;
    private final HoldRepository holds;
    private final CaseFileRepository files;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Today today;
    /** Its own transactions after the commit (the change's transaction is over, its resources still bound). */
    private final TransactionTemplate separately;

    AccessHolds(AccessProceedings proceedings, HoldRepository holds, CaseFileRepository files, MessageSource messages,
            TransactionTemplate transactions, Today today) {
        this.separately = new TransactionTemplate(transactions.getTransactionManager());
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.proceedings = proceedings;
        this.holds = holds;
        this.files = files;
        this.messages = messages;
        this.transactions = transactions;
        this.today = today;
    }

    /**
     * After a transaction's steps of access to information are committed (and filed), brings up to date the holds of
     * their requests that have a file or a hold linked, each request in its own transaction; a request with nothing
     * linked has nothing to place or lift, and finding which have costs a few queries per
     * {@value #LOOKUP_CHUNK} requests (a calendar change moving thousands of deadlines refreshes none).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(AutoFiling.ORDER + 10)
    public void onChange(LedgerEntriesAppended appended) {
        List<LedgerEntryAppended> steps = appended.where(c -> "accessinfo".equals(c.module())
                && PROCEEDINGS.contains(c.subjectKind()));
        if (steps.isEmpty()) {
            return;
        }
        Set<String> folios;
        try {
            folios = separately.execute(status -> linked(steps));
        } catch (RuntimeException e) {
            log.warn("Could not find the holds of {} ledger entries (first {}): {}", steps.size(), steps.get(0).seq(),
                    e.toString());
            return;
        }
        for (String folio : folios) {
            try {
                separately.execute(status -> refresh(folio));
            } catch (RuntimeException e) {
                log.warn("Could not bring up to date the holds of request {}: {}", folio, e.toString());
            }
        }
    }

    /** Requests whose proceedings are looked up per query. */
    static final int LOOKUP_CHUNK = 500;

    /**
     * The folios of the steps' requests (an appeal's or an inconformidad's, its request's), in order, that have a
     * file or a hold linked to them or to one of their appeals and inconformidades: those {@link #refresh} may change.
     */
    private Set<String> linked(List<LedgerEntryAppended> steps) {
        Set<String> folios = new LinkedHashSet<>();
        Map<String, String> looked = new java.util.HashMap<>(); // an appeal's or inconformidad's request, asked once
        for (LedgerEntryAppended step : steps) {
            String folio = switch (step.subjectKind()) {
                case "request" -> step.subjectId();
                case "appeal" -> looked.computeIfAbsent(APPEAL + step.subjectId(), k -> proceedings
                        .byFolio(Kind.APPEAL, step.subjectId()).map(Proceeding::requestFolio).orElse(""));
                case "inconformity" -> looked.computeIfAbsent(INCONFORMITY + step.subjectId(), k -> proceedings
                        .byFolio(Kind.INCONFORMITY, step.subjectId()).map(Proceeding::requestFolio).orElse(""));
                default -> null;
            };
            if (folio != null && !folio.isEmpty()) {
                folios.add(folio);
            }
        }
        Optional<Set<String>> fromKeys = folios.size() > LOOKUP_CHUNK ? linkedByKeys() : Optional.empty();
        if (fromKeys.isPresent()) {
            folios.retainAll(fromKeys.get());
            return folios;
        }
        Set<String> linked = new java.util.HashSet<>();
        List<String> all = new ArrayList<>(folios);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            Map<String, List<Proceeding>> appeals = proceedings.appealsOf(chunk);
            // the keys refresh reads: each proceeding's hold, and the file AutoFiling opened for a request or appeal
            Map<String, String> autoKeys = new java.util.HashMap<>();
            Map<String, String> sourceKeys = new java.util.HashMap<>();
            for (String folio : chunk) {
                autoKeys.put(OWN_FILE + folio, folio);
                sourceKeys.put(REQUEST + folio, folio);
                for (Proceeding p : appeals.getOrDefault(folio, List.of())) {
                    if (p.kind() == Kind.APPEAL) {
                        autoKeys.put("appeal:" + p.folio(), folio);
                    }
                    sourceKeys.put(keyOf(p), folio);
                }
            }
            files.autoKeysIn(autoKeys.keySet()).forEach(k -> linked.add(autoKeys.get(k)));
            holds.sourceKeysIn(sourceKeys.keySet()).forEach(k -> linked.add(sourceKeys.get(k)));
        }
        folios.retainAll(linked);
        return folios;
    }

    /**
     * The folios of every request that has a file or a hold linked to it or to one of its appeals and inconformidades,
     * found from the files' and holds' side, when there are at most {@value #LOOKUP_CHUNK} such keys (empty when there
     * are more): for a change of tens of thousands of requests (a calendar change) a few queries, where asking per
     * request would cost three per {@value #LOOKUP_CHUNK} of them. The same folios as the look-up per request: a key
     * of a request names it; an appeal's or inconformidad's names the request it was filed against.
     */
    private Optional<Set<String>> linkedByKeys() {
        org.springframework.data.domain.Pageable first = org.springframework.data.domain.PageRequest.of(0,
                LOOKUP_CHUNK + 1);
        List<String> autoKeys = files.accessAutoKeys(first);
        List<String> sourceKeys = autoKeys.size() > LOOKUP_CHUNK ? List.of() : holds.accessSourceKeys(first);
        if (autoKeys.size() + sourceKeys.size() > LOOKUP_CHUNK) {
            return Optional.empty();
        }
        Set<String> linked = new java.util.HashSet<>();
        autoKeys.forEach(key -> requestOf(key).ifPresent(linked::add));
        sourceKeys.forEach(key -> requestOf(key).ifPresent(linked::add));
        return Optional.of(linked);
    }

    /**
     * The folio of the request a hold's source key names (its own, or that of the appeal or inconformidad it names), or
     * a file's automatic key (a request's or an appeal's own file).
     */
    private Optional<String> requestOf(String key) {
        if (key.startsWith(REQUEST)) {
            return Optional.of(key.substring(REQUEST.length()));
        }
        if (key.startsWith(OWN_FILE)) {
            return Optional.of(key.substring(OWN_FILE.length()));
        }
        if (key.startsWith(APPEAL)) {
            return proceedings.byFolio(Kind.APPEAL, key.substring(APPEAL.length())).map(Proceeding::requestFolio);
        }
        if (key.startsWith(INCONFORMITY)) {
            return proceedings.byFolio(Kind.INCONFORMITY, key.substring(INCONFORMITY.length()))
                    .map(Proceeding::requestFolio);
        }
        return Optional.empty();
    }

    @Scheduled(cron = "${apertura.archives.access-holds.cron:0 15 3 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void nightly() {
        int changed = reconcile();
        if (changed > 0) {
            log.info("Archives: {} access holds placed or lifted that events had missed", changed);
        }
    }

    /**
     * Brings up to date the holds of every request under way (or with an appeal under way) and of every request that
     * still holds a file, each in its own transaction: places and lifts what an event missed. Returns how many holds
     * it placed or lifted.
     */
    int reconcile() {
        Set<String> folios = new LinkedHashSet<>(proceedings.requestsUnderWay());
        for (String key : holds.findActiveSourceKeys()) {
            requestOf(key).ifPresent(folios::add);
        }
        int changed = 0;
        for (String folio : folios) {
            try {
                Integer done = transactions.execute(status -> refresh(folio));
                changed += done == null ? 0 : done;
            } catch (RuntimeException e) {
                log.warn("Could not reconcile the holds of request {}: {}", folio, e.toString());
            }
        }
        return changed;
    }

    /**
     * Places and lifts the holds of a request and its appeals on every file linked to them, as they stand now; returns
     * how many it placed or lifted.
     */
    int refresh(String requestFolio) {
        List<Proceeding> ofRequest = proceedings.ofRequest(requestFolio);
        if (ofRequest.isEmpty()) {
            return 0;
        }
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (Proceeding p : ofRequest) {
            keys.put(keyOf(p), p.underWay());
        }
        Set<Long> linked = new LinkedHashSet<>();
        for (Proceeding p : ofRequest) {
            if (p.kind() != Kind.INCONFORMITY) {
                String autoKey = (p.kind() == Kind.APPEAL ? "appeal:" : OWN_FILE) + p.folio();
                files.findByAutoKey(autoKey).forEach(f -> linked.add(f.getId()));
            }
        }
        List<Hold> existing = holds.findBySourceKeyIn(keys.keySet());
        existing.forEach(h -> linked.add(h.getFileId()));
        Map<Long, CaseFile> byId = new LinkedHashMap<>();
        files.findAllById(linked).forEach(f -> byId.put(f.getId(), f));
        int changed = 0;
        for (Map.Entry<String, Boolean> key : keys.entrySet()) {
            List<Hold> active = existing.stream()
                    .filter(h -> h.getSourceKey().equals(key.getKey()) && h.getLiftedOn() == null).toList();
            if (key.getValue()) {
                Set<Long> held = new LinkedHashSet<>(active.stream().map(Hold::getFileId).toList());
                List<Hold> placed = new ArrayList<>();
                for (CaseFile file : byId.values()) {
                    if (!held.contains(file.getId()) && !file.isDisposed()) {
                        placed.add(new Hold(file.getId(), kindOf(key.getKey()), reason(key.getKey()), key.getKey(),
                                today.date()));
                    }
                }
                holds.saveAll(placed);
                changed += placed.size();
            } else {
                active.forEach(h -> h.lift(today.date()));
                changed += active.size();
            }
        }
        return changed;
    }

    private static String keyOf(Proceeding p) {
        return switch (p.kind()) {
            case APPEAL -> APPEAL;
            case INCONFORMITY -> INCONFORMITY;
            case REQUEST -> REQUEST;
        } + p.folio();
    }

    /** An inconformidad is a remedy against an appeal's resolution: it holds as an appeal does. */
    private static HoldKind kindOf(String key) {
        return key.startsWith(REQUEST) ? HoldKind.ACCESS_REQUEST : HoldKind.APPEAL;
    }

    private String reason(String key) {
        String prefix = key.startsWith(APPEAL) ? APPEAL : key.startsWith(INCONFORMITY) ? INCONFORMITY : REQUEST;
        return reason(prefix, key.substring(prefix.length()), messages);
    }

    /** The words of an automatic hold: "Recurso de revisión rr-… en trámite", and so on. */
    static String reason(String prefix, String folio, MessageSource messages) {
        String key = switch (prefix) {
            case APPEAL -> "archives.hold.auto.appeal";
            case INCONFORMITY -> "archives.hold.auto.inconformity";
            default -> "archives.hold.auto.request";
        };
        return messages.getMessage(key, new Object[] {folio}, Today.LOCALE);
    }

    /**
     * The request, appeal or inconformidad (named as an appeal) an archivist names by its folio, if it exists: its
     * hold's source key and whether it runs.
     */
    Optional<Proceeding> proceeding(HoldKind kind, String folio) {
        if (kind != HoldKind.APPEAL) {
            return proceedings.byFolio(Kind.REQUEST, folio);
        }
        return proceedings.byFolio(Kind.APPEAL, folio).or(() -> proceedings.byFolio(Kind.INCONFORMITY, folio));
    }

    /** The source key of the hold a request or appeal places. */
    static String sourceKey(Proceeding p) {
        return keyOf(p);
    }
}
