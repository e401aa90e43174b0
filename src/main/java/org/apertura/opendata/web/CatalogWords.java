package org.apertura.opendata.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.time.Today;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The catalog's facts in words, for its pages: institutions by name, sizes in kB and MB, how long ago a dataset
 * changed ("hace 3 días"), a CSV delimiter by its name, format short names as people write them.
 */
@Component("catalogWords")
public class CatalogWords {

    private final JurisdictionService directory;
    private final MessageSource messages;
    private final Today today;

    CatalogWords(JurisdictionService directory, MessageSource messages, Today today) {
        this.directory = directory;
        this.messages = messages;
        this.today = today;
    }

    /** Every institution of the directory by slug. */
    public Map<String, Institution> institutions() {
        Map<String, Institution> all = new LinkedHashMap<>();
        directory.allInstitutions().forEach(i -> all.put(i.getSlug(), i));
        return all;
    }

    /** An institution's name, or its slug when it is not in the directory. */
    public String institution(String slug) {
        return directory.allInstitutions().stream().filter(i -> i.getSlug().equals(slug)).findFirst()
                .map(Institution::getName).orElse(slug);
    }

    /** A place by its INEGI geostatistical key: the jurisdiction's name with its key, or the key alone in words. */
    public String place(String inegiKey) {
        return directory.all().stream().filter(j -> inegiKey.equals(j.getInegiCode())).findFirst()
                .map(j -> message("opendata.catalog.place", j.getName(), inegiKey))
                .orElseGet(() -> message("opendata.catalog.place.unknown", inegiKey));
    }

    /** A size in bytes as people read it: 850 bytes, 12.4 kB, 3.1 MB, 1.2 GB. */
    public String size(Long bytes) {
        if (bytes == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (bytes < 1000) {
            return messages.getMessage("opendata.catalog.bytes", new Object[] {bytes}, locale);
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.US, value >= 100 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    /** How long ago something changed, in words: today, yesterday, 3 days, 2 months, 1 year ago. */
    public String ago(Instant when) {
        if (when == null) {
            return "—";
        }
        LocalDate day = when.atZone(today.zone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(day, today.date());
        Locale locale = LocaleContextHolder.getLocale();
        if (days <= 0) {
            return messages.getMessage("opendata.catalog.ago.today", null, locale);
        }
        if (days == 1) {
            return messages.getMessage("opendata.catalog.ago.yesterday", null, locale);
        }
        if (days < 45) {
            return messages.getMessage("opendata.catalog.ago.days", new Object[] {days}, locale);
        }
        long months = ChronoUnit.MONTHS.between(day, today.date());
        if (months < 12) {
            return messages.getMessage("opendata.catalog.ago.months", new Object[] {Math.max(1, months)}, locale);
        }
        long years = ChronoUnit.YEARS.between(day, today.date());
        return messages.getMessage("opendata.catalog.ago.years", new Object[] {years}, locale);
    }

    /** A CSV delimiter by its name (comma, semicolon, tab, vertical bar). */
    public String delimiter(String delimiter) {
        String key = switch (delimiter == null ? "" : delimiter) {
            case "," -> "comma";
            case ";" -> "semicolon";
            case "\t" -> "tab";
            case "|" -> "bar";
            default -> "none";
        };
        return messages.getMessage("opendata.catalog.delimiter." + key, null, LocaleContextHolder.getLocale());
    }

    /** A format's short name as people write it (GeoJSON, not GEOJSON). */
    public String format(String format) {
        if (format == null) {
            return "—";
        }
        return switch (format) {
            case "GEOJSON" -> "GeoJSON";
            case "JSONLD" -> "JSON-LD";
            default -> format;
        };
    }

    /** The completeness criteria a dataset misses, named and joined ("data dictionary, updated on schedule"). */
    public String missing(org.apertura.opendata.Completeness completeness) {
        return String.join(", ", java.util.Arrays.stream(org.apertura.opendata.Completeness.Criterion.values())
                .filter(c -> !completeness.met(c)).map(c -> message("opendata.catalog.criterion." + c)
                        .toLowerCase(LocaleContextHolder.getLocale())).toList());
    }

    /** Today, in Mexico City. */
    public Today today() {
        return today;
    }

    /** A message in the reader's language. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** A number with thousands separators, as the page's language writes it. */
    public String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
