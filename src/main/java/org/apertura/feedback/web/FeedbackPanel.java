package org.apertura.feedback.web;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.intake.Channel;
import org.apertura.feedback.Feedback;
import org.apertura.feedback.FeedbackAction;
import org.apertura.feedback.FeedbackService;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.security.PublicActor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The feedback section of every item that takes feedback: the question, the item's figures, each comment
 * with its public reply or visibly awaiting one, the reply form for whoever answers for the item, and the
 * form facilitators use to register feedback received in person or remotely.
 */
@Component
class FeedbackPanel implements ItemPanel.Source {

    static final int ORDER = 50;

    private final FeedbackService service;

    FeedbackPanel(FeedbackService service) {
        this.service = service;
    }

    @Override
    public List<ItemPanel> panels(PublicItem item) {
        if (!FeedbackService.takesFeedback(item.kind())) {
            return List.of();
        }
        List<Feedback> all = service.of(item);
        Allowed<FeedbackAction> allowed = service.allowedOn(item);
        Map<String, Object> data = new HashMap<>();
        data.put("item", item);
        data.put("action", FeedbackPages.action(item));
        data.put("figures", FeedbackService.figures(all));
        data.put("byChannel", FeedbackService.groups(all, f -> "", true).stream().filter(g -> g.channel() != null)
                .toList());
        Map<Long, String> contacts = service.contactsFor(item, all);
        data.put("comments", all.stream().filter(f -> f.getComment() != null).map(f -> Entry.of(f, contacts)).toList());
        data.put("signedIn", PublicActor.current().isPresent());
        data.put("mine", PublicActor.current().isPresent() ? service.mine(item).orElse(null) : anonymousAnswer(item));
        data.put("allowed", allowed);
        data.put("registeredChannels", List.of(Channel.IN_PERSON, Channel.REMOTE));
        data.put("today", service.today().toString());
        data.put("empty", Map.of());
        return List.of(new ItemPanel(ORDER, "feedback/panel", "panel", data));
    }

    /** What this anonymous visitor answered on the item earlier in their visit. */
    private Feedback anonymousAnswer(PublicItem item) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            Long id = session == null ? null : FeedbackPages.anonymousAnswers(session).get(FeedbackPages.key(item));
            return service.anonymousAnswer(item, id).orElse(null);
        }
        return null;
    }
}
