package org.apertura.accessinfo;

import java.time.LocalDate;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;

/**
 * How the access-to-information demos act on past days (requests here, appeals in their module): on a day up to the
 * day the demo loads, as an institution's unit or committee or as the guarantor, named as such in the public steps;
 * a day after the load day is skipped.
 */
public final class DemoActs {

    private final Today time;
    private final LocalDate loadDay;

    public DemoActs(Today time, LocalDate loadDay) {
        this.time = time;
        this.loadDay = loadDay;
    }

    /** Whether a day is after the day the demo loads (nothing is replayed then). */
    public boolean future(LocalDate day) {
        return loadDay != null && day.isAfter(loadDay);
    }

    /** Acts on a day with nobody signed in (the requester, by their private key). */
    public void on(LocalDate day, Runnable work) {
        if (!future(day)) {
            time.on(day, work);
        }
    }

    /** Acts on a past day as the holder of an authority, named in public as the office, not a person. */
    public void on(LocalDate day, Authority authority, Runnable work) {
        if (future(day)) {
            return;
        }
        String name = authority.role() == Role.COMMITTEE ? "Comité de Transparencia"
                : authority.role() == Role.GUARANTOR ? "Ponencia de la autoridad garante" : "Unidad de Transparencia";
        SystemActor.runAs(new DemoActor(name), SystemActor.grants(authority), () -> time.on(day, work));
    }

    /** The day a number of weekdays after another. */
    public static LocalDate next(LocalDate from, int weekdays) {
        LocalDate d = from;
        for (int i = 0; i < weekdays; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                i++;
            }
        }
        return d;
    }

    /** The public name the demo's units, committees and guarantor act under; no account behind it. */
    record DemoActor(String displayName) implements PublicActor {

        @Override
        public Long accountId() {
            return null;
        }
    }
}
