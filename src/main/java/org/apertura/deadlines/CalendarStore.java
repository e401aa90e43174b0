package org.apertura.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Plain SQL over {@code business_calendar}, {@code calendar_day} and {@code jurisdiction_rule_set}. */
@Component
class CalendarStore {

    private static final String CALENDAR = "select c.id, c.slug, c.name, i.slug as guarantor_slug, "
            + "i.name as guarantor_name, j.slug as jurisdiction_slug, j.name as jurisdiction_name, c.current_version, "
            + "b.slug as base_slug, c.cutoff_time, c.cutoff_publication "
            + "from business_calendar c join institution i on i.id = c.guarantor_institution_id "
            + "join jurisdiction j on j.id = c.jurisdiction_id "
            + "left join business_calendar b on b.id = c.base_calendar_id ";

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GuarantorCalendar> all() {
        return jdbc.sql(CALENDAR + "order by j.name, c.name").query(CalendarStore::calendar).list();
    }

    Optional<GuarantorCalendar> find(String slug) {
        return jdbc.sql(CALENDAR + "where c.slug = ?").param(slug).query(CalendarStore::calendar).optional();
    }

    Optional<Integer> currentVersion(String slug) {
        return jdbc.sql("select current_version from business_calendar where slug = ?").param(slug)
                .query(Integer.class).optional();
    }

    Optional<String> slugOfGuarantor(long institutionId) {
        return jdbc.sql("select slug from business_calendar where guarantor_institution_id = ?").param(institutionId)
                .query(String.class).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from business_calendar where slug = ?").param(slug).query(Long.class)
                .single() > 0;
    }

    long insertCalendar(String slug, String name, long institutionId, long jurisdictionId, Long baseId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into business_calendar (slug, name, guarantor_institution_id, jurisdiction_id, "
                        + "base_calendar_id, current_version, created_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)")
                .params(slug, name, institutionId, jurisdictionId, baseId, utc(now), utc(now)).update(key, "id");
        return key.getKey().longValue();
    }

    /** The institution calendars overlaying a calendar (their slugs). */
    List<String> overlaysOf(long baseId) {
        return jdbc.sql("select slug from business_calendar where base_calendar_id = ? order by slug").param(baseId)
                .query(String.class).list();
    }

    /** An institution's calendar now overlays another base (its guarantor authority changed). */
    void setBase(long calendarId, long baseId) {
        jdbc.sql("update business_calendar set base_calendar_id = ? where id = ?").params(baseId, calendarId).update();
    }

    void setCutoff(long calendarId, LocalTime cutoff, String publication) {
        jdbc.sql("update business_calendar set cutoff_time = ?, cutoff_publication = ? where id = ?")
                .params(cutoff, publication, calendarId).update();
    }

    /** The time zone a jurisdiction set, if any. */
    Optional<String> timeZoneOf(long jurisdictionId) {
        return jdbc.sql("select time_zone from jurisdiction_time_zone where jurisdiction_id = ?")
                .param(jurisdictionId).query(String.class).optional();
    }

    void setTimeZone(long jurisdictionId, String zone, Instant now, String by) {
        int updated = jdbc.sql("update jurisdiction_time_zone set time_zone = ?, recorded_at = ?, recorded_by = ? "
                        + "where jurisdiction_id = ?").params(zone, utc(now), by, jurisdictionId).update();
        if (updated == 0) {
            jdbc.sql("insert into jurisdiction_time_zone (jurisdiction_id, time_zone, recorded_at, recorded_by) "
                    + "values (?, ?, ?, ?)").params(jurisdictionId, zone, utc(now), by).update();
        }
    }

    /** Locks the calendar's row for the rest of the transaction and returns its next version, now current. */
    int nextVersion(long calendarId, Instant now) {
        int current = jdbc.sql("select current_version from business_calendar where id = ? for update")
                .param(calendarId).query(Integer.class).single();
        jdbc.sql("update business_calendar set current_version = ?, updated_at = ? where id = ?")
                .params(current + 1, utc(now), calendarId).update();
        return current + 1;
    }

    List<CalendarDay> days(long calendarId) {
        return jdbc.sql("select * from calendar_day where calendar_id = ? order by first_day, id").param(calendarId)
                .query(CalendarStore::day).list();
    }

    Optional<CalendarDay> day(long calendarId, long dayId) {
        return jdbc.sql("select * from calendar_day where calendar_id = ? and id = ?").params(calendarId, dayId)
                .query(CalendarStore::day).optional();
    }

    long insertDay(long calendarId, BusinessCalendar.Closure c, int version, Instant now, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into calendar_day (calendar_id, first_day, last_day, kind, reason, publication, "
                        + "authority_only, added_in_version, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(calendarId, c.firstDay(), c.lastDay(), c.kind().name(), c.reason(), c.publication(),
                        c.authorityOnly(), version, utc(now), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void withdraw(long dayId, int version, String reason, Instant now, String by) {
        jdbc.sql("update calendar_day set withdrawn_in_version = ?, withdrawal_reason = ?, withdrawn_at = ?, "
                        + "withdrawn_by = ? where id = ? and withdrawn_in_version is null")
                .params(version, reason, utc(now), by, dayId).update();
    }

    // Rule-set adoptions

    /** The code of the newest rule set the jurisdiction adopted effective on or before the day. */
    Optional<String> adoptedBy(long jurisdictionId, LocalDate day) {
        return jdbc.sql("select rule_set_code from jurisdiction_rule_set where jurisdiction_id = ? "
                        + "and effective_from <= ? order by effective_from desc limit 1")
                .params(jurisdictionId, day).query(String.class).optional();
    }

    /** The state of a municipality (its parent), or empty for a state or the federation. */
    Optional<Long> stateOfMunicipality(long jurisdictionId) {
        return jdbc.sql("select parent_id from jurisdiction where id = ? and level = 'MUNICIPALITY'")
                .param(jurisdictionId).query(Long.class).optional();
    }

    boolean adoptionExists(long jurisdictionId, LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from jurisdiction_rule_set where jurisdiction_id = ? and effective_from = ?")
                .params(jurisdictionId, effectiveFrom).query(Long.class).single() > 0;
    }

    void insertAdoption(long jurisdictionId, String code, LocalDate effectiveFrom, Instant now, String by) {
        jdbc.sql("insert into jurisdiction_rule_set (jurisdiction_id, rule_set_code, effective_from, recorded_at, "
                        + "recorded_by) values (?, ?, ?, ?, ?)")
                .params(jurisdictionId, code, effectiveFrom, utc(now), by).update();
    }

    List<RuleSetAdoption> adoptions() {
        return jdbc.sql("select j.slug, j.name, a.rule_set_code, a.effective_from, a.recorded_at, a.recorded_by "
                        + "from jurisdiction_rule_set a join jurisdiction j on j.id = a.jurisdiction_id "
                        + "order by j.name, a.effective_from")
                .query((rs, n) -> new RuleSetAdoption(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), instant(rs, "recorded_at"), rs.getString(6)))
                .list();
    }

    private static GuarantorCalendar calendar(ResultSet rs, int row) throws SQLException {
        return new GuarantorCalendar(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("guarantor_slug"), rs.getString("guarantor_name"), rs.getString("jurisdiction_slug"),
                rs.getString("jurisdiction_name"), rs.getInt("current_version"), rs.getString("base_slug"),
                rs.getObject("cutoff_time", LocalTime.class), rs.getString("cutoff_publication"));
    }

    private static CalendarDay day(ResultSet rs, int row) throws SQLException {
        int withdrawnIn = rs.getInt("withdrawn_in_version");
        Integer withdrawn = rs.wasNull() ? null : withdrawnIn;
        return new CalendarDay(rs.getLong("id"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), BusinessCalendar.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"), rs.getString("publication"), rs.getBoolean("authority_only"),
                rs.getInt("added_in_version"),
                withdrawn, rs.getString("withdrawal_reason"), instant(rs, "recorded_at"),
                rs.getString("recorded_by"), instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
