package org.apertura.opendata;

import java.util.Optional;
import org.apertura.platform.web.Labels;

/**
 * How often a dataset is updated (the Mexican guide's accrualPeriodicity*): its ISO 8601 repeating duration (DCAT-US /
 * data.json {@code accrualPeriodicity}), its EU Publications Office frequency (DCAT-AP {@code dct:accrualPeriodicity}
 * URI) and how many days may pass before the dataset counts as late ({@link #allowedDays()}, for completeness).
 */
@Labels("opendata.frequency")
public enum Frequency {
    CONTINUOUS("R/PT1S", "UPDATE_CONT", 2),
    DAILY("R/P1D", "DAILY", 2),
    WEEKLY("R/P1W", "WEEKLY", 8),
    MONTHLY("R/P1M", "MONTHLY", 35),
    QUARTERLY("R/P3M", "QUARTERLY", 100),
    SEMIANNUAL("R/P6M", "ANNUAL_2", 190),
    ANNUAL("R/P1Y", "ANNUAL", 380),
    IRREGULAR("irregular", "IRREG", -1),
    NEVER("irregular", "NEVER", -1);

    /** The base of the EU frequency authority table. */
    public static final String EU_BASE = "http://publications.europa.eu/resource/authority/frequency/";

    private final String iso8601;
    private final String euCode;
    private final int allowedDays;

    Frequency(String iso8601, String euCode, int allowedDays) {
        this.iso8601 = iso8601;
        this.euCode = euCode;
        this.allowedDays = allowedDays;
    }

    /** The ISO 8601 repeating duration (or {@code irregular}), as data.json writes it. */
    public String iso8601() {
        return iso8601;
    }

    /** The EU frequency code, e.g. {@code MONTHLY}. */
    public String euCode() {
        return euCode;
    }

    /** The EU frequency URI for DCAT-AP. */
    public String euUri() {
        return EU_BASE + euCode;
    }

    /** The days after its last update within which the dataset is on schedule; empty when there is no schedule. */
    public Optional<Integer> allowedDays() {
        return allowedDays < 0 ? Optional.empty() : Optional.of(allowedDays);
    }
}
