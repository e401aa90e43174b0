package org.apertura.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;

/**
 * Reads what a person typed into the publishing forms or a spreadsheet cell — texts, amounts in pesos, quantities,
 * dates — and collects a problem per field instead of stopping at the first, so every mistake is shown at once.
 *
 * <p>Amounts are read as Mexico writes them: a point for decimals and commas between thousands ({@code 1,234.50}
 * or {@code 1234.50}, with or without {@code $}). A form that reads differently elsewhere ({@code 1.234,50},
 * {@code 1234,5}, {@code 1.234}) is refused with a message that says so, never guessed: the same digits are
 * a thousand times apart in the two conventions.
 */
public final class InputFields {

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+,\\d{1,2}|\\d+\\.\\d{3}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The largest amount the record's figures hold (NUMERIC(24, 6)): beyond it a typing mistake is likelier. */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

    private final List<FieldProblem> problems = new ArrayList<>();

    public List<FieldProblem> problems() {
        return problems;
    }

    public void problem(String field, String key, Object... args) {
        problems.add(new FieldProblem(field, key, args));
    }

    /** Refuses the input with every problem found, if any. */
    public void throwIfAny() {
        InvalidInputException.throwIfAny(problems);
    }

    /** A text, stripped; null when blank. */
    public String text(String field, String value, boolean required, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problem(field, "contracting.form.required");
            }
            return null;
        }
        if (text.length() > max) {
            problem(field, "contracting.form.tooLong", max);
            return null;
        }
        return text;
    }

    /** An amount in pesos, at most two decimals, not negative. */
    public BigDecimal amount(String field, String value, boolean required) {
        return number(field, value, required, 2, "contracting.form.amount");
    }

    /** A quantity: a positive number, decimals with a point. */
    public BigDecimal quantity(String field, String value, boolean required) {
        BigDecimal quantity = number(field, value, required, 6, "contracting.form.quantity");
        if (quantity != null && quantity.signum() == 0) {
            problem(field, "contracting.form.quantity");
            return null;
        }
        return quantity;
    }

    private BigDecimal number(String field, String value, boolean required, int maxScale, String key) {
        String text = value == null ? "" : value.strip().replace("$", "").replace("\u00a0", "").replace(" ", "");
        if (text.endsWith("MXN")) {
            text = text.substring(0, text.length() - 3);
        }
        if (text.isEmpty()) {
            if (required) {
                problem(field, "contracting.form.required");
            }
            return null;
        }
        if (text.startsWith("-")) {
            problem(field, "contracting.form.negative", value.strip());
            return null;
        }
        BigDecimal number = null;
        if (PLAIN.matcher(text).matches()) {
            number = new BigDecimal(text);
        } else if (GROUPED.matcher(text).matches()) {
            number = new BigDecimal(text.replace(",", ""));
        }
        boolean tooPrecise = number != null && number.stripTrailingZeros().scale() > maxScale;
        if (maxScale == 2 && (DECIMAL_COMMA.matcher(text).matches() || tooPrecise && text.matches("\\d+\\.\\d{3}"))) {
            problem(field, "contracting.form.decimalComma", value.strip());
            return null;
        }
        if (number == null) {
            problem(field, DECIMAL_COMMA.matcher(text).matches() ? "contracting.form.decimalComma" : key, value.strip());
            return null;
        }
        if (tooPrecise) {
            problem(field, "contracting.form.decimals", value.strip(), maxScale);
            return null;
        }
        if (number.compareTo(MAX_AMOUNT) >= 0) {
            problem(field, "contracting.form.tooLarge", value.strip());
            return null;
        }
        return number;
    }

    /** A date as a date field sends it ({@code 2025-03-15}) or as Mexico writes it ({@code 15/03/2025}). */
    public LocalDate date(String field, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problem(field, "contracting.form.required");
            }
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "contracting.form.date", text);
            return null;
        }
    }

    /** The end is not before the start; the problem goes on the end. */
    public void ordered(String endField, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problem(endField, "contracting.form.order");
        }
    }
}
