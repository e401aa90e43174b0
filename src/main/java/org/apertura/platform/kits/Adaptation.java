package org.apertura.platform.kits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an imported commitment came from: the attribution of the kit it was adapted from (docs/KITS.md), which its
 * licence asks to keep visible ("Adaptado de: Durango, DGO-02, 2025") and which the public record carries so the
 * origin's country can see where its commitment was reused (issue 18).
 *
 * @param url the origin's public page of the commitment (http or https, as the kit's schema requires)
 */
public record Adaptation(String institution, String exercise, String code, LocalDate date, String url,
        ContentLicence licence) {

    /** The attribution a kit's manifest carries (checked by KitReader), as an adaptation of it keeps it. */
    public static Adaptation of(KitOrigin origin) {
        return new Adaptation(origin.institution(), origin.exercise(), origin.code(), origin.date(), origin.url(),
                ContentLicence.byId(origin.licenceId()));
    }

    /** As the ledger and the API publish it. */
    public Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institution);
        record.put("exercise", exercise);
        record.put("code", code);
        record.put("date", date == null ? null : date.toString());
        record.put("url", url);
        record.put("licence", licence.id());
        return record;
    }

    /** The year of the origin's kit, for "Adaptado de: Durango, DGO-02, 2025". */
    public Integer year() {
        return date == null ? null : date.getYear();
    }
}
