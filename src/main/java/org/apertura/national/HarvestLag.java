package org.apertura.national;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.apertura.platform.WatchedFigure;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The national node's harvest lag, for the monitoring ({@code apertura.national.harvest.lag}, issue 19): seconds since
 * the member heard from longest ago was last harvested well (a member never harvested well counts from the day it was
 * added). Zero with no members. Harvests run every {@code apertura.national.harvest-every} (15 minutes): a lag of
 * hours says a member is down or the job is not running; the member's page says which.
 */
@Component
class HarvestLag implements WatchedFigure {

    private final JdbcTemplate jdbc;
    private final Today today;

    HarvestLag(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public String name() {
        return "apertura.national.harvest.lag";
    }

    @Override
    public String description() {
        return "Seconds since the member heard from longest ago was last harvested well";
    }

    @Override
    public Map<String, String> tags() {
        return Map.of();
    }

    @Override
    public double value() {
        Timestamp oldest = jdbc.queryForObject("SELECT MIN(COALESCE(last_good_at, added_at)) FROM national_member",
                Timestamp.class);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), today.now()).toSeconds());
    }
}
