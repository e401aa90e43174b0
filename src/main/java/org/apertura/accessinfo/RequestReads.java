package org.apertura.accessinfo;

import org.apertura.deadlines.Deadlines;
import org.apertura.identity.AccountService;
import org.apertura.platform.Hashing;
import org.apertura.platform.Texts;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reads of requests for the proceedings that follow them (the appeal module, docs/adr/0015): a request by
 * its folio or id, the terms it is counted under (its jurisdiction's calendar and rule set), whether a person is its
 * requester, and a message to the requester. The requester's identity and address never leave this module: others
 * ask "is this the requester?" and hand over the text to send.
 */
@Service
@Transactional(readOnly = true)
public class RequestReads {

    private final AccessRequestRepository requests;
    private final RequestDeadlines deadlines;

    private final AccountService accounts;
    private final MailOutbox mail;

    RequestReads(AccessRequestRepository requests, RequestDeadlines deadlines, AccountService accounts,
            MailOutbox mail) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.mail = mail;
    }

    /** The request a folio names, or a 404. */
    public AccessRequest byFolio(String folio) {
        return requests.findByFolio(folio).orElseThrow(() -> new NotFoundException("request " + folio));
    }

    /** The request of an id another module keeps (an appeal's request). */
    public AccessRequest byId(Long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("request " + id));
    }

    /** The term arithmetic a request is counted under: its jurisdiction's calendar and rule set. */
    public Deadlines deadlinesOf(AccessRequest request) {
        return deadlines.of(request);
    }

    /**
     * The rule sets some requests were filed under, by request id, read in one statement whatever their number (a
     * work queue counts each appeal under its request's rule set).
     */
    public java.util.Map<Long, org.apertura.deadlines.RuleSet> ruleSetsOf(java.util.Collection<Long> requestIds) {
        java.util.Map<Long, org.apertura.deadlines.RuleSet> sets = new java.util.HashMap<>();
        if (!requestIds.isEmpty()) {
            for (Object[] row : requests.ruleSetCodes(requestIds)) {
                sets.put((Long) row[0], deadlines.ruleSet((String) row[1]));
            }
        }
        return sets;
    }

    /** Whether an account (null for none) or the holder of a private follow-up key is the request's requester. */
    public boolean isRequester(AccessRequest request, Long accountId, String followKey) {
        return request.isRequester(accountId)
                || !Texts.isBlank(followKey) && request.followedBy(Hashing.sha256Hex(followKey.strip()));
    }

    /**
     * Queues a message to the requester at the address they gave, else their account's; nothing when they gave none.
     * Returns whether a message was queued.
     */
    public boolean mailRequester(AccessRequest request, String subject, String body) {
        String to = request.getContactEmail();
        if (to == null && request.getRequesterAccountId() != null) {
            to = accounts.get(request.getRequesterAccountId()).getEmail();
        }
        if (to != null) {
            mail.enqueue(to, subject, body);
        }
        return to != null;
    }
}
