package org.apertura.deadlines;

import org.apertura.jurisdiction.DemoDirectoryLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The IDAIP's demo business calendar for 2025 and 2026, and the Tepehuanes town hall's own calendar overlaying it
 * (two days of its own and a 15:00 cut-off), added right after the demo directory is loaded, through the same
 * service (and so the same rules and public history) a guarantor's staff use. The days are typical of a
 * guarantor's published calendar; their publication references say plainly that they are demo data, not gazette
 * entries.
 */
@Component
class DeadlinesDemo {

    /** Said on every demo entry: these are not real publications. */
    static final String DEMO_PUBLICATION = "Acuerdo de demostración IDAIP/DEMO/%s (datos de ejemplo, no es una "
            + "publicación oficial), %s";

    private final CalendarService calendars;

    DeadlinesDemo(CalendarService calendars) {
        this.calendars = calendars;
    }

    @EventListener
    void on(DemoDirectoryLoaded loaded) {
        calendars.create(new CalendarDraft("idaip", "idaip", "Calendario de días inhábiles del IDAIP (demostración)"));
        String y2025 = DEMO_PUBLICATION.formatted("2025-01", "2025-01-15");
        day("2025-04-17", "2025-04-18", BusinessCalendar.Kind.NON_BUSINESS_DAY, "Jueves y Viernes Santo", y2025);
        day("2025-11-02", null, BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día de Muertos", y2025);
        day("2025-12-12", null, BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día de la Virgen de Guadalupe", y2025);
        day("2025-12-22", "2026-01-02", BusinessCalendar.Kind.SUSPENSION,
                "Periodo vacacional de invierno: se suspenden los plazos", y2025);
        String y2026 = DEMO_PUBLICATION.formatted("2026-01", "2026-01-15");
        day("2026-04-02", "2026-04-03", BusinessCalendar.Kind.NON_BUSINESS_DAY, "Jueves y Viernes Santo", y2026);
        day("2026-11-02", null, BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día de Muertos", y2026);
        day("2026-12-12", null, BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día de la Virgen de Guadalupe", y2026);
        day("2026-12-21", "2027-01-01", BusinessCalendar.Kind.SUSPENSION,
                "Periodo vacacional de invierno: se suspenden los plazos", y2026);
        // One institution with its own calendar (review 2026-12 §2.6): Tepehuanes' town hall adds its own days to
        // the IDAIP's, publishes an after-hours cut-off, and its requests are counted on the overlay.
        calendars.create(new CalendarDraft("ayuntamiento-tepehuanes", "ayuntamiento-tepehuanes",
                "Calendario propio del H. Ayuntamiento de Tepehuanes (demostración)"));
        String tepehuanes = "Acuerdo de demostración del Cabildo de Tepehuanes TEP/DEMO/2026-01 (datos de ejemplo, no "
                + "es una publicación oficial), 2026-01-20";
        calendars.addDay("ayuntamiento-tepehuanes", new CalendarDayDraft("2026-02-03", null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Fiesta patronal del municipio (demostración)", tepehuanes));
        calendars.addDay("ayuntamiento-tepehuanes", new CalendarDayDraft("2027-06-14", null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Aniversario del municipio (demostración)", tepehuanes));
        calendars.setCutoff("ayuntamiento-tepehuanes", new CutoffDraft("15:00", tepehuanes));
    }

    private void day(String first, String last, BusinessCalendar.Kind kind, String reason, String publication) {
        calendars.addDay("idaip", new CalendarDayDraft(first, last, kind, reason, publication));
    }
}
