package org.apertura.archives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.AccessRequestService;
import org.apertura.accessinfo.Appeal;
import org.apertura.accessinfo.AppealService;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerEntryAppended;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds that follow access to information by themselves: a case file linked to an access request or to an appeal
 * cannot be transferred out or disposed while the request or appeal is under way (the LGA guards of art. 55 per the
 * research notes, and the rule that information asked for is not destroyed while it is asked for). A file is linked to
 * a request when the archive filed the request itself (its own case file) or when an archivist linked the file to
 * the request's or appeal's folio. Each time the access-to-information module publishes a step to the ledger, the holds
 * of that request and its appeals are brought up to date: placed on every linked file while they are under way,
 * lifted when they conclude (an appeal filed later holds the same files again). The access module only publishes its
 * steps and answers its public queries; it does not know this class exists. Runs after the change is committed and
 * after {@link AutoFiling} has filed it, in its own transaction; a problem here is logged and never undoes the change.
 */
@Component
class AccessHolds {

    private static final Logger log = LoggerFactory.getLogger(AccessHolds.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REQUEST = "request:";
    static final String APPEAL = "appeal:";

    private final AccessRequestService requests;
    private final AppealService appeals;
    private final HoldRepository holds;
    private final CaseFileRepository files;
    private final LedgerService ledger;
    private final MessageSource messages;
    private final Today today;

    AccessHolds(AccessRequestService requests, AppealService appeals, HoldRepository holds, CaseFileRepository files,
            LedgerService ledger, MessageSource messages, Today today) {
        this.requests = requests;
        this.appeals = appeals;
        this.holds = holds;
        this.files = files;
        this.ledger = ledger;
        this.messages = messages;
        this.today = today;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Order(AutoFiling.ORDER + 10)
    public void onChange(LedgerEntryAppended change) {
        if (!"accessinfo".equals(change.module())) {
            return;
        }
        try {
            String folio = switch (change.subjectKind()) {
                case "request" -> change.subjectId();
                case "appeal" -> requestOfAppeal(change);
                default -> null;
            };
            if (folio != null) {
                refresh(folio);
            }
        } catch (RuntimeException e) {
            log.warn("Could not bring up to date the holds of ledger entry {} ({}): {}", change.seq(), change.type(),
                    e.toString());
        }
    }

    private String requestOfAppeal(LedgerEntryAppended change) {
        List<LedgerEntry> found = ledger.after(change.seq() - 1, 1);
        if (found.isEmpty()) {
            return null;
        }
        Object request = JSON.readValue(found.get(0).getPayload(), Map.class).get("request");
        return request == null ? null : request.toString();
    }

    /** Whether a request is under way: being answered (its term running or stopped for a clarification). */
    static boolean underWay(AccessRequest request) {
        return request.getStage().isOpen()
                || request.getStage() == org.apertura.accessinfo.Stage.CLARIFICATION_REQUESTED;
    }

    /** Places and lifts the holds of a request and its appeals on every file linked to them, as they stand now. */
    void refresh(String requestFolio) {
        AccessRequest request;
        try {
            request = requests.request(requestFolio);
        } catch (NotFoundException unknown) {
            return;
        }
        List<Appeal> ofRequest = appeals.ofRequest(requestFolio);
        Map<String, Boolean> keys = new LinkedHashMap<>();
        keys.put(REQUEST + requestFolio, underWay(request));
        for (Appeal appeal : ofRequest) {
            keys.put(APPEAL + appeal.getFolio(), appeal.getStage().isOpen());
        }
        Set<Long> linked = new LinkedHashSet<>();
        files.findByAutoKey("access_request:" + requestFolio).forEach(f -> linked.add(f.getId()));
        for (Appeal appeal : ofRequest) {
            files.findByAutoKey("appeal:" + appeal.getFolio()).forEach(f -> linked.add(f.getId()));
        }
        List<Hold> existing = holds.findBySourceKeyIn(keys.keySet());
        existing.forEach(h -> linked.add(h.getFileId()));
        Map<Long, CaseFile> byId = new LinkedHashMap<>();
        files.findAllById(linked).forEach(f -> byId.put(f.getId(), f));
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
            } else {
                active.forEach(h -> h.lift(today.date()));
            }
        }
    }

    private static HoldKind kindOf(String key) {
        return key.startsWith(APPEAL) ? HoldKind.APPEAL : HoldKind.ACCESS_REQUEST;
    }

    private String reason(String key) {
        boolean appeal = key.startsWith(APPEAL);
        String folio = key.substring((appeal ? APPEAL : REQUEST).length());
        return messages.getMessage(appeal ? "archives.hold.auto.appeal" : "archives.hold.auto.request",
                new Object[] {folio}, Today.LOCALE);
    }

    /**
     * The source key of a hold an archivist places by a folio: the request's or the appeal's, if it exists and is
     * under way (a concluded one holds nothing).
     */
    Optional<String> keyOf(HoldKind kind, String folio) {
        try {
            if (kind == HoldKind.ACCESS_REQUEST) {
                AccessRequest request = requests.request(folio);
                return Optional.of(REQUEST + request.getFolio());
            }
            Appeal appeal = appeals.byFolio(folio);
            return Optional.of(APPEAL + appeal.getFolio());
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** Whether the request or appeal a key names is under way now. */
    boolean underWay(String key) {
        if (key.startsWith(APPEAL)) {
            return appeals.byFolio(key.substring(APPEAL.length())).getStage().isOpen();
        }
        return underWay(requests.request(key.substring(REQUEST.length())));
    }
}
