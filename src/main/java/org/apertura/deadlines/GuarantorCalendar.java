package org.apertura.deadlines;

import java.time.LocalTime;

/**
 * A business calendar as listed: its slug (the calendar's name in every API), its title, the institution whose
 * calendar it is (a guarantor authority's, or an institution's own overlaying its authority's: {@code baseSlug})
 * and its jurisdiction, the current version number, and the after-hours cut-off of online filings with where it
 * was published (both null when the whole day counts).
 */
public record GuarantorCalendar(long id, String slug, String name, String guarantorSlug, String guarantorName,
        String jurisdictionSlug, String jurisdictionName, int version, String baseSlug, LocalTime cutoff,
        String cutoffPublication) {

    /** The full version string of a guarantor's own calendar, e.g. {@code idaip/v3+nacional/LFT-74/DOF-2024-09-30}. */
    public String versionLabel() {
        return slug + "/v" + version + "+" + NationalCalendar.VERSION;
    }

    /** Whether this is an institution's calendar overlaying its guarantor authority's. */
    public boolean overlay() {
        return baseSlug != null;
    }
}
