package org.apertura.deadlines;

/**
 * A guarantor body's business calendar as listed: its slug (the calendar's name in every API), its title,
 * the guarantor institution and its jurisdiction, and the current version number.
 */
public record GuarantorCalendar(long id, String slug, String name, String guarantorSlug, String guarantorName,
        String jurisdictionSlug, String jurisdictionName, int version) {

    /** The full version string recorded with deadlines, e.g. {@code idaip/v3+nacional/LFT-74/DOF-2024-09-30}. */
    public String versionLabel() {
        return slug + "/v" + version + "+" + NationalCalendar.VERSION;
    }
}
