package org.apertura.deadlines;

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
 * administrator or the guarantor's staff ({@code GUARANTOR@JURISDICTION:{slug}} of the guarantor's jurisdiction);
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

    /** Guarantor institutions that have no calendar yet. */
    public List<Institution> guarantorsWithoutCalendar() {
        return jurisdictions.allInstitutions().stream().filter(Institution::isGuarantor)
                .filter(i -> store.slugOfGuarantor(i.getId()).isEmpty()).toList();
    }

    /** What the current person may do with the calendar of this guarantor institution, as CalendarPolicy says. */
    public Allowed<CalendarAction> allowedOn(Institution guarantor) {
        return policy.onCalendarOf(Actor.current(), guarantor.getJurisdiction().getSlug());
    }

    @Transactional
    public GuarantorCalendar create(CalendarDraft draft) {
        Institution guarantor = draft.guarantorSlug() == null || draft.guarantorSlug().isBlank() ? null
                : jurisdictions.allInstitutions().stream().filter(i -> i.getSlug().equals(draft.guarantorSlug()))
                        .findFirst().orElse(null);
        policy.onCalendarOf(Actor.current(), guarantor == null ? null : guarantor.getJurisdiction().getSlug())
                .require(CalendarAction.CREATE_CALENDAR);
        String slug = blank(draft.slug()) ? (guarantor == null ? null : guarantor.getSlug()) : draft.slug().strip();
        String name = blank(draft.name()) ? (guarantor == null ? null : defaultName(guarantor)) : draft.name().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (guarantor == null) {
            problems.add(new FieldProblem("guarantorSlug", "validation.required"));
        } else if (!guarantor.isGuarantor()) {
            problems.add(new FieldProblem("guarantorSlug", "calendars.error.notGuarantor"));
        } else if (store.slugOfGuarantor(guarantor.getId()).isPresent()) {
            problems.add(new FieldProblem("guarantorSlug", "calendars.error.hasCalendar"));
        }
        if (slug == null || !Slugs.isValid(slug) || slug.length() > 80) {
            problems.add(new FieldProblem("slug", "validation.slug"));
        } else if (BusinessCalendars.NATIONAL.equals(slug) || store.slugTaken(slug)) {
            problems.add(new FieldProblem("slug", "validation.slug.taken"));
        }
        if (name != null && name.length() > 250) {
            problems.add(new FieldProblem("name", "validation.required.max", 250));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            store.insertCalendar(slug, name, guarantor.getId(), guarantor.getJurisdiction().getId(), now());
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("guarantorSlug", "calendars.error.hasCalendar");
        }
        GuarantorCalendar created = get(slug);
        Map<String, Object> record = record(created);
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, "calendar.created", SUBJECT, slug, record);
        calendars.changed(slug);
        return created;
    }

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
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
        if (jurisdiction == null) {
            problems.add(new FieldProblem("jurisdictionSlug", "validation.required"));
        }
        RuleSet set = draft.ruleSetCode() == null ? null : rules.byCode(draft.ruleSetCode()).orElse(null);
        if (set == null) {
            problems.add(new FieldProblem("ruleSetCode", "calendars.error.unknownRuleSet"));
        }
        LocalDate from = CalendarDayDraft.date(draft.effectiveFrom(), "effectiveFrom", true, problems);
        if (jurisdiction != null && from != null && store.adoptionExists(jurisdiction.getId(), from)) {
            problems.add(new FieldProblem("effectiveFrom", "calendars.error.adoptionTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
        record.put("reason", day.reason());
        record.put("publication", day.publication());
        if (withdrawalReason != null) {
            record.put("withdrawalReason", withdrawalReason);
        }
        record.put("recordedBy", actor());
        ledger.append(LEDGER_MODULE, type, SUBJECT, calendar.slug(), record);
        events.publishEvent(new CalendarChanged(calendar.slug(), label, day.firstDay(), day.lastDay()));
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
        policy.onCalendarOf(Actor.current(), calendar.jurisdictionSlug()).require(CalendarAction.CHANGE_DAYS);
    }

    private static String defaultName(Institution guarantor) {
        return "Calendario de días hábiles de " + (guarantor.getAcronym() == null ? guarantor.getName()
                : guarantor.getAcronym());
    }

    private static String actor() {
        return PublicActor.current().map(PublicActor::displayName).orElse(SystemActor.NAME);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Instant now() {
        return today.now();
    }
}
