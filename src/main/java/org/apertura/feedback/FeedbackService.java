package org.apertura.feedback;

import org.apertura.platform.intake.Channel;

import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.identity.AccountService;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.items.PublicItems;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.PublicActor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on any public item of any module (found through {@link PublicItems}): anyone answers whether
 * the information was useful; a signed-in person may add a comment; a facilitator registers what was
 * received in person or remotely; whoever answers for the item replies to each comment, once and in public
 * (and the author of an online comment gets the reply by e-mail). Every change goes to the ledger without
 * personal data.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    static final String MODULE = "feedback";
    /**
     * Kinds of items that take no feedback of their own: an exercise is feedback's subject through its plans; proposals,
     * budget projects and debates are public items to be followed, and take comments of their own (issue 21); a
     * participatory budget and a consultation are spaces where people act (propose, vote, answer), whose pages show
     * their meetings and the follow button (ADR 0073), and nobody answers feedback for them.
     */
    static final Set<String> WITHOUT_FEEDBACK = Set.of("exercise", "proposal", "pb-project", "pd-debate", "pb-process",
            "pc-consultation");

    private final FeedbackRepository feedback;
    private final PublicItems items;
    private final LedgerService ledger;
    private final MailOutbox mail;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Today today;
    private final String baseUrl;
    private final FeedbackPolicy policy;
    private final org.apertura.platform.security.AuditTrail audit;

    FeedbackService(FeedbackRepository feedback, PublicItems items, LedgerService ledger, MailOutbox mail,
            AccountService accounts, MessageSource messages, Today today, PublicUrl publicUrl, FeedbackPolicy policy,
            org.apertura.platform.security.AuditTrail audit) {
        this.audit = audit;
        this.policy = policy;
        this.feedback = feedback;
        this.items = items;
        this.ledger = ledger;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.today = today;
        this.baseUrl = publicUrl.base();
    }

    /**
     * The private contacts of an item's feedback, for who may see them (the policy's SEE_CONTACTS), each reading
     * written to the staff audit log: personal data read is accounted for.
     */
    @Transactional
    public java.util.Map<Long, String> contactsFor(PublicItem item, List<Feedback> all) {
        if (!allowedOn(item).may(FeedbackAction.SEE_CONTACTS)) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> contacts = new java.util.HashMap<>();
        all.stream().filter(f -> f.getContact() != null).forEach(f -> contacts.put(f.getId(), f.getContact()));
        if (!contacts.isEmpty()) {
            audit.record(org.apertura.platform.security.AuditAction.PRIVATE_DATA_EXPORTED, null,
                    "feedback contacts (" + contacts.size() + ") of " + item.kind() + " " + item.id());
        }
        return contacts;
    }

    /** Whether items of this kind take feedback. */
    public static boolean takesFeedback(String kind) {
        return kind != null && !WITHOUT_FEEDBACK.contains(kind);
    }

    /** The public item feedback is about, or a 404. */
    public PublicItem item(String kind, String id) {
        return Optional.ofNullable(kind).filter(FeedbackService::takesFeedback).flatMap(k -> items.find(k, id))
                .orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    /** The item a piece of feedback is about, if it is still public. */
    public Optional<PublicItem> itemOf(Feedback f) {
        return items.find(f.getItemKind(), f.getItemId());
    }

    /** The feedback on an item, newest first. */
    public List<Feedback> of(PublicItem item) {
        return feedback.findByItemKindAndItemIdOrderByReceivedAtDescIdDesc(item.kind(), item.id());
    }

    public Feedback get(Long id) {
        return feedback.findById(id).orElseThrow(() -> new NotFoundException("feedback " + id));
    }

    /** Every piece of feedback matching the filter (null parts match anything), oldest first. */
    public List<Feedback> all(Filter filter) {
        return feedback.findAllByOrderByIdAsc().stream().filter(filter::matches).toList();
    }

    /** The figures of some feedback. */
    public static FeedbackFigures figures(Collection<Feedback> list) {
        return FeedbackFigures.of(list.stream().map(Feedback::fact).toList());
    }

    /**
     * The figures of some feedback per key (e.g. institution, kind of item, item): for each key in order,
     * all channels together, then each channel it has when {@code perChannel}. A null key is kept (as null).
     */
    public static List<Group> groups(List<Feedback> list, java.util.function.Function<Feedback, String> key,
            boolean perChannel) {
        java.util.Map<String, List<Feedback>> byKey = new java.util.TreeMap<>(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        list.forEach(f -> byKey.computeIfAbsent(key.apply(f), k -> new java.util.ArrayList<>()).add(f));
        List<Group> groups = new java.util.ArrayList<>();
        byKey.forEach((k, some) -> {
            groups.add(new Group(k, null, figures(some)));
            if (perChannel) {
                for (Channel channel : Channel.values()) {
                    List<Feedback> ofChannel = some.stream().filter(f -> f.getChannel() == channel).toList();
                    if (!ofChannel.isEmpty()) {
                        groups.add(new Group(k, channel, figures(ofChannel)));
                    }
                }
            }
        });
        return groups;
    }

    /** The figures of the feedback with one key, on one channel (null: all channels). */
    public record Group(String key, Channel channel, FeedbackFigures figures) {
    }

    /** The signed-in person's own online feedback on the item. */
    public Optional<Feedback> mine(PublicItem item) {
        return PublicActor.current()
                .flatMap(a -> feedback.findByAccountIdAndItemKindAndItemId(a.accountId(), item.kind(), item.id()));
    }

    /** An anonymous answer on the item, by its id (as a visitor's session remembers it). */
    public Optional<Feedback> anonymousAnswer(PublicItem item, Long id) {
        return Optional.ofNullable(id).flatMap(feedback::findById)
                .filter(f -> f.getAccountId() == null && f.getChannel() == Channel.ONLINE
                        && f.getItemKind().equals(item.kind()) && f.getItemId().equals(item.id()));
    }

    /**
     * What the current person may do with the item's feedback, as FeedbackPolicy says: reply (whoever answers
     * for the item, as its module decides), register feedback received offline and see its contacts (also the
     * secretariat of the item's own exercise, or an administrator).
     */
    public Allowed<FeedbackAction> allowedOn(PublicItem item) {
        Actor actor = Actor.current();
        return policy.onItem(actor, items.secretariatOf(item), actor.isSignedIn() && items.mayRespond(item));
    }

    /**
     * Online feedback. A signed-in person has one per item: answering again changes the vote and may add a
     * first comment. An anonymous visitor may only vote; {@code previousAnonymous} (the feedback this visitor
     * gave on this item earlier in their visit, if any) is changed instead of counting twice.
     */
    @Transactional
    public Feedback give(String kind, String id, Boolean useful, String comment, Long previousAnonymous) {
        PublicItem item = item(kind, id);
        Optional<PublicActor> author = PublicActor.current();
        Optional<Feedback> earlier = author.isPresent()
                ? feedback.findByAccountIdAndItemKindAndItemId(author.get().accountId(), item.kind(), item.id())
                : anonymousAnswer(item, previousAnonymous);
        if (earlier.isPresent()) {
            Feedback f = earlier.get();
            if (f.answerAgain(useful, comment, now())) {
                feedback.saveAndFlush(f);
                ledger.append(MODULE, "feedback.changed", MODULE, f.getId(), f.publicRecord());
            }
            return f;
        }
        Feedback f = feedback.saveAndFlush(Feedback.online(item, useful, comment,
                author.map(PublicActor::accountId).orElse(null), author.map(PublicActor::displayName).orElse(null),
                now()));
        ledger.append(MODULE, "feedback.received", MODULE, f.getId(), f.publicRecord());
        return f;
    }

    /** Feedback received in person or remotely, registered by a facilitator. */
    @Transactional
    public Feedback register(String kind, String id, Registration registration) {
        PublicItem item = item(kind, id);
        allowedOn(item).require(FeedbackAction.REGISTER);
        PublicActor facilitator = PublicActor.current().orElseThrow();
        Feedback f = feedback.saveAndFlush(Feedback.registered(item, registration, facilitator.displayName(), today(),
                now()));
        ledger.append(MODULE, "feedback.received", MODULE, f.getId(), f.publicRecord());
        return f;
    }

    /** The one public reply to a comment, by whoever answers for its item; the online author gets it by e-mail. */
    @Transactional
    public Feedback reply(Long feedbackId, String text) {
        Feedback f = get(feedbackId);
        PublicItem item = itemOf(f).orElseThrow(() -> new NotFoundException("item of feedback " + feedbackId));
        allowedOn(item).require(FeedbackAction.REPLY);
        PublicActor responder = PublicActor.current().orElseThrow();
        f.reply(text, responder.displayName(), capacity(item), now());
        feedback.saveAndFlush(f);
        ledger.append(MODULE, "feedback.replied", MODULE, f.getId(), f.publicRecord());
        if (f.getAccountId() != null) {
            Object[] args = {item.title(), f.getComment(), f.getReply(), f.getRepliedBy(),
                    baseUrl + item.path() + "#opinion-" + f.getId()};
            mail.enqueue(accounts.get(f.getAccountId()).getEmail(),
                    messages.getMessage("feedback.mail.subject", args, Today.LOCALE),
                    messages.getMessage("feedback.mail.body", args, Today.LOCALE));
        }
        return f;
    }

    /** Today in Mexico's central time. */
    public LocalDate today() {
        return today.date();
    }

    private Capacity capacity(PublicItem item) {
        return policy.capacity(Actor.current(), item.institutionSlug());
    }

    private Instant now() {
        return today.now();
    }

    /** Which feedback to count or list; a null part matches anything. */
    public record Filter(String kind, String id, String institution, Channel channel) {

        public static final Filter ALL = new Filter(null, null, null, null);

        public boolean matches(Feedback f) {
            return (kind == null || kind.equals(f.getItemKind())) && (id == null || id.equals(f.getItemId()))
                    && (institution == null || institution.equals(f.getInstitutionSlug()))
                    && (channel == null || channel == f.getChannel());
        }
    }
}
