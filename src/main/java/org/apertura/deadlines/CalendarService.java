package org.apertura.deadlines;

import org.apertura.platform.Texts;
import org.apertura.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.security.SystemActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;

/**
 * Guarantor bodies' calendars and the rule sets jurisdictions adopt. Reads are public. Calendar writes need an
 * administrator or the guarantor authority's staff ({@code GUARANTOR@GUARANTOR_AUTHORITY:{slug}}: its own calendar and
 * the institution calendars that overlay it);
 * adoptions need an administrator. Every write checks everything before changing anything, goes to the ledger in
 * the same transaction, and a calendar change raises its version and publishes {@link CalendarChanged} inside
 * that transaction.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    static final String SUBJECT = "calendar";

    /**
     * The module calendar changes and adoptions are recorded under in the public history: still "jurisdiction",
     * where they lived before the deadlines module, so their history reads as one and filters keep working.
     */
    static final String LEDGER_MODULE = "jurisdiction";

    private final CalendarStore store;
    private final BusinessCalendars calendars;
    private final JurisdictionService jurisdictions;
    private final LawRules rules;
    private final LedgerService ledger;
    private final ApplicationEventPublisher events;
    private final Today today;
    private final CalendarPolicy policy;

    CalendarService(CalendarStore store, BusinessCalendars calendars, JurisdictionService jurisdictions,
            LawRules rules, LedgerService ledger, ApplicationEventPublisher events, Today today, CalendarPolicy policy) {
        this.policy = policy;
        this.store = store;
        this.calendars = calendars;
        this.jurisdictions = jurisdictions;
        this.rules = rules;
        this.ledger = ledger;
        this.events = events;
        this.today = today;
    }

    /** Every guarantor calendar, by jurisdiction. */
    public List<GuarantorCalendar> calendars() {
        return store.all();
    }

    public GuarantorCalendar get(String slug) {
        return (slug == null ? Optional.<GuarantorCalendar>empty() : store.find(slug))
                .orElseThrow(() -> new NotFoundException("calendar " + slug));
    }

    /** Every entry ever published on the calendar, withdrawn ones included, by first day. */
    public List<CalendarDay> days(String slug) {
        return store.days(get(slug).id());
    }

    /** Guarantor authorities that have no calendar yet. */
    public List<Institution> guarantorsWithoutCalendar() {
        return jurisdictions.allInstitutions().stream().filter(Institution::isGuarantor)
                .filter(i -> store.slugOfGuarantor(i.getId()).isEmpty()).toList();
    }

    /** What the current person may do with the calendar of this guarantor institution, as CalendarPolicy says. */
    public Allowed<CalendarAction> allowedOn(Institution guarantor) {
        return policy.onCalendarOf(Actor.current(), authorityOf(guarantor));
    }

    /**
     * Creates a guarantor authority's calendar, or an institution's own calendar: an overlay on the calendar of
     * the authority assigned to it today (its jurisdiction's when none is), whose days it adds to (review 2026-12
     * §2.6). The authority's calendar must exist first; an overlay is never the base of another.
     */
    @Transactional
    public GuarantorCalendar create(CalendarDraft draft) {
        Institution institution = draft.guarantorSlug() == null || draft.guarantorSlug().isBlank() ? null
                : jurisdictions.allInstitutions().stream().filter(i -> i.getSlug().equals(draft.guarantorSlug()))
                        .findFirst().orElse(null);
        policy.onCalendarOf(Actor.current(), institution == null ? null : authorityOf(institution))
                .require(CalendarAction.CREATE_CALENDAR);
        String slug = Texts.isBlank(draft.slug()) ? (institution == null ? null : institution.getSlug()) : draft.slug().strip();
        String name = Texts.isBlank(draft.name()) ? (institution == null ? null : defaultName(institution)) : draft.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        GuarantorCalendar base = null;
        if (institution == null) {
            problems.add(new FieldProblem("guarantorSlug", "validation.required"));
        } else if (store.slugOfGuarantor(institution.getId()).isPresent()) {
            problems.add(new FieldProblem("guarantorSlug", institution.isGuarantor() ? "calendars.error.hasCalendar"
                    : "calendars.error.institutionHasCalendar"));
        } else if (!institution.isGuarantor()) {
            base = baseFor(institution).orElse(null);
            if (base == null) {
                problems.add(new FieldProblem("guarantorSlug", "calendars.error.noBase"));
            }
        }
        if (slug == null || !Slugs.isValid(slug) || slug.length() > 80) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        } else if (BusinessCalendars.NATIONAL.equals(slug) || store.slugTaken(slug)) {
            problems.add(new FieldProblem("slug", "validation.slug.taken"));
        }
        if (name != null && name.length() > 250) {
            problems.add(new FieldProblem("name", "validation.required.max", 250));
        }
        InvalidInputException.throwIfAny(problems);
        try {
            store.insertCalendar(slug, name, institution.getId(), institution.getJurisdiction().getId(),
                    base == null ? null : base.id(), now());
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("guarantorSlug", "calendars.error.hasCalendar");
        }
        GuarantorCalendar created = get(slug);
        Map<String, Object> record = record(created);
        if (base != null) {
            record.put("base", base.slug());
        }
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, "calendar.created", SUBJECT, slug, record);
        calendars.changed(slug);
        return created;
    }

    /**
     * The calendar an institution's own calendar would overlay: the calendar of the guarantor authority assigned
     * to it today, else its jurisdiction's; never another overlay, never the national one (that one has no days
     * to add to: the institution would be a calendar of its own, which the law does not give it).
     */
    public Optional<GuarantorCalendar> baseFor(Institution institution) {
        return baseOn(institution, today.date());
    }

    /**
     * Moves every institution calendar whose guarantor authority changed onto the calendar of the authority assigned
     * to it on {@code day} (review 2026-12 §2.6; issue 20): the overlay keeps its own days and takes the new base's, a
     * new version names both, the ledger records the move, and {@link CalendarChanged} lets the open terms counted on
     * it be recomputed from {@code day} on, each a public step. Terms that ended before stay as they were counted.
     * Called when the authorities or their assignments change, and each day for assignments that start later.
     * Returns the calendars moved.
     */
    @Transactional
    public List<String> rebaseOverlays(LocalDate day) {
        List<String> moved = new ArrayList<>();
        for (GuarantorCalendar overlay : store.all().stream().filter(GuarantorCalendar::overlay).toList()) {
            Optional<Institution> institution = jurisdictions.allInstitutions().stream()
                    .filter(i -> i.getSlug().equals(overlay.guarantorSlug())).findFirst();
            Optional<GuarantorCalendar> base = institution.flatMap(i -> baseOn(i, day));
            if (base.isEmpty() || base.get().slug().equals(overlay.baseSlug())) {
                continue;
            }
            store.setBase(overlay.id(), base.get().id());
            int version = store.nextVersion(overlay.id(), now());
            calendars.changed(overlay.slug());
            Map<String, Object> record = record(get(overlay.slug()));
            record.put("version", version);
            record.put("previousBase", overlay.baseSlug());
            record.put("base", base.get().slug());
            record.put("from", day.toString());
            record.put("recordedBy", "system");
            ledger.append(LEDGER_MODULE, "calendar.rebased", SUBJECT, overlay.slug(), record);
            // Days differ between the two bases anywhere ahead: every term still running from the day on may move.
            events.publishEvent(new CalendarChanged(overlay.slug(), calendars.version(overlay.slug()), day,
                    day.plusYears(REBASE_HORIZON_YEARS)));
            moved.add(overlay.slug());
        }
        return moved;
    }

    /** How far ahead a rebase looks for running terms: no term of an access procedure runs longer. */
    static final int REBASE_HORIZON_YEARS = 2;

    private Optional<GuarantorCalendar> baseOn(Institution institution, LocalDate day) {
        Optional<GuarantorCalendar> assigned = jurisdictions.authorityFor(institution, day)
                .flatMap(route -> store.slugOfGuarantor(route.authority().getId())).flatMap(store::find)
                .filter(c -> !c.overlay());
        return assigned.or(() -> Optional.of(calendars.calendarOf(institution.getJurisdiction()))
                .filter(s -> !BusinessCalendars.NATIONAL.equals(s)).flatMap(store::find).filter(c -> !c.overlay()));
    }

    /** Institutions that are not guarantor authorities and have no calendar of their own yet. */
    public List<Institution> institutionsWithoutCalendar() {
        return jurisdictions.allInstitutions().stream().filter(i -> !i.isGuarantor())
                .filter(i -> store.slugOfGuarantor(i.getId()).isEmpty()).toList();
    }

    /** The institution calendars overlaying a calendar. */
    public List<GuarantorCalendar> overlaysOf(String slug) {
        return store.overlaysOf(get(slug).id()).stream().map(this::get).toList();
    }

    /**
     * Sets or clears (null time) the calendar's after-hours cut-off of online filings, with where it was
     * published; raises the version. Deadlines already running do not move: only the day a later filing counts
     * as made changes.
     */
    @Transactional
    public GuarantorCalendar setCutoff(String slug, CutoffDraft draft) {
        GuarantorCalendar calendar = get(slug);
        requireEditor(calendar);
        CutoffDraft.Checked checked = draft.check();
        int version = store.nextVersion(calendar.id(), now());
        store.setCutoff(calendar.id(), checked.cutoff(), checked.publication());
        calendars.changed(slug);
        Map<String, Object> record = record(calendar);
        record.put("version", version);
        record.put("cutoff", checked.cutoff() == null ? null : checked.cutoff().toString());
        record.put("publication", checked.publication());
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, "calendar.cutoff.set", SUBJECT, slug, record);
        return get(slug);
    }

    /** The time zone a jurisdiction's online filings are dated in (see {@link BusinessCalendars#zoneOf}). */
    public java.time.ZoneId timeZoneOf(Jurisdiction jurisdiction) {
        return calendars.zoneOf(jurisdiction);
    }

    /** Sets a jurisdiction's time zone (administrators); an IANA zone of Mexico, e.g. America/Cancun. */
    @Transactional
    public void setTimeZone(String jurisdictionSlug, String zone) {
        policy.onCalendarOf(Actor.current(), null).require(CalendarAction.SET_TIME_ZONE);
        List<FieldProblem> problems = new ArrayList<>();
        Jurisdiction jurisdiction = jurisdictionSlug == null ? null : jurisdictions.find(jurisdictionSlug).orElse(null);
        FieldProblem.required(jurisdiction, "jurisdictionSlug", problems);
        String z = zone == null ? "" : zone.strip();
        if (!MEXICAN_ZONES.contains(z)) {
            problems.add(new FieldProblem("timeZone", "calendars.error.timeZone"));
        }
        InvalidInputException.throwIfAny(problems);
        store.setTimeZone(jurisdiction.getId(), z, now(), actor());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("jurisdiction", jurisdiction.getSlug());
        record.put("name", jurisdiction.getName());
        record.put("timeZone", z);
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, "jurisdiction.timezone.set", "jurisdiction", jurisdiction.getId(), record);
    }

    /** The time zones of Mexico's territory (IANA), the ones a jurisdiction may choose. */
    public static final List<String> MEXICAN_ZONES = List.of("America/Mexico_City", "America/Cancun",
            "America/Merida", "America/Monterrey", "America/Matamoros", "America/Chihuahua", "America/Ciudad_Juarez",
            "America/Ojinaga", "America/Mazatlan", "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana");

    /** Publishes a day or a range on the calendar; raises its version. */
    @Transactional
    public CalendarDay addDay(String slug, CalendarDayDraft draft) {
        GuarantorCalendar calendar = get(slug);
        requireEditor(calendar);
        BusinessCalendar.Closure closure = draft.check();
        int version = store.nextVersion(calendar.id(), now());
        store.days(calendar.id()).stream().filter(d -> !d.withdrawn())
                .filter(d -> d.closure().overlaps(closure.firstDay(), closure.lastDay())).findFirst()
                .ifPresent(d -> {
                    throw new InvalidInputException("firstDay", "calendars.error.overlap", d.firstDay().toString(),
                            d.lastDay().toString(), d.reason());
                });
        long id = store.insertDay(calendar.id(), closure, version, now(), actor());
        CalendarDay day = store.day(calendar.id(), id).orElseThrow();
        recordChange(calendar, version, "calendar.day.added", day, null);
        return day;
    }

    /** Withdraws a published entry, with a public reason; raises the calendar's version. The entry is kept. */
    @Transactional
    public CalendarDay withdraw(String slug, long dayId, String reason) {
        GuarantorCalendar calendar = get(slug);
        requireEditor(calendar);
        CalendarDay day = store.day(calendar.id(), dayId).orElseThrow(() -> new NotFoundException("day " + dayId));
        List<FieldProblem> problems = new ArrayList<>();
        if (day.withdrawn()) {
            problems.add(new FieldProblem("reason", "calendars.error.alreadyWithdrawn"));
        }
        CalendarDayDraft.text(reason, "reason", problems);
        InvalidInputException.throwIfAny(problems);
        int version = store.nextVersion(calendar.id(), now());
        store.withdraw(dayId, version, reason.strip(), now(), actor());
        CalendarDay withdrawn = store.day(calendar.id(), dayId).orElseThrow();
        recordChange(calendar, version, "calendar.day.withdrawn", withdrawn, reason.strip());
        return withdrawn;
    }

    /** Every rule-set adoption, by jurisdiction and date. */
    public List<RuleSetAdoption> adoptions() {
        return store.adoptions();
    }

    /** A jurisdiction adopts a shipped rule set for its acts from a day on (administrators). */
    @Transactional
    public RuleSetAdoption adopt(RuleSetAdoptionDraft draft) {
        policy.onCalendarOf(Actor.current(), null).require(CalendarAction.ADOPT_RULE_SET);
        List<FieldProblem> problems = new ArrayList<>();
        Jurisdiction jurisdiction = jurisdictions.find(draft.jurisdictionSlug()).orElse(null);
        FieldProblem.required(jurisdiction, "jurisdictionSlug", problems);
        RuleSet set = draft.ruleSetCode() == null ? null : rules.byCode(draft.ruleSetCode()).orElse(null);
        if (set == null) {
            problems.add(new FieldProblem("ruleSetCode", "calendars.error.unknownRuleSet"));
        }
        LocalDate from = CalendarDayDraft.date(draft.effectiveFrom(), "effectiveFrom", true, problems);
        if (jurisdiction != null && from != null && store.adoptionExists(jurisdiction.getId(), from)) {
            problems.add(new FieldProblem("effectiveFrom", "calendars.error.adoptionTaken"));
        }
        InvalidInputException.throwIfAny(problems);
        try {
            store.insertAdoption(jurisdiction.getId(), set.code(), from, now(), actor());
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("effectiveFrom", "calendars.error.adoptionTaken");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("jurisdiction", jurisdiction.getSlug());
        record.put("name", jurisdiction.getName());
        record.put("ruleSet", set.code());
        record.put("effectiveFrom", from.toString());
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, "ruleset.adopted", "jurisdiction", jurisdiction.getId(), record);
        return store.adoptions().stream().filter(a -> a.jurisdictionSlug().equals(jurisdiction.getSlug())
                && a.effectiveFrom().equals(from)).findFirst().orElseThrow();
    }

    private void recordChange(GuarantorCalendar calendar, int version, String type, CalendarDay day,
            String withdrawalReason) {
        calendars.changed(calendar.slug());
        String label = calendar.slug() + "/v" + version + "+" + NationalCalendar.VERSION;
        Map<String, Object> record = record(calendar);
        record.put("version", label);
        record.put("day", day.id());
        record.put("firstDay", day.firstDay().toString());
        record.put("lastDay", day.lastDay().toString());
        record.put("kind", day.kind().name());
        if (day.authorityOnly()) {
            record.put("authorityOnly", true);
        }
        record.put("reason", day.reason());
        record.put("publication", day.publication());
        if (withdrawalReason != null) {
            record.put("withdrawalReason", withdrawalReason);
        }
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, type, SUBJECT, calendar.slug(), record);
        events.publishEvent(new CalendarChanged(calendar.slug(), label, day.firstDay(), day.lastDay()));
        // The institutions' calendars overlaying this one change with it (an entry only for the authority's own
        // procedures changes nothing there, and recomputing them then moves nothing).
        for (String overlay : store.overlaysOf(calendar.id())) {
            calendars.changed(overlay);
            events.publishEvent(new CalendarChanged(overlay, calendars.version(overlay), day.firstDay(),
                    day.lastDay()));
        }
    }

    private static Map<String, Object> record(GuarantorCalendar c) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("calendar", c.slug());
        record.put("name", c.name());
        record.put("guarantor", c.guarantorSlug());
        record.put("jurisdiction", c.jurisdictionSlug());
        return record;
    }

    private void requireEditor(GuarantorCalendar calendar) {
        policy.onCalendarOf(Actor.current(), calendar.baseSlug() == null ? calendar.guarantorSlug()
                : get(calendar.baseSlug()).guarantorSlug()).require(CalendarAction.CHANGE_DAYS);
    }

    /** The guarantor authority whose staff keep an institution's calendar: its own, or the one its calendar overlays. */
    private String authorityOf(Institution institution) {
        return institution.isGuarantor() ? institution.getSlug()
                : baseFor(institution).map(GuarantorCalendar::guarantorSlug).orElse(null);
    }

    private static String defaultName(Institution guarantor) {
        return "Calendario de días hábiles de " + (guarantor.getAcronym() == null ? guarantor.getName()
                : guarantor.getAcronym());
    }

    private static String actor() {
        return PublicActor.current().map(PublicActor::displayName).orElse(SystemActor.NAME);
    }

    private Instant now() {
        return today.now();
    }
}
