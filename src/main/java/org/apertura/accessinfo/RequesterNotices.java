package org.apertura.accessinfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.identity.AccountService;
import org.apertura.platform.security.Role;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-mails about requests, through the outbox: the requester at each step (to the e-mail they gave or their
 * account's; neither is ever shown), and the transparency unit when a request arrives or the requester
 * replies. Messages are in Spanish, the language of the procedure.
 */
@Component
class RequesterNotices {

    static final Locale SPANISH = Today.LOCALE;

    private final MailOutbox mail;
    private final AccountService accounts;
    private final MessageSource messages;
    private final String baseUrl;

    RequesterNotices(MailOutbox mail, AccountService accounts, MessageSource messages,
            PublicUrl publicUrl) {
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = publicUrl.base();
    }

    /** The acuse and, for someone without an account, the private follow-up link (the only copy of the key). */
    void filed(List<AccessRequest> filed, String key) {
        AccessRequest first = filed.get(0);
        String folios = String.join(", ", filed.stream().map(AccessRequest::getFolio).toList());
        String follow = first.getRequesterAccountId() == null ? baseUrl + "/seguimiento/" + key : baseUrl + "/mis-solicitudes";
        Object[] args = {folios, first.getReceivedOn().toString(), baseUrl + "/acuses/" + first.getFilingId(), follow};
        requesterOf(first).forEach(to -> mail.enqueue(to, text("mail.request.filed.subject", args),
                text("mail.request.filed.body", args)));
        for (AccessRequest r : filed) {
            if (r.getChannel() == Channel.ONLINE) {
                unit(r, "filed");
            }
        }
    }

    /** A step the requester must hear of: clarification asked, extended, answered, not filed, recomputed. */
    void step(AccessRequest r, String kind) {
        stepMails(r, kind).forEach(m -> mail.enqueue(m.recipient(), m.subject(), m.body()));
    }

    /** The mails of {@link #step}, for a caller that queues many at once ({@link #queue}). */
    List<MailOutbox.Mail> stepMails(AccessRequest r, String kind) {
        return stepMails(r, kind, requesterOf(r));
    }

    /**
     * The mails of {@link #step} for many requests, in their order, for a caller that queues them at once ({@link
     * #queue}: a calendar change); the requesters' accounts' addresses are read together, not one account at a time.
     */
    List<MailOutbox.Mail> stepMails(List<AccessRequest> requests, String kind) {
        Map<Long, String> emails = accounts.emailsOf(requests.stream().map(AccessRequest::getRequesterAccountId)
                .filter(java.util.Objects::nonNull).toList());
        List<MailOutbox.Mail> mails = new ArrayList<>();
        requests.forEach(r -> mails.addAll(stepMails(r, kind, requesterOf(r, emails::get))));
        return mails;
    }

    private List<MailOutbox.Mail> stepMails(AccessRequest r, String kind, Set<String> to) {
        if (to.isEmpty()) {
            return List.of();
        }
        Object[] args = {r.getFolio(), baseUrl + "/solicitudes/" + r.getFolio(),
                r.getDueDate() == null ? "" : r.getDueDate().toString(),
                r.getClarificationDue() == null ? "" : r.getClarificationDue().toString()};
        String subject = text("mail.request." + kind + ".subject", args);
        String body = text("mail.request." + kind + ".body", args);
        List<MailOutbox.Mail> mails = new ArrayList<>();
        to.forEach(recipient -> mails.add(new MailOutbox.Mail(recipient, subject, body)));
        return mails;
    }

    /** Queues mails of {@link #stepMails} in JDBC batches. */
    void queue(List<MailOutbox.Mail> mails) {
        mail.enqueueAll(mails);
    }

    /** Something for the institution's transparency unit. */
    void unit(AccessRequest r, String kind) {
        Object[] args = {r.getFolio(), baseUrl + "/solicitudes/" + r.getFolio(),
                r.getDueDate() == null ? "" : r.getDueDate().toString()};
        for (String to : accounts.emailsOf(Role.TRANSPARENCY_UNIT, r.getInstitutionSlug())) {
            mail.enqueue(to, text("mail.unit." + kind + ".subject", args), text("mail.unit." + kind + ".body", args));
        }
    }

    /** Where the requester hears from us: the e-mail they gave, and their account's. */
    Set<String> requesterOf(AccessRequest r) {
        return requesterOf(r, id -> accounts.get(id).getEmail());
    }

    private static Set<String> requesterOf(AccessRequest r, java.util.function.Function<Long, String> accountEmail) {
        Set<String> to = new LinkedHashSet<>();
        if (r.getContactEmail() != null) {
            to.add(r.getContactEmail());
        }
        if (r.getRequesterAccountId() != null) {
            to.add(accountEmail.apply(r.getRequesterAccountId()));
        }
        return to;
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
