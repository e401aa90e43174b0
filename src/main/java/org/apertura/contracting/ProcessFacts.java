package org.apertura.contracting;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What people search a process by, read from its compiled release: its words (title, descriptions, items, buyer,
 * suppliers; lower case, without accents), the furthest stage it reached, and its earliest date.
 */
record ProcessFacts(String searchText, ProcessStage stage, Instant firstDate) {

    /** Amounts are added up and compared in this currency only; amounts in others are shown, never summed. */
    static final String CURRENCY = "MXN";
    static final ZoneId ZONE = org.apertura.platform.time.Today.ZONE;
    private static final int MAX_TEXT = 20_000;

    static ProcessFacts of(JsonNode compiled) {
        Set<String> words = new LinkedHashSet<>();
        JsonNode tender = compiled.path("tender");
        add(words, compiled.path("ocid"));
        add(words, tender.path("title"));
        add(words, tender.path("description"));
        add(words, compiled.path("planning").path("rationale"));
        add(words, compiled.path("buyer").path("name"));
        items(words, tender.path("items"));
        for (JsonNode award : compiled.path("awards")) {
            add(words, award.path("title"));
            add(words, award.path("description"));
            items(words, award.path("items"));
            award.path("suppliers").forEach(s -> add(words, s.path("name")));
        }
        for (JsonNode contract : compiled.path("contracts")) {
            add(words, contract.path("title"));
            add(words, contract.path("description"));
            items(words, contract.path("items"));
        }
        String text = normalise(String.join(" ", words));
        return new ProcessFacts(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, stageOf(compiled),
                firstDate(compiled));
    }

    /** The furthest stage the compiled release shows. */
    static ProcessStage stageOf(JsonNode compiled) {
        for (JsonNode contract : compiled.path("contracts")) {
            JsonNode implementation = contract.path("implementation");
            if (implementation.path("transactions").size() > 0 || implementation.path("milestones").size() > 0
                    || "terminated".equals(contract.path("status").asString(null))) {
                return ProcessStage.IMPLEMENTATION;
            }
        }
        if (compiled.path("contracts").size() > 0) {
            return ProcessStage.CONTRACT;
        }
        if (compiled.path("awards").size() > 0) {
            return ProcessStage.AWARD;
        }
        JsonNode tender = compiled.path("tender");
        String status = tender.path("status").asString(null);
        if (tender.has("tenderPeriod") || tender.has("procurementMethod")
                || status != null && !status.equals("planning") && !status.equals("planned")) {
            return ProcessStage.TENDER;
        }
        return ProcessStage.PLANNING;
    }

    /** Lower case without accents or marks, so "Licitación" is found by "licitacion". */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static Instant firstDate(JsonNode compiled) {
        Instant first = null;
        for (JsonNode node : new JsonNode[] {compiled.path("tender").path("datePublished"),
                compiled.path("planning").path("budget").path("date"), compiled.path("date")}) {
            Instant date = instant(node.asString(null));
            if (date != null && (first == null || date.isBefore(first))) {
                first = date;
            }
        }
        return first;
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OcdsDate.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void items(Set<String> words, JsonNode items) {
        for (JsonNode item : items) {
            add(words, item.path("description"));
            add(words, item.path("classification").path("description"));
        }
    }

    private static void add(Set<String> words, JsonNode node) {
        String text = node.isString() ? node.asString() : null;
        if (text != null && !text.isBlank()) {
            words.add(text.strip());
        }
    }
}
