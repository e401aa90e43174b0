package org.apertura.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a guarantor's work queue shows ({@link AppealQueueQuery}): the open appeals before the authorities the viewer
 * works for, overdue first, then by business days left, each with its days left counted on its authority's calendar.
 */
public record AppealQueue(List<Item> items, LocalDate today) {

    /** An open appeal in a work queue, with the business days left to its next deadline (negative: overdue). */
    public record Item(Appeal appeal, Integer daysLeft) {
    }

    /** The page's parts under the names the queue template reads. */
    public Map<String, Object> attributes() {
        return Map.of("items", items, "today", today);
    }
}
