package org.apertura.archives;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a PADA's annual compliance report (art. 26), from what Apertura recorded in the year: case files
 * opened and closed, transfers accepted, bajas executed, training sessions and their attendees, and the PADA's
 * activities done against those planned.
 */
public record PadaReport(int filesOpened, int filesClosed, int primaryTransfers, int secondaryTransfers,
        int disposals, int trainings, int attendees, int activitiesDone, int activitiesPlanned) {

    /** The share of planned activities done, in whole percent (100 when none was planned). */
    public int getActivitiesPercent() {
        return activitiesPlanned == 0 ? 100 : Math.round(100f * activitiesDone / activitiesPlanned);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("filesOpened", filesOpened);
        map.put("filesClosed", filesClosed);
        map.put("primaryTransfers", primaryTransfers);
        map.put("secondaryTransfers", secondaryTransfers);
        map.put("disposals", disposals);
        map.put("trainings", trainings);
        map.put("attendees", attendees);
        map.put("activitiesDone", activitiesDone);
        map.put("activitiesPlanned", activitiesPlanned);
        return map;
    }
}
