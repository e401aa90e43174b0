package org.apertura.deadlines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.apertura.jurisdiction.Institution;
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

    /** The time zone of a jurisdiction that set none: central Mexico, where most of the country is ({@code Today}'s). */
    public static final ZoneId DEFAULT_ZONE = org.apertura.platform.time.Today.ZONE;

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

    /**
     * The calendar an institution's request terms are counted on (review 2026-12 §2.6): its own calendar when it
     * published one (an overlay on its guarantor authority's), else its jurisdiction's ({@link #calendarOf}).
     */
    public String calendarOfInstitution(Institution institution) {
        return store.slugOfGuarantor(institution.getId())
                .orElseGet(() -> calendarOf(institution.getJurisdiction()));
    }

    /**
     * The calendar of a guarantor authority, for the procedures before it (appeals): its own calendar when it
     * published one, never an institution's overlay, else its jurisdiction's. {@code authorityInstitutionId}: the
     * authority's institution id, as the appeal records it.
     */
    public String calendarOfAuthority(long authorityInstitutionId, Jurisdiction jurisdiction) {
        return store.slugOfGuarantor(authorityInstitutionId).filter(slug -> store.find(slug)
                .map(c -> !c.overlay()).orElse(false)).orElseGet(() -> calendarOf(jurisdiction));
    }

    /**
     * The time zone a jurisdiction's online filings are dated in: its own, else its state's (for a municipality),
     * else {@link #DEFAULT_ZONE}.
     */
    public ZoneId zoneOf(Jurisdiction jurisdiction) {
        if (jurisdiction == null || jurisdiction.getId() == null) {
            return DEFAULT_ZONE;
        }
        long id = jurisdiction.getId();
        return store.timeZoneOf(id).or(() -> store.stateOfMunicipality(id).flatMap(store::timeZoneOf))
                .map(ZoneId::of).orElse(DEFAULT_ZONE);
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
        // An overlay stays valid while its base is the very calendar cached now (same version, not reloaded).
        if (cached != null && cached.number() == current
                && cached.base().map(b -> calendar(b.name()) == b).orElse(true)) {
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
        BusinessCalendar own = BusinessCalendar.at(calendar, version,
                store.days(c.id()).stream().map(CalendarDay::entry).toList());
        // An overlay's older version is its own entries then, over its base as it is now.
        return c.overlay() ? BusinessCalendar.overlay(calendar, version, calendar(c.baseSlug()), own.ownClosures(),
                c.cutoff()) : own.withCutoff(c.cutoff());
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
        List<BusinessCalendar.Closure> own = store.days(c.id()).stream().filter(d -> !d.withdrawn())
                .map(CalendarDay::closure).toList();
        if (c.overlay()) {
            return BusinessCalendar.overlay(calendar, c.version(), calendar(c.baseSlug()), own, c.cutoff());
        }
        return BusinessCalendar.of(calendar, c.version(), own).withCutoff(c.cutoff());
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
