package org.apertura.contracting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * the reader's language; amounts of money and dates as people write them. A code without words (an extension's)
 * is shown as the publisher wrote it, never as a message key.
 */
@Component("contractingWords")
public class ContractingWords {

    private static final ZoneId ZONE = org.apertura.platform.time.Today.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    private String word(String key, String fallback) {
        return messages.getMessage(key, null, fallback, fixed != null ? fixed : LocaleContextHolder.getLocale());
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

    /** A field's path in words: "Licitación › Valor › Monto", an element of a list named by its id. */
    public String path(List<String> path) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            String part = path.get(i);
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

    /** A value in words: codes translated where the field is a codelist, dates and amounts as people write them. */
    public String value(ProcessDetail.Change change, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        String field = change.field();
        if (value.isString()) {
            String text = value.asString();
            if (field.equals("status")) {
                String parent = change.path().isEmpty() ? "" : change.path().get(0);
                return switch (parent) {
                    case "tender" -> status(text);
                    case "awards" -> awardStatus(text);
                    case "contracts" -> word("contracting.contractStatus." + text, text);
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
            if (field.equals("initiationType") || field.equals("language") || field.equals("awardCriteria")) {
                return word("contracting.code." + field + "." + text, text);
            }
            if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
                try {
                    return date(java.time.OffsetDateTime.parse(text).toInstant());
                } catch (java.time.format.DateTimeParseException e) {
                    return text;
                }
            }
            return text;
        }
        if (value.isNumber()) {
            return field.equals("amount") ? money(value.decimalValue(), null)
                    : value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isBoolean()) {
            return word("contracting.value." + value.asBoolean(), String.valueOf(value.asBoolean()));
        }
        if (value.isArray()) {
            List<String> parts = new java.util.ArrayList<>();
            value.forEach(v -> parts.add(!v.isValueNode() ? v.toString() : field.equals("roles")
                    ? word("contracting.code.role." + v.asString(), v.asString())
                    : field.equals("submissionMethod") ? word("contracting.code.submissionMethod." + v.asString(),
                            v.asString()) : v.asString()));
            return String.join(", ", parts);
        }
        return value.toString();
    }
}
