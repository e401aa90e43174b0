package org.apertura.contracting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apertura.contracting.Indicator;
import org.apertura.contracting.ProcessDetail;
import org.apertura.contracting.ProcessStage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * OCDS codes in words for the pages ({@code ${@contractingWords…}} in the templates): procurement methods by their
 * Mexican names, statuses, stages, release tags, document types and field names, from the contracting bundle in
 * the reader's language; amounts of money and dates as people write them; identifiers with their scheme in words
 * ("RFC XAXX010101000"), quantities with their units. A code without words (an extension's) is shown as the
 * publisher wrote it, never as a message key.
 */
@Component("contractingWords")
public class ContractingWords {

    private static final ZoneId ZONE = org.apertura.platform.time.Today.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LONG_DAY_ES = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
            org.apertura.platform.time.Today.LOCALE);
    private static final DateTimeFormatter LONG_DAY_EN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    /** Words of a unit after which nothing agrees with its noun: "mes de servicio" → "meses de servicio". */
    private static final Set<String> UNIT_PREPOSITIONS = Set.of("de", "del", "con", "sin", "por", "para", "en", "a",
            "al");
    /** Nouns that follow a unit's noun unchanged in the plural: "horas hombre", "horas máquina". */
    private static final Set<String> UNIT_APPOSITIVES = Set.of("hombre", "máquina", "persona", "mujer");
    /** One Spanish word of a unit, as a publisher would type it: "pieza", "Litro", "unidad"; not "kg" or "m2". */
    private static final Pattern UNIT_WORD = Pattern.compile("\\p{L}\\p{Ll}{2,}");

    private final MessageSource messages;
    /** The language of a file being written (a CSV's {@code ?idioma=}), else null: the request's. */
    private final Locale fixed;

    @org.springframework.beans.factory.annotation.Autowired
    ContractingWords(MessageSource messages) {
        this(messages, null);
    }

    private ContractingWords(MessageSource messages, Locale fixed) {
        this.messages = messages;
        this.fixed = fixed;
    }

    /** The same words in a given language (a CSV file's, which may differ from the page's). */
    public ContractingWords in(Locale locale) {
        return new ContractingWords(messages, locale);
    }

    private Locale locale() {
        return fixed != null ? fixed : LocaleContextHolder.getLocale();
    }

    private String word(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    /** A message with its arguments, in the page's language (why a filter was left out). */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, fixed != null ? fixed : LocaleContextHolder.getLocale());
    }

    /** Licitación pública, invitación a cuando menos tres personas, adjudicación directa… */
    public String method(String code) {
        return code == null ? word("contracting.method.none", "") : word("contracting.method." + code, code);
    }

    public String status(String code) {
        return code == null ? word("contracting.status.none", "") : word("contracting.status." + code, code);
    }

    public String awardStatus(String code) {
        return code == null ? word("contracting.status.none", "") : word("contracting.awardStatus." + code, code);
    }

    public String stage(String code) {
        return code == null ? "" : word("contracting.stage." + code, code);
    }

    public String stage(ProcessStage stage) {
        return stage == null ? "" : stage(stage.code());
    }

    public String category(String code) {
        return code == null ? "" : word("contracting.category." + code, code);
    }

    public String documentType(String code) {
        return code == null ? word("contracting.documentType.none", "") : word("contracting.documentType." + code,
                word("contracting.documentType.other", code));
    }

    /** A release's tags in words, joined. */
    public String tags(List<String> tags) {
        return String.join(", ", tags.stream().map(t -> word("contracting.tag." + t, t)).toList());
    }

    public String tags(String commaSeparated) {
        return tags(List.of(commaSeparated.split(",")));
    }

    public String flagTitle(Indicator indicator) {
        return word(indicator.titleKey(), "");
    }

    public String flagExplanation(Indicator indicator) {
        return word(indicator.explanationKey(), "");
    }

    /** What a flag is about: a process, a buyer, a procuring entity or a supplier. */
    /** What a row of the figures CSV groups by: procedimiento, año, proveedor. */
    public String figureTable(String table) {
        return word("contracting.figureTable." + table, table);
    }

    public String flagSubject(String kind) {
        return word("contracting.flagSubject." + kind, kind);
    }

    /** An amount of money: "$1,234.50" in pesos, "1,234.50 USD" in another currency; a dash when unknown. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        return currency == null || currency.equals("MXN") ? "$" + number : number + " " + currency;
    }

    public String money(ProcessDetail.Money money) {
        return money == null ? "—" : money(money.amount(), money.currency());
    }

    /** Pesos without cents, for figures: "$1,234,567". */
    public String pesos(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A part of a whole in percent, one decimal: "12.5 %"; a dash when the whole is nothing. */
    public String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "—";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE));
    }

    /** A day written out: "3 de marzo de 2026", "March 3, 2026". */
    public String longDate(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean english = locale().getLanguage().equals("en");
        return (english ? LONG_DAY_EN : LONG_DAY_ES).format(instant.atZone(ZONE));
    }

    /** What a release of the history is, in words: its tags and its day, "Adjudicación, 3 de marzo de 2026". */
    public String release(ProcessDetail.ReleaseChanges release) {
        String what = tags(release.tags().isEmpty() ? List.of("update") : release.tags());
        return release.date() == null ? what : what + ", " + longDate(release.date());
    }

    /** A field's path in words: "Licitación › Valor › Monto", an element of a list by its name, title or date. */
    public String path(List<String> path) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            String part = path.get(i);
            if (part.startsWith("#" + ProcessDetail.DATED)) {
                words.append(" «").append(isoDate(part.substring(1 + ProcessDetail.DATED.length()))).append('»');
                continue;
            }
            if (part.startsWith("#")) {
                words.append(" «").append(part.substring(1)).append('»');
                continue;
            }
            if (!words.isEmpty()) {
                words.append(" › ");
            }
            String key = i == 0 ? "contracting.ocdsField.top." + part : "contracting.ocdsField." + part;
            words.append(word(key, word("contracting.ocdsField." + part, part)));
        }
        return words.toString();
    }

    /** An identifier's or a classification's scheme in words: "RFC", "CURP", "Clasificador por objeto del gasto". */
    public String scheme(String code) {
        return code == null ? "" : word("contracting.scheme." + code, code);
    }

    /**
     * An identifier or a classification key with its scheme in words: "RFC XAXX010101000"; a scheme whose bundle
     * has a {@code .named} pattern writes it its way (an institution of this directory: its name, see
     * {@link ProcessDetail#INSTITUTION_SCHEME}).
     */
    public String identifier(String scheme, String id) {
        if (id == null) {
            return scheme(scheme);
        }
        if (scheme == null) {
            return id;
        }
        String named = messages.getMessage("contracting.scheme." + scheme + ".named", new Object[] {id}, null,
                locale());
        return named != null ? named : scheme(scheme) + " " + id;
    }

    /**
     * A classification (or an identifier) by its description, its key said once: "Vestuario y uniformes (Partida
     * del clasificador por objeto del gasto 27101)"; a description that already holds the key gets only the scheme.
     */
    public String described(String description, String scheme, String id) {
        if (description == null || description.isBlank()) {
            return id == null ? "—" : identifier(scheme, id);
        }
        String text = description.strip();
        if (id == null || id.isBlank()) {
            return text;
        }
        if (text.contains(id)) {
            return scheme == null ? text : text + " (" + scheme(scheme) + ")";
        }
        return text + " (" + identifier(scheme, id) + ")";
    }

    /** An item's classification: its description with its key once, else its key with the scheme in words. */
    public String classification(ProcessDetail.Item item) {
        return described(item.classification(), item.classificationScheme(), item.classificationId());
    }

    /**
     * A quantity with its unit as people read it: "1 pieza", "400 piezas", "12 meses". The unit is the publisher's
     * own text; in Spanish (the release's language, or none given) a unit whose plural is regular is put in the
     * plural: its first word (the noun) and the words that agree with it up to a preposition ("2 metros cuadrados",
     * "3 meses de servicio", "4 horas hombre"); any other is shown apart, "400 (unidad: kg)", never mangled.
     */
    public String quantity(BigDecimal quantity, String unit, String language) {
        String number = quantity == null ? "—" : quantity.stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        String name = unit.strip();
        if (quantity != null && quantity.compareTo(BigDecimal.ONE) == 0) {
            return number + " " + name;
        }
        String plural = quantity != null && (language == null || language.isBlank() || language.startsWith("es"))
                ? spanishUnitPlural(name) : null;
        return plural != null ? number + " " + plural : message("contracting.item.quantityOf", number, name);
    }

    /**
     * The regular Spanish plural of a unit of one or more words: the first word (the noun) and each word after it
     * up to a preposition (adjectives agree: "metro cuadrado" → "metros cuadrados"), except a noun in apposition
     * ("hora hombre" → "horas hombre"); the rest as it is. Null when any of those words has no sure plural.
     */
    static String spanishUnitPlural(String unit) {
        String[] words = unit.strip().split("\\s+");
        String first = spanishPlural(words[0]);
        if (first == null) {
            return null;
        }
        StringBuilder plural = new StringBuilder(first);
        boolean agrees = true;
        for (int i = 1; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            agrees &= !UNIT_PREPOSITIONS.contains(lower);
            String shown = words[i];
            if (agrees && !UNIT_APPOSITIVES.contains(lower)) {
                shown = spanishPlural(words[i]);
                if (shown == null) {
                    return null;
                }
            }
            plural.append(' ').append(shown);
        }
        return plural.toString();
    }

    /** The regular Spanish plural of one word, or null when it is not sure (abbreviations, plurals already). */
    static String spanishPlural(String word) {
        if (!UNIT_WORD.matcher(word).matches()) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int end = word.length() - 1;
        char last = lower.charAt(end);
        boolean accented = lower.chars().anyMatch(c -> "áéíóú".indexOf(c) >= 0);
        if ("aeo".indexOf(last) >= 0) {
            return word + "s";
        }
        if (lower.endsWith("ón") && lower.indexOf('ó') == end - 1) {
            return word.substring(0, end - 1) + "ones"; // galón → galones
        }
        if (accented) {
            return null;
        }
        if ("dlrj".indexOf(last) >= 0 || lower.equals("mes")) {
            return word + "es"; // unidad → unidades, par → pares, mes → meses
        }
        if (last == 'z') {
            return word.substring(0, end) + "ces";
        }
        return null;
    }

    /** A line of the history: a field (its path in words) and its value in words. */
    public record Line(String field, String value) {
    }

    /**
     * What a release added, a line per thing people read as one: an identifier or a classification with its
     * scheme ("Identificador: RFC XAXX010101000"), an amount with its currency, a quantity with its unit, a period
     * from its start to its end; every other field on its own line.
     */
    public List<Line> lines(List<ProcessDetail.Change> changes, String language) {
        Map<List<String>, Map<String, ProcessDetail.Change>> groups = new LinkedHashMap<>();
        for (ProcessDetail.Change change : changes) {
            List<String> path = change.path();
            if (!path.isEmpty()) {
                groups.computeIfAbsent(path.subList(0, path.size() - 1), k -> new LinkedHashMap<>())
                        .put(path.get(path.size() - 1), change);
            }
        }
        Set<ProcessDetail.Change> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<ProcessDetail.Change, Line> joined = new IdentityHashMap<>();
        groups.forEach((parent, fields) -> {
            if (parent.isEmpty()) {
                return;
            }
            ProcessDetail.Change scheme = fields.get("scheme");
            // an identifier's or a classification's id; a related process's identifier (its ocid)
            ProcessDetail.Change id = fields.containsKey("id") ? fields.get("id") : fields.get("identifier");
            if (scheme != null && id != null) {
                ProcessDetail.Change description = fields.get("description");
                String described = description == null ? null : text(description.after());
                String value = described(described, text(scheme.after()), text(id.after()));
                if (described != null && !described.isBlank()) {
                    done.add(description);
                }
                join(joined, done, new Line(path(parent), value), scheme, id);
            }
            ProcessDetail.Change amount = fields.get("amount");
            if (amount != null && amount.after().isNumber()) {
                ProcessDetail.Change currency = fields.get("currency");
                join(joined, done, new Line(path(parent), money(amount.after().decimalValue(),
                        currency == null ? null : text(currency.after()))), amount, currency);
            }
            ProcessDetail.Change quantity = fields.get("quantity");
            Map<String, ProcessDetail.Change> unit = groups.get(child(parent, "unit"));
            ProcessDetail.Change unitName = unit == null ? null : unit.get("name");
            if (quantity != null && quantity.after().isNumber()) {
                join(joined, done, new Line(path(quantity.path()), quantity(quantity.after().decimalValue(),
                        unitName == null ? null : text(unitName.after()), language)), quantity, unitName);
            }
            ProcessDetail.Change start = fields.get("startDate");
            ProcessDetail.Change end = fields.get("endDate");
            if (start != null && end != null) {
                join(joined, done, new Line(path(parent), message("contracting.process.period",
                        value(start, start.after()), value(end, end.after()))), start, end);
            }
        });
        List<Line> lines = new ArrayList<>();
        for (ProcessDetail.Change change : changes) {
            Line line = joined.get(change);
            if (line != null) {
                lines.add(line);
            } else if (!done.contains(change)) {
                lines.add(new Line(path(change.path()), value(change, change.after())));
            }
        }
        return lines;
    }

    /** Several changes shown as one line, in the place of the first of them. */
    private static void join(Map<ProcessDetail.Change, Line> joined, Set<ProcessDetail.Change> done, Line line,
            ProcessDetail.Change... changes) {
        boolean first = true;
        for (ProcessDetail.Change change : changes) {
            if (change != null && done.add(change) && first) {
                joined.put(change, line);
                first = false;
            }
        }
    }

    private static List<String> child(List<String> parent, String name) {
        List<String> path = new ArrayList<>(parent);
        path.add(name);
        return path;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    /** The name of the object or list a field belongs to: {@code awards} for an award's status. */
    private static String owner(List<String> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            if (!path.get(i).startsWith("#")) {
                return path.get(i);
            }
        }
        return "";
    }

    /** An OCDS date-time as a day people read ("01/02/2025"); any other text as it is. */
    private String isoDate(String text) {
        if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return date(java.time.OffsetDateTime.parse(text).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    /** A value in words: codes translated where the field is a codelist, dates and amounts as people write them. */
    public String value(ProcessDetail.Change change, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        String field = change.field();
        if (value.isString()) {
            String text = value.asString();
            if (field.equals("status")) {
                return switch (owner(change.path())) {
                    case "tender" -> status(text);
                    case "awards" -> awardStatus(text);
                    case "contracts" -> word("contracting.contractStatus." + text, text);
                    case "details" -> word("contracting.bidStatus." + text, text);
                    default -> word("contracting.code." + text, text);
                };
            }
            if (field.equals("procurementMethod")) {
                return method(text);
            }
            if (field.equals("mainProcurementCategory")) {
                return category(text);
            }
            if (field.equals("documentType")) {
                return documentType(text);
            }
            if (field.equals("scheme")) {
                return scheme(text);
            }
            if (field.equals("currency")) {
                return word("contracting.currency." + text, text);
            }
            if (field.equals("format")) {
                return word("contracting.format." + text, text);
            }
            if (field.equals("initiationType") || field.equals("language") || field.equals("awardCriteria")) {
                return word("contracting.code." + field + "." + text, text);
            }
            return isoDate(text);
        }
        if (value.isNumber()) {
            return field.equals("amount") ? money(value.decimalValue(), null)
                    : value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isBoolean()) {
            return word("contracting.value." + value.asBoolean(), String.valueOf(value.asBoolean()));
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(!v.isValueNode() ? named(v) : field.equals("roles")
                    ? word("contracting.code.role." + v.asString(), v.asString())
                    : field.equals("submissionMethod") ? word("contracting.code.submissionMethod." + v.asString(),
                            v.asString()) : v.asString()));
            return String.join(", ", parts);
        }
        return named(value);
    }

    /** An object of a value (an organization in a list of suppliers…) by its name, title or description. */
    private static String named(JsonNode object) {
        for (String field : new String[] {"name", "title", "description"}) {
            String name = text(object.path(field));
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return object.toString();
    }
}
