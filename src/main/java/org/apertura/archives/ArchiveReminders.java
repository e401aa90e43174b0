package org.apertura.archives;

import org.apertura.platform.RemindersDue;
import org.apertura.platform.Claims;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apertura.identity.AccountService;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.mail.MailOutbox;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, each institution's archivists (ARCHIVIST and COORDINATING_ARCHIVIST) are e-mailed, through the
 * outbox, what comes due within {@link #AHEAD_DAYS} days and they were not told yet: files whose vigencia in trámite
 * ends (their primary transfer, LGA art. 30), files in concentración whose vigencias both end (their destino final,
 * art. 31), and holds placed by hand whose yearly review comes. One e-mail per institution lists them; a row per item in
 * {@code archives_reminder} claims each in the transaction that queues the e-mail, so with several nodes exactly one
 * sends it (the other's claims collide and it sends nothing); an item whose date moves gets its own reminder.
 * The área coordinadora (COORDINATING_ARCHIVIST, which drafts the programme, LGA art. 27-28 per the research notes) is
 * e-mailed apart, the same way, when a date of the programa anual de desarrollo archivístico comes within those days:
 * the PADA of the year not yet published by the 30th day of January (art. 23) and the report of last year's PADA not
 * yet published by the last day of January (art. 26).
 */
@Component
public class ArchiveReminders extends RemindersDue {

    /** How many days before the date the archivists are told. */
    static final int AHEAD_DAYS = 30;
    /** How many items an e-mail lists; the desk shows the rest. */
    static final int LISTED = 50;
    private static final Logger log = LoggerFactory.getLogger(ArchiveReminders.class);

    private final Instruments instruments;
    private final PadaRepository padas;
    private final AccountService accounts;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String baseUrl;
    private final Today today;

    ArchiveReminders(Instruments instruments, PadaRepository padas, AccountService accounts, MailOutbox mail, MessageSource messages,
            JdbcTemplate jdbc, TransactionTemplate transactions, PublicUrl publicUrl, Today today) {
        super("archives");
        this.instruments = instruments;
        this.padas = padas;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.baseUrl = publicUrl.base();
        this.today = today;
    }

    @Scheduled(cron = "${apertura.archives.reminders.cron:0 30 8 * * *}", zone = org.apertura.platform.time.Today.ZONE_ID)
    void daily() {
        int sent = remind();
        if (sent > 0) {
            log.info("Archives: {} reminders queued", sent);
        }
    }

    /** One thing to remind of: its kind, the file or hold, the day it comes due, and the file's reference. */
    record Item(String kind, long subjectId, LocalDate dueOn, String reference) {
    }

    /** Queues today's reminders of every institution; returns how many items were reminded of. */
    public int remind() {
        LocalDate horizon = today.date().plusDays(AHEAD_DAYS);
        int sent = 0;
        for (Instrument inForce : instruments.allInForce()) {
            String slug = inForce.getInstitutionSlug();
            List<String> coordinators = accounts.emailsOf(Role.COORDINATING_ARCHIVIST, slug);
            List<Item> programme = programme(inForce, horizon);
            if (!coordinators.isEmpty() && !programme.isEmpty()
                    && claimAndQueue(slug, coordinators, programme, "archives.reminder.programme")) {
                sent += programme.size();
            }
            List<String> to = new ArrayList<>(accounts.emailsOf(Role.ARCHIVIST, slug));
            accounts.emailsOf(Role.COORDINATING_ARCHIVIST, slug).stream().filter(e -> !to.contains(e))
                    .forEach(to::add);
            if (to.isEmpty()) {
                continue;
            }
            List<Item> items = due(slug, horizon);
            if (!items.isEmpty() && claimAndQueue(slug, to, items, "archives.reminder")) {
                sent += items.size();
            }
        }
        return sent;
    }

    /**
     * How many dates within the horizon were not reminded of yet, across every institution: what the next run would
     * send (or could not, for want of an archivist to tell). For the monitoring ({@code apertura.reminders.due}).
     */
    public long dueUnsent() {
        LocalDate horizon = today.date().plusDays(AHEAD_DAYS);
        long due = 0;
        for (Instrument inForce : instruments.allInForce()) {
            due += programme(inForce, horizon).size() + due(inForce.getInstitutionSlug(), horizon).size();
        }
        return due;
    }

    @Override
    protected long dueNow() {
        return dueUnsent();
    }

    private List<Item> due(String slug, LocalDate horizon) {
        List<Item> items = new ArrayList<>();
        items.addAll(jdbc.query("""
                SELECT f.id, f.transfer_due_on, f.reference FROM archives_file f
                 WHERE f.institution_slug = ? AND f.stage = 'TRAMITE' AND f.transfer_due_on <= ?
                   AND NOT EXISTS (SELECT 1 FROM archives_reminder r WHERE r.kind = 'TRANSFER_DUE'
                                   AND r.subject_id = f.id AND r.due_on = f.transfer_due_on)
                 ORDER BY f.transfer_due_on, f.id""",
                (rs, n) -> new Item("TRANSFER_DUE", rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                slug, Date.valueOf(horizon)));
        items.addAll(jdbc.query("""
                SELECT f.id, f.disposal_due_on, f.reference FROM archives_file f
                 WHERE f.institution_slug = ? AND f.stage = 'CONCENTRACION' AND f.disposal_due_on <= ?
                   AND NOT EXISTS (SELECT 1 FROM archives_reminder r WHERE r.kind = 'DISPOSAL_DUE'
                                   AND r.subject_id = f.id AND r.due_on = f.disposal_due_on)
                 ORDER BY f.disposal_due_on, f.id""",
                (rs, n) -> new Item("DISPOSAL_DUE", rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                slug, Date.valueOf(horizon)));
        items.addAll(jdbc.query("""
                SELECT h.id, h.review_on, f.reference FROM archives_hold h JOIN archives_file f ON f.id = h.file_id
                 WHERE f.institution_slug = ? AND h.lifted_on IS NULL AND h.review_on <= ?
                   AND NOT EXISTS (SELECT 1 FROM archives_reminder r WHERE r.kind = 'HOLD_REVIEW'
                                   AND r.subject_id = h.id AND r.due_on = h.review_on)
                 ORDER BY h.review_on, h.id""",
                (rs, n) -> new Item("HOLD_REVIEW", rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3)),
                slug, Date.valueOf(horizon)));
        return items;
    }

    /**
     * The programme's dates that come within the horizon and were not reminded of: this year's (or next year's) PADA
     * not published, last year's report not published. Reminded before the date only; a date past is the desk's.
     */
    private List<Item> programme(Instrument inForce, LocalDate horizon) {
        String slug = inForce.getInstitutionSlug();
        LocalDate from = today.date();
        List<Item> items = new ArrayList<>();
        for (int year = from.getYear(); year <= horizon.getYear(); year++) {
            java.util.Optional<Pada> pada = padas.findByInstitutionSlugAndPlanYear(slug, year);
            LocalDate publishBy = pada.map(Pada::getPublishBy)
                    .orElse(LocalDate.of(year, java.time.Month.JANUARY, Pada.PUBLISH_WITHIN_DAYS));
            if (within(publishBy, from, horizon) && pada.map(p -> !p.isPublished()).orElse(true)) {
                // a PADA not drafted yet has no row: the institution's instruments in force stand for it
                items.add(new Item("PADA_DUE", inForce.getId(), publishBy, String.valueOf(year)));
            }
            pada = padas.findByInstitutionSlugAndPlanYear(slug, year - 1);
            if (pada.isPresent() && pada.get().isPublished() && !pada.get().isReportPublished()
                    && within(pada.get().getReportBy(), from, horizon)) {
                items.add(new Item("PADA_REPORT_DUE", pada.get().getId(), pada.get().getReportBy(),
                        String.valueOf(year - 1)));
            }
        }
        return items.stream().filter(item -> jdbc.queryForObject("SELECT COUNT(*) FROM archives_reminder WHERE kind = ?"
                + " AND subject_id = ? AND due_on = ?", Integer.class, item.kind(), item.subjectId(),
                Date.valueOf(item.dueOn())) == 0).toList();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate horizon) {
        return !day.isBefore(from) && !day.isAfter(horizon);
    }

    private boolean claimAndQueue(String slug, List<String> to, List<Item> items, String prefix) {
        return Claims.once(transactions, () -> {
            Timestamp now = Timestamp.from(today.now());
            jdbc.batchUpdate("INSERT INTO archives_reminder (kind, subject_id, due_on, sent_at) VALUES (?, ?, ?, ?)",
                    items, 500, (ps, item) -> {
                        ps.setString(1, item.kind());
                        ps.setLong(2, item.subjectId());
                        ps.setDate(3, Date.valueOf(item.dueOn()));
                        ps.setTimestamp(4, now);
                    });
            String subject = words(prefix + ".subject", items.size());
            String body = body(slug, items, prefix);
            to.forEach(address -> mail.enqueue(address, subject, body));
            return true;
        });
    }

    private String body(String slug, List<Item> items, String prefix) {
        StringBuilder text = new StringBuilder(words(prefix + ".intro", AHEAD_DAYS)).append("\n\n");
        int listed = 0;
        for (Item item : items) {
            if (listed++ == LISTED) {
                text.append(words("archives.reminder.more", items.size() - LISTED)).append('\n');
                break;
            }
            text.append("- ").append(words("archives.reminder." + item.kind(), item.reference(),
                    today.date(item.dueOn()))).append('\n');
        }
        return text.append('\n').append(words("archives.reminder.desk", baseUrl + "/archivos/" + slug + "/gestion"))
                .toString();
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, Today.LOCALE);
    }
}
