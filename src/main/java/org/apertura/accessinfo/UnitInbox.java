package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.SpanishSearch;
import org.apertura.platform.web.Labels;

/**
 * A transparency unit's inbox: its open requests, the most urgent first, each with the business days left to
 * answer (LGTAIP 2025, art. 134: the term counts business days from the day after receipt) and how urgent it is,
 * and how many there are of each urgency. Pages filter it by urgency, stage and words of the question.
 */
public record UnitInbox(List<Row> rows, Map<Urgency, Integer> counts) {

    /** The stages of the requests a unit still has to act on: the inbox holds these (and its filter offers them). */
    public static final List<Stage> STAGES = List.of(Stage.RECEIVED, Stage.IN_PROCESS, Stage.EXTENDED,
            Stage.CLARIFICATION_REQUESTED);

    /** Business days left at which an open request counts as due soon. */
    public static final int DUE_SOON_DAYS = 3;

    /** How urgent an open request is for the unit. */
    @Labels("accessinfo.urgency")
    public enum Urgency {
        /** Its answer term has passed. */
        OVERDUE,
        /** Today is the last day to answer. */
        DUE_TODAY,
        /** At most {@link #DUE_SOON_DAYS} business days left. */
        DUE_SOON,
        /** More time left. */
        ON_TIME,
        /** The unit asked the requester to clarify (art. 130): the term is stopped until they answer. */
        WAITING_FOR_REQUESTER;

        /** The urgency of a request in this stage with these business days left (null when its term is stopped). */
        public static Urgency of(Stage stage, Integer daysLeft) {
            if (stage == Stage.CLARIFICATION_REQUESTED || daysLeft == null) {
                return WAITING_FOR_REQUESTER;
            }
            if (daysLeft < 0) {
                return OVERDUE;
            }
            if (daysLeft == 0) {
                return DUE_TODAY;
            }
            return daysLeft <= DUE_SOON_DAYS ? DUE_SOON : ON_TIME;
        }
    }

    /** One open request with its business days left (negative: days late; null: term stopped). */
    public record Row(AccessRequest request, Integer daysLeft, Urgency urgency) {

        public Row(AccessRequest request, Integer daysLeft) {
            this(request, daysLeft, Urgency.of(request.getStage(), daysLeft));
        }

        /** The last day of the term, or, while waiting for the requester, the last day for them to clarify. */
        public LocalDate due() {
            return request.getDueDate() != null ? request.getDueDate() : request.getClarificationDue();
        }
    }

    public UnitInbox {
        rows = List.copyOf(rows);
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The inbox of these rows: sorted by urgency, then by what is due first; counted by urgency. */
    public static UnitInbox of(List<Row> rows) {
        Map<Urgency, Integer> counts = new EnumMap<>(Urgency.class);
        Arrays.stream(Urgency.values()).forEach(u -> counts.put(u, 0));
        rows.forEach(r -> counts.merge(r.urgency(), 1, Integer::sum));
        List<Row> sorted = rows.stream().sorted(java.util.Comparator.comparing(Row::urgency)
                .thenComparing(r -> r.daysLeft() == null ? Integer.MAX_VALUE : r.daysLeft())
                .thenComparing(r -> r.due() == null ? LocalDate.MAX : r.due())
                .thenComparing(r -> r.request().getFolio())).toList();
        return new UnitInbox(sorted, counts);
    }

    /** Every open request. */
    public int total() {
        return rows.size();
    }

    /** The rows of this urgency and stage whose question has every word searched (null or blank: any). */
    public List<Row> filter(Urgency urgency, Stage stage, String words) {
        Set<String> query = SpanishSearch.words(words);
        return rows.stream()
                .filter(r -> urgency == null || r.urgency() == urgency)
                .filter(r -> stage == null || r.request().getStage() == stage)
                .filter(r -> query.isEmpty()
                        || SpanishSearch.matches(query, r.request().getDescription(), r.request().getFolio()))
                .toList();
    }
}
