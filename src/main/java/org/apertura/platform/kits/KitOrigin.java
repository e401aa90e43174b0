package org.apertura.platform.kits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.platform.Texts;
import tools.jackson.databind.JsonNode;

/**
 * Where a kit came from, as its manifest attributes it (docs/KITS.md): institution, exercise, code, date, the origin's
 * public address and the licence id. What every adaptation keeps visible ("Adaptado de: Durango, DGO-02, 2025") and
 * what the adopter's ledger publishes as {@code adaptedFrom}, so the origin and the national node can see the reuse.
 * Built only from a manifest that passed {@link KitReader}; texts longer than their columns refuse the kit.
 */
public record KitOrigin(String institution, String exercise, String code, LocalDate date, String url,
        String licenceId) {

    static KitOrigin of(JsonNode manifest) {
        JsonNode a = manifest.path("attribution");
        LocalDate date;
        try {
            date = LocalDate.parse(a.path("date").asString(""));
        } catch (DateTimeParseException e) {
            throw KitReader.refused("kit.error.schema", "attribution.date");
        }
        String code = a.path("code").isString() ? Texts.blankToNull(a.path("code").asString()) : null;
        KitOrigin origin = new KitOrigin(a.path("institution").asString(), a.path("exercise").asString(), code, date,
                a.path("url").asString(), manifest.path("licence").path("id").asString());
        if (origin.institution().length() > 300 || origin.exercise().length() > 300
                || code != null && code.length() > 40 || origin.url().length() > 1000) {
            throw KitReader.refused("kit.error.text", "attribution");
        }
        return origin;
    }

    /** As the ledger and the API publish it ({@code adaptedFrom}). */
    public Map<String, Object> publicRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("institution", institution);
        record.put("exercise", exercise);
        record.put("code", code);
        record.put("date", date == null ? null : date.toString());
        record.put("url", url);
        record.put("licence", licenceId);
        return record;
    }
}
