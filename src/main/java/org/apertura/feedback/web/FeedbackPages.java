package org.apertura.feedback.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apertura.platform.intake.Channel;
import org.apertura.feedback.Feedback;
import org.apertura.feedback.FeedbackFigures;
import org.apertura.feedback.FeedbackService;
import org.apertura.feedback.FeedbackService.Filter;
import org.apertura.feedback.FeedbackService.Group;
import org.apertura.feedback.Registration;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.items.PublicItem;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.web.CsvExport;
import org.apertura.platform.web.PublicDataset;
import org.apertura.platform.web.SitemapSource;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Feedback forms (each posts, then goes back to the item's page at its feedback section with a notice, or
 * with every problem next to its field and what was typed kept), the public figures page {@code /opiniones}
 * and its downloads.
 */
@Controller
class FeedbackPages implements PublicDataset.Source, SitemapSource {

    static final List<String> FIGURE_COLUMNS = List.of("feedback.item_kind", "feedback.item_id", "feedback.item_title",
            "feedback.item_url", "feedback.institution", "feedback.channel", "feedback.received", "feedback.useful_count",
            "feedback.share_useful", "feedback.comments", "feedback.answered", "feedback.share_answered",
            "feedback.awaiting_reply", "feedback.median_hours_to_answer");
    static final List<String> LIST_COLUMNS = List.of("feedback.id", "feedback.item_kind", "feedback.item_id",
            "feedback.item_url", "feedback.institution", "feedback.channel", "feedback.useful", "feedback.received_at",
            "feedback.comment", "feedback.commented_at", "feedback.author", "feedback.registered_by", "feedback.place",
            "feedback.reply", "feedback.replied_at", "feedback.replied_by", "feedback.replied_as",
            "feedback.awaiting_reply");
    private static final String ANONYMOUS = FeedbackPages.class.getName() + ".anonymous";

    private final FeedbackService service;
    private final JurisdictionService jurisdictions;
    private final MessageSource messages;
    private final CsvExport csv;

    private final FeedbackCharts charts;

    FeedbackPages(FeedbackService service, JurisdictionService jurisdictions, MessageSource messages, CsvExport csv,
            FeedbackCharts charts) {
        this.charts = charts;
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
        this.csv = csv;
    }

    static String action(PublicItem item) {
        return "/opiniones/" + item.kind() + "/" + item.id();
    }

    static String key(PublicItem item) {
        return item.kind() + "/" + item.id();
    }

    /** The anonymous answers of this visit, by item, so that answering again changes the answer. */
    @SuppressWarnings("unchecked")
    static Map<String, Long> anonymousAnswers(HttpSession session) {
        Object answers = session.getAttribute(ANONYMOUS);
        if (answers instanceof Map<?, ?> map) {
            return (Map<String, Long>) map;
        }
        Map<String, Long> created = new HashMap<>();
        session.setAttribute(ANONYMOUS, created);
        return created;
    }

    @Override
    public List<PublicDataset> datasets() {
        return List.of(new PublicDataset("feedback_figures", "/opiniones.csv", "/api/v1/feedback/figures", FIGURE_COLUMNS),
                new PublicDataset("feedback", "/opiniones/lista.csv", "/api/v1/feedback", LIST_COLUMNS));
    }

    @PostMapping("/opiniones/{kind}/{id}")
    String give(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) String useful,
            @RequestParam(required = false) String comment, HttpSession session, Locale locale,
            RedirectAttributes redirect) {
        PublicItem item = service.item(kind, id);
        Map<String, Long> anonymous = anonymousAnswers(session);
        attempt(redirect, locale, "vote", Map.of("comment", Texts.orEmpty(comment)), "feedback.notice.thanks", () -> {
            Feedback f = service.give(kind, id, yesNo(useful), comment, anonymous.get(key(item)));
            if (PublicActor.current().isEmpty()) {
                anonymous.put(key(item), f.getId());
            }
        });
        return back(item);
    }

    @PostMapping("/opiniones/{kind}/{id}/registro")
    String register(@PathVariable String kind, @PathVariable String id, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String receivedOn, @RequestParam(required = false) String place,
            @RequestParam(required = false) String useful, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String contact, Locale locale, RedirectAttributes redirect) {
        PublicItem item = service.item(kind, id);
        Map<String, String> typed = Map.of("channel", Texts.orEmpty(channel), "receivedOn", Texts.orEmpty(receivedOn), "place", Texts.orEmpty(place),
                "useful", Texts.orEmpty(useful), "comment", Texts.orEmpty(comment), "contact", Texts.orEmpty(contact));
        attempt(redirect, locale, "register", typed, "feedback.notice.registered", () -> service.register(kind, id,
                new Registration(Texts.choiceOrNull(Channel.class, channel), Texts.dayOrNull(receivedOn), place,
                        yesNo(useful), comment, contact)));
        return back(item);
    }

    @PostMapping("/opiniones/{kind}/{id}/{feedbackId}/respuesta")
    String reply(@PathVariable String kind, @PathVariable String id, @PathVariable Long feedbackId,
            @RequestParam(required = false) String text, Locale locale, RedirectAttributes redirect) {
        PublicItem item = service.item(kind, id);
        Feedback f = service.get(feedbackId);
        if (!f.getItemKind().equals(item.kind()) || !f.getItemId().equals(item.id())) {
            throw new NotFoundException("feedback " + feedbackId + " on " + key(item));
        }
        attempt(redirect, locale, "reply-" + feedbackId, Map.of("text", Texts.orEmpty(text)), "feedback.notice.replied",
                () -> service.reply(feedbackId, text));
        return "redirect:" + item.path() + "#opinion-" + feedbackId;
    }

    @Override
    public List<String> sitemapPaths(int limit) {
        return List.of("/opiniones").stream().limit(limit).toList();
    }

    @GetMapping("/opiniones")
    String figures(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "canal", required = false) String channel,
            @RequestParam(name = "tipo", required = false) String kind, Locale locale, Model model) {
        Filter filter = filter(kind, institution, channel);
        List<Feedback> all = service.all(Filter.ALL);
        List<Feedback> list = all.stream().filter(filter::matches).toList();
        Map<String, PublicItem> items = items(list);
        model.addAttribute("filter", filter);
        model.addAttribute("institutions", all.stream().map(Feedback::getInstitutionSlug)
                .filter(java.util.Objects::nonNull).distinct().sorted()
                .collect(LinkedHashMap<String, String>::new, (m, s) -> m.put(s, institutionName(s)), Map::putAll));
        model.addAttribute("kinds", all.stream().map(Feedback::getItemKind).distinct().sorted()
                .collect(LinkedHashMap<String, String>::new, (m, k) -> m.put(k, kindName(k, locale)), Map::putAll));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("total", FeedbackService.figures(list));
        model.addAttribute("byInstitution", rows(FeedbackService.groups(list, Feedback::getInstitutionSlug, true),
                k -> k == null ? messages.getMessage("feedback.noInstitution", null, locale) : institutionName(k),
                k -> null));
        model.addAttribute("byKind", rows(FeedbackService.groups(list, Feedback::getItemKind, true),
                k -> kindName(k, locale), k -> null));
        model.addAttribute("byItem", rows(FeedbackService.groups(list, f -> f.getItemKind() + "/" + f.getItemId(), false),
                k -> Optional.ofNullable(items.get(k)).map(i -> kindName(i.kind(), locale) + " · " + i.title()).orElse(k),
                k -> Optional.ofNullable(items.get(k)).map(i -> i.path() + "#opinion").orElse(null)));
        model.addAttribute("query", query(filter));
        // the charts show every institution's figures; with a filter the tables below show the part asked for
        model.addAttribute("charts", filter.equals(FeedbackService.Filter.ALL) ? charts.views() : List.of());
        return "feedback/figures";
    }

    @GetMapping("/opiniones.csv")
    ResponseEntity<byte[]> figuresCsv(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "canal", required = false) String channel,
            @RequestParam(name = "tipo", required = false) String kind) {
        List<Feedback> list = service.all(filter(kind, institution, channel));
        Map<String, PublicItem> items = items(list);
        List<List<?>> rows = new ArrayList<>();
        FeedbackService.groups(list, f -> f.getItemKind() + "/" + f.getItemId(), true).stream()
                .filter(g -> g.channel() != null).forEach(g -> {
                    String[] parts = g.key().split("/", 2);
                    PublicItem item = items.get(g.key());
                    FeedbackFigures f = g.figures();
                    rows.add(Arrays.asList(parts[0], parts[1], item == null ? null : item.title(),
                            item == null ? null : item.path(), item == null ? null : item.institutionSlug(),
                            g.channel(), f.received(), f.useful(), f.shareUseful(), f.comments(), f.answered(),
                            f.shareAnswered(), f.awaitingReply(), f.medianHoursToAnswer()));
                });
        return csv.download("opiniones-cifras.csv", FIGURE_COLUMNS, rows);
    }

    @GetMapping("/opiniones/lista.csv")
    ResponseEntity<byte[]> listCsv(@RequestParam(name = "institucion", required = false) String institution,
            @RequestParam(name = "canal", required = false) String channel,
            @RequestParam(name = "tipo", required = false) String kind,
            @RequestParam(name = "id", required = false) String id) {
        Filter kindFilter = filter(kind, institution, channel);
        List<Feedback> list = service.all(new Filter(kindFilter.kind(), Texts.blankToNull(id), kindFilter.institution(),
                kindFilter.channel()));
        Map<String, PublicItem> items = items(list);
        List<List<?>> rows = list.stream().<List<?>>map(f -> Arrays.asList(f.getId(), f.getItemKind(), f.getItemId(),
                Optional.ofNullable(items.get(f.getItemKind() + "/" + f.getItemId())).map(PublicItem::path).orElse(null),
                f.getInstitutionSlug(), f.getChannel(), f.isUseful(), f.getReceivedAt(), f.getComment(),
                f.getCommentedAt(), f.getAuthorName(), f.getRegisteredBy(), f.getPlace(), f.getReply(), f.getRepliedAt(),
                f.getRepliedBy(), f.getRepliedAs(), f.isAwaitingReply())).toList();
        return csv.download("opiniones.csv", LIST_COLUMNS, rows);
    }

    /** A table row of the figures page. */
    record Row(String label, String link, Channel channel, FeedbackFigures figures) {
    }

    private static List<Row> rows(List<Group> groups, java.util.function.Function<String, String> label,
            java.util.function.Function<String, String> link) {
        return groups.stream().map(g -> new Row(label.apply(g.key()), link.apply(g.key()), g.channel(), g.figures()))
                .toList();
    }

    private Map<String, PublicItem> items(List<Feedback> list) {
        Map<String, PublicItem> items = new HashMap<>();
        list.stream().map(f -> f.getItemKind() + "/" + f.getItemId()).distinct().forEach(k -> {
            String[] parts = k.split("/", 2);
            try {
                items.put(k, service.item(parts[0], parts[1]));
            } catch (NotFoundException gone) {
                // an item no longer public keeps its figures, without a title or link
            }
        });
        return items;
    }

    private String institutionName(String slug) {
        try {
            return jurisdictions.institution(slug).getName();
        } catch (NotFoundException gone) {
            return slug;
        }
    }

    private String kindName(String kind, Locale locale) {
        return messages.getMessage("feedback.kind." + kind, null, kind, locale);
    }

    private static Filter filter(String kind, String institution, String channel) {
        // a channel that is none of the choices is not dropped silently: the page says the filter was ignored
        return new Filter(Texts.blankToNull(kind), null, Texts.blankToNull(institution),
                org.apertura.platform.web.UnreadableFilter.choice(Channel.class, "canal", Texts.blankToNull(channel)));
    }

    private static String query(Filter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.institution() != null) {
            parts.add("institucion=" + java.net.URLEncoder.encode(filter.institution(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.channel() != null) {
            parts.add("canal=" + filter.channel().name());
        }
        if (filter.kind() != null) {
            parts.add("tipo=" + java.net.URLEncoder.encode(filter.kind(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /**
     * Runs a use case of a form on an item's page. On success the page shows the notice; when a rule refuses
     * the input, the page shows every problem at the top of the feedback section and next to its field
     * ({@code <form>-<field>}), with what was typed, and nothing was saved.
     */
    private void attempt(RedirectAttributes redirect, Locale locale, String form, Map<String, String> typed,
            String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("feedbackNotice", notice);
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.problems()) {
                errors.putIfAbsent(form + "-" + p.field(), messages.getMessage(p.messageKey(), p.args(), locale));
            }
            redirect.addFlashAttribute("feedbackForm", form);
            redirect.addFlashAttribute("feedbackErrors", errors);
            redirect.addFlashAttribute("feedbackValues", typed);
        }
    }

    private static String back(PublicItem item) {
        return "redirect:" + item.path() + "#opinion";
    }

    private static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }
}
