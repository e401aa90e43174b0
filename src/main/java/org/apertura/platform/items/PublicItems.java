package org.apertura.platform.items;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every public item of every module, and the panels other modules add to them. */
@Component
public class PublicItems {

    private final ObjectProvider<PublicItemSource> sources;
    private final ObjectProvider<ItemPanel.Source> panelSources;
    private final ObjectProvider<TimelineEntry.Source> timelineSources;

    PublicItems(ObjectProvider<PublicItemSource> sources, ObjectProvider<ItemPanel.Source> panelSources,
            ObjectProvider<TimelineEntry.Source> timelineSources) {
        this.timelineSources = timelineSources;
        this.sources = sources;
        this.panelSources = panelSources;
    }

    public Optional<PublicItem> find(String kind, String id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        return sources.orderedStream().filter(s -> s.kinds().contains(kind)).findFirst()
                .flatMap(s -> s.find(kind, id));
    }

    /** The item, or a 404. */
    public PublicItem get(String kind, String id) {
        return find(kind, id).orElseThrow(() -> new NotFoundException(kind + " " + id));
    }

    /** Whether the person signed in answers for the item in public. */
    public boolean mayRespond(PublicItem item) {
        return sources.orderedStream().filter(s -> s.kinds().contains(item.kind())).findFirst()
                .map(s -> s.mayRespond(item)).orElse(false);
    }

    /** The secretariat (collegiate body slug) whose exercise the item belongs to, if any. */
    public Optional<String> secretariatOf(PublicItem item) {
        return sources.orderedStream().filter(s -> s.kinds().contains(item.kind())).findFirst()
                .flatMap(s -> s.secretariatOf(item));
    }

    /**
     * The items public changes concern besides their own ledger subjects (their followers are told of them), for a
     * batch of changes: the modules are looked up once (a look-up per change cost more than the rest of the notices of
     * a change no one follows), and each is asked whether it may concern a subject kind once per kind
     * ({@link PublicItemSource#mayConcern}), then {@link PublicItemSource#concernedBy} for the changes of those kinds.
     */
    public Concerned concerned() {
        List<PublicItemSource> all = sources.orderedStream().toList();
        java.util.Map<String, List<PublicItemSource>> bySubjectKind = new java.util.HashMap<>();
        return (type, subjectKind, subjectId, record) -> {
            List<PublicItemSource> asked = bySubjectKind.computeIfAbsent(subjectKind,
                    kind -> all.stream().filter(s -> s.mayConcern(kind)).toList());
            if (asked.isEmpty()) {
                return List.of();
            }
            return asked.stream().flatMap(s -> s.concernedBy(type, subjectKind, subjectId, record).stream()).toList();
        };
    }

    /** The items a public change concerns besides its own ledger subject. */
    @FunctionalInterface
    public interface Concerned {

        List<PublicItem> by(String type, String subjectKind, String subjectId, java.util.Map<String, Object> record);
    }

    /** The kinds of items known. */
    public List<String> kinds() {
        return sources.orderedStream().flatMap(s -> s.kinds().stream()).sorted().toList();
    }

    /** The panels of every module for an item, in order. */
    /** The events other modules place on an item's timeline, by date. */
    public List<TimelineEntry> timeline(String kind, String id) {
        return find(kind, id).map(item -> timelineSources.orderedStream().flatMap(s -> s.timeline(item).stream())
                .sorted(java.util.Comparator.comparing(TimelineEntry::date)).toList()).orElse(List.of());
    }

    public List<ItemPanel> panels(String kind, String id) {
        return find(kind, id).map(item -> panelSources.orderedStream().flatMap(s -> s.panels(item).stream())
                .sorted(Comparator.comparingInt(ItemPanel::order)).toList()).orElse(List.of());
    }
}
