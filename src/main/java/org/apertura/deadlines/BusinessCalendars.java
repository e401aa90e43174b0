package org.apertura.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;

/**
 * The business calendars deadlines are counted on, by name: {@code nacional} (weekends and LFT art. 74) and
 * each guarantor body's calendar (the national one plus the days it publishes). Every answer carries the
 * calendar's version, which other modules record with each deadline they compute.
 *
 * <p>Each calendar is loaded once into an immutable {@link BusinessCalendar} and cached; a change drops it, a
 * newer version in the database (changed by another node) replaces it, and inside the changing transaction the
 * calendar is read fresh (so listeners of {@link CalendarChanged} see the new version) and not cached until the
 * transaction ends.
 */
@Component
public class BusinessCalendars {

    public static final String NATIONAL = "nacional";

    private static final BusinessCalendar NATIONAL_CALENDAR = BusinessCalendar.national();

    private final CalendarStore store;
    private final JurisdictionService jurisdictions;
    private final Map<String, BusinessCalendar> cache = new ConcurrentHashMap<>();

    BusinessCalendars(CalendarStore store, JurisdictionService jurisdictions) {
        this.store = store;
        this.jurisdictions = jurisdictions;
    }

    /**
     * The calendar a jurisdiction's deadlines are counted on: its guarantor's (a municipality's is its state's)
     * when that guarantor has one, else the national one.
     */
    public String calendarOf(Jurisdiction jurisdiction) {
        return jurisdictions.guarantorFor(jurisdiction).flatMap(g -> store.slugOfGuarantor(g.getId())).orElse(NATIONAL);
    }

    public boolean exists(String calendar) {
        return NATIONAL.equals(calendar) || cache.containsKey(calendar)
                || (calendar != null && store.find(calendar).isPresent());
    }

    /** The version of a calendar now. */
    public String version(String calendar) {
        return calendar(calendar).version();
    }

    public boolean isBusinessDay(String calendar, LocalDate day) {
        return calendar(calendar).isBusinessDay(day);
    }

    /** The day an act on {@code day} counts as received: that day if a business day, else the next one. */
    public LocalDate received(String calendar, LocalDate day) {
        return calendar(calendar).received(day);
    }

    /** The end of a term of {@code days} business days for an act on {@code from} (LGTAIP 2025 art. 128). */
    public Due dueDate(String calendar, LocalDate from, int days) {
        BusinessCalendar c = calendar(calendar);
        return new Due(calendar, from, c.received(from), days, c.dueDate(from, days), c.version());
    }

    /** Business days strictly after {@code from} up to and including {@code to}. */
    public int businessDaysBetween(String calendar, LocalDate from, LocalDate to) {
        return calendar(calendar).businessDaysBetween(from, to);
    }

    public List<NationalCalendar.NonBusinessDay> nonBusinessDays(String calendar, int year) {
        return calendar(calendar).nonBusinessDays(year);
    }

    /** The calendar as it is now, as an immutable value. Unknown calendar: {@link NotFoundException}. */
    public BusinessCalendar calendar(String calendar) {
        if (NATIONAL.equals(calendar)) {
            return NATIONAL_CALENDAR;
        }
        if (changingInThisTransaction(calendar)) {
            return load(calendar);
        }
        // One indexed read of the version keeps a node's cache honest when another node changed the calendar.
        Integer current = calendar == null ? null : store.currentVersion(calendar).orElse(null);
        if (current == null) {
            throw new NotFoundException("calendar " + calendar);
        }
        BusinessCalendar cached = cache.get(calendar);
        if (cached != null && cached.number() == current) {
            return cached;
        }
        BusinessCalendar loaded = load(calendar);
        cache.put(calendar, loaded);
        return loaded;
    }

    /** The calendar as it was at an older version (entries are never deleted, so any version can be rebuilt). */
    public BusinessCalendar calendarAt(String calendar, int version) {
        if (NATIONAL.equals(calendar)) {
            return NATIONAL_CALENDAR;
        }
        GuarantorCalendar c = store.find(calendar).orElseThrow(() -> new NotFoundException("calendar " + calendar));
        if (version < 1 || version > c.version()) {
            throw new NotFoundException("calendar " + calendar + " version " + version);
        }
        return BusinessCalendar.at(calendar, version, store.days(c.id()).stream().map(CalendarDay::entry).toList());
    }

    /** Called by the writes: drops the cached calendar now and again when the transaction ends. */
    void changed(String calendar) {
        cache.remove(calendar);
        String key = dirtyKey(calendar);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    cache.remove(calendar);
                }
            });
        }
    }

    private BusinessCalendar load(String calendar) {
        GuarantorCalendar c = calendar == null ? null : store.find(calendar).orElse(null);
        if (c == null) {
            throw new NotFoundException("calendar " + calendar);
        }
        return BusinessCalendar.of(calendar, c.version(), store.days(c.id()).stream()
                .filter(d -> !d.withdrawn()).map(CalendarDay::closure).toList());
    }

    private static boolean changingInThisTransaction(String calendar) {
        return TransactionSynchronizationManager.hasResource(dirtyKey(calendar));
    }

    private static String dirtyKey(String calendar) {
        return BusinessCalendars.class.getName() + ".changing." + calendar;
    }

    /** A computed deadline and the calendar version it was computed with. */
    public record Due(String calendar, LocalDate from, LocalDate received, int days, LocalDate dueDate,
            String version) {
    }
}
