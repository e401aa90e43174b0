package org.apertura.archives;

import org.apertura.platform.time.Today;

/**
 * The demo's act numbers as the demo writes them on the day it loads: their year is that of their own day (the
 * Grupo's first session four months before, the rest on the load day), so tests derive it instead of writing one.
 */
public final class ArchivesDemoActs {

    private ArchivesDemoActs() {
    }

    /** The executive Grupo's first session, which approved its instruments. */
    public static String firstSession(Today today) {
        return ArchivesDemo.act("GI-PEED-01", today.date().minusMonths(ArchivesDemo.FIRST_SESSION_MONTHS_AGO));
    }

    /** The executive Grupo's second session, on the load day, which approved two disposals. */
    public static String secondSession(Today today) {
        return ArchivesDemo.act("GI-PEED-02", today.date());
    }

    /** The judiciary Grupo's session that approved its instruments, on the load day. */
    public static String judiciarySession(Today today) {
        return ArchivesDemo.act("GI-PJED-03", today.date());
    }

    /** The dictamen of a disposal approved on the load day. */
    public static String dictamen(int disposal, Today today) {
        return ArchivesDemo.act("DICT-BD-" + disposal, today.date());
    }
}
