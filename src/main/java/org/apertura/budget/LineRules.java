package org.apertura.budget;

import org.apertura.platform.TableFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.platform.TableFile.TableRow;

/**
 * The rules of one row of an import: every component of the clave presupuestaria must be a code of its CONAC
 * classifier ({@link Catalogues}), every amount an amount ({@link Amounts}), the row of this institution, year and
 * quarter. A row that breaks one gives problems (line, column, value, why) and no line; the moments' invariants give
 * warnings on the line instead ({@link LineWarning}), never a correction.
 */
final class LineRules {

    private static final Pattern PROGRAMME = Pattern.compile("^([A-Z])\\s*-?\\s*(\\d{1,3})$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern PARTIDA = Pattern.compile("\\d{3,5}");
    private static final Pattern GEO = Pattern.compile("\\d{2}|\\d{5}|\\d{9}");
    private static final Pattern CRI = Pattern.compile("\\d{1,12}");
    private static final Pattern FUNCTION_DIGITS = Pattern.compile("\\d{2,4}");
    private static final Pattern QUARTER = Pattern.compile("^(?:T|Q|TRIMESTRE)?\\s*([1-4])\\s*(?:T|TRIMESTRE|O|º)?$");

    private final Catalogues catalogues;
    private final Map<ImportField, Integer> at;
    private final List<String> header;
    private final Set<String> institutionNames;
    private final int year;
    private final Period period;
    private final List<ImportProblem> problems;

    LineRules(Catalogues catalogues, Map<ImportField, Integer> at, List<String> header, Set<String> institutionNames,
            int year, Period period, List<ImportProblem> problems) {
        this.catalogues = catalogues;
        this.at = at;
        this.header = header;
        this.institutionNames = institutionNames;
        this.year = year;
        this.period = period;
        this.problems = problems;
    }

    /** The programme key as the CONAC writes it ({@code E-017}), or null when the text is not one. */
    static String programmeKey(String text) {
        Matcher m = PROGRAMME.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        return m.group(1) + "-" + "000".substring(m.group(2).length()) + m.group(2);
    }

    /** An expenditure line, or null with the row's problems added. */
    ExpenditureLine expenditure(TableRow row) {
        int before = problems.size();
        checkCommon(row, ImportField.INSTITUTION, ImportField.YEAR, ImportField.PERIOD);
        String unit = text(row, ImportField.UNIT);
        if (unit.isEmpty() || unit.length() > 20) {
            problem(row, ImportField.UNIT, unit, unit.isEmpty() ? "budget.import.error.required" : "budget.import.error.tooLong", 20);
        }
        String unitName = limit(text(row, ImportField.UNIT_NAME), 200);
        String rawProgramme = text(row, ImportField.PROGRAMME);
        String modality = text(row, ImportField.MODALITY);
        if (!modality.isEmpty() && NUMBER.matcher(rawProgramme).matches()) {
            rawProgramme = modality + "-" + rawProgramme; // Transparencia Presupuestaria: ID_MODALIDAD E + ID_PP 017
        }
        String programme = programmeKey(rawProgramme);
        if (programme == null || !catalogues.knowsModality(programme.substring(0, 1))) {
            problem(row, ImportField.PROGRAMME, rawProgramme, "budget.import.error.programme");
        }
        String rawPartida = text(row, ImportField.PARTIDA);
        String partida = SEPARATORS.matcher(rawPartida).replaceAll("");
        if (!PARTIDA.matcher(partida).matches() || !catalogues.knowsPartida(partida)) {
            problem(row, ImportField.PARTIDA, rawPartida, "budget.import.error.partida");
        }
        String type = text(row, ImportField.EXPENSE_TYPE);
        if (!catalogues.knowsType(type)) {
            problem(row, ImportField.EXPENSE_TYPE, type, "budget.import.error.expenseType");
        }
        String function = functionCode(row);
        String source = text(row, ImportField.SOURCE).replace(".", "");
        if (!catalogues.knowsSource(source)) {
            problem(row, ImportField.SOURCE, text(row, ImportField.SOURCE), "budget.import.error.source");
        }
        String geo = text(row, ImportField.GEO);
        if (!geo.isEmpty() && !GEO.matcher(geo).matches()) {
            problem(row, ImportField.GEO, geo, "budget.import.error.geo");
        }
        BigDecimal approved = amount(row, ImportField.APPROVED);
        BigDecimal expansions = amount(row, ImportField.EXPANSIONS);
        BigDecimal reductions = amount(row, ImportField.REDUCTIONS);
        BigDecimal modified = at.get(ImportField.MODIFIED) >= 0 && !text(row, ImportField.MODIFIED).isEmpty()
                ? amount(row, ImportField.MODIFIED) : null;
        BigDecimal committed = amount(row, ImportField.COMMITTED);
        BigDecimal accrued = amount(row, ImportField.ACCRUED);
        BigDecimal exercised = amount(row, ImportField.EXERCISED);
        BigDecimal paid = amount(row, ImportField.PAID);
        if (problems.size() > before) {
            return null;
        }
        // Reductions may be written as negative amounts or as positive ones: a reduction always lowers the budget.
        BigDecimal lowered = reductions.abs();
        BigDecimal expected = approved.add(expansions).subtract(lowered);
        Set<LineWarning> warnings = EnumSet.noneOf(LineWarning.class);
        if (modified == null) {
            modified = expected; // no column: modificado is aprobado plus the adecuaciones, by definition
        } else if (modified.compareTo(expected) != 0) {
            warnings.add(LineWarning.MODIFIED_SUM);
        }
        if (committed.compareTo(modified) > 0) {
            warnings.add(LineWarning.OVER_MODIFIED);
        }
        if (accrued.compareTo(committed) > 0) {
            warnings.add(LineWarning.OVER_COMMITTED);
        }
        if (exercised.compareTo(accrued) > 0) {
            warnings.add(LineWarning.OVER_ACCRUED);
        }
        if (paid.compareTo(exercised) > 0) {
            warnings.add(LineWarning.OVER_EXERCISED);
        }
        for (BigDecimal amount : new BigDecimal[] {approved, expansions, modified, committed, accrued, exercised, paid}) {
            if (amount.signum() < 0) {
                warnings.add(LineWarning.NEGATIVE);
            }
        }
        return new ExpenditureLine(row.line(), unit, unitName.isEmpty() ? null : unitName, programme,
                limit(text(row, ImportField.PROGRAMME_NAME), 300), limit(text(row, ImportField.OBJECTIVE), 1000),
                partida, type, function, source, geo.isEmpty() ? null : geo, approved, expansions, reductions, modified,
                committed, accrued, exercised, paid, warnings);
    }

    /** A revenue line, or null with the row's problems added. */
    RevenueLine revenue(TableRow row) {
        int before = problems.size();
        checkCommon(row, null, ImportField.REVENUE_YEAR, ImportField.REVENUE_PERIOD);
        String raw = text(row, ImportField.CRI);
        String cri = SEPARATORS.matcher(raw).replaceAll("");
        if (!CRI.matcher(cri).matches() || !catalogues.knowsCri(cri)) {
            problem(row, ImportField.CRI, raw, "budget.import.error.cri");
        }
        String source = text(row, ImportField.REVENUE_SOURCE).replace(".", "");
        if (!source.isEmpty() && !catalogues.knowsSource(source)) {
            problem(row, ImportField.REVENUE_SOURCE, source, "budget.import.error.source");
        }
        BigDecimal estimated = amount(row, ImportField.ESTIMATED);
        BigDecimal modified = at.get(ImportField.REVENUE_MODIFIED) >= 0 && !text(row, ImportField.REVENUE_MODIFIED).isEmpty()
                ? amount(row, ImportField.REVENUE_MODIFIED) : estimated;
        BigDecimal accrued = amount(row, ImportField.REVENUE_ACCRUED);
        BigDecimal collected = amount(row, ImportField.COLLECTED);
        if (problems.size() > before) {
            return null;
        }
        Set<LineWarning> warnings = EnumSet.noneOf(LineWarning.class);
        for (BigDecimal amount : new BigDecimal[] {estimated, modified, accrued, collected}) {
            if (amount.signum() < 0) {
                warnings.add(LineWarning.NEGATIVE);
            }
        }
        String name = limit(text(row, ImportField.CRI_NAME), 300);
        return new RevenueLine(row.line(), cri, name.isEmpty() ? null : name, source.isEmpty() ? null : source,
                estimated, modified, accrued, collected, warnings);
    }

    /** The row names this institution (when a column says whose it is), the budget's year and the snapshot's period. */
    private void checkCommon(TableRow row, ImportField institution, ImportField yearField, ImportField periodField) {
        if (institution != null) {
            String whose = text(row, institution);
            if (!whose.isEmpty() && !institutionNames.contains(ImportField.normalise(whose))) {
                problem(row, institution, whose, "budget.import.error.otherInstitution");
            }
        }
        String y = text(row, yearField);
        if (!y.isEmpty() && !y.equals(Integer.toString(year))) {
            problem(row, yearField, y, "budget.import.error.year", Integer.toString(year));
        }
        String period = text(row, periodField);
        if (!period.isEmpty()) {
            Matcher m = QUARTER.matcher(period.strip().toUpperCase(Locale.ROOT));
            LocalDate date = m.matches() ? null : dateOf(period);
            if (!m.matches() && date == null) {
                problem(row, periodField, period, "budget.import.error.period");
            } else if (date != null && date.getYear() != year) {
                problem(row, periodField, period, "budget.import.error.periodYear", Integer.toString(year));
            } else if (m.matches() ? Integer.parseInt(m.group(1)) != this.period.quarter()
                    : !this.period.contains(year, date)) {
                // a quarter written in a month's file must be the quarter the month is in; a date must fall in the period
                problem(row, periodField, period, "budget.import.error.periodOther", this.period.cutOff(),
                        Integer.toString(year));
            }
        }
    }

    /** The date a period column holds (ISO or dd/mm/yyyy), null when it holds none. */
    private static LocalDate dateOf(String period) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/yyyy"))) {
            try {
                return LocalDate.parse(period.strip(), format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return null;
    }

    /**
     * finalidad.función.subfunción from one column ({@code 2.5.1}, {@code 251}, {@code 2.5}) or from three
     * ({@code 2}, {@code 5}, {@code 1} as Transparencia Presupuestaria writes them).
     */
    private String functionCode(TableRow row) {
        String function = text(row, ImportField.FUNCTION);
        String finalidad = text(row, ImportField.FINALIDAD);
        String sub = text(row, ImportField.SUBFUNCTION);
        String digits;
        if (function.contains(".")) {
            digits = function.replace(".", "");
        } else if (!finalidad.isEmpty() && function.length() == 1) {
            digits = finalidad + function + sub;
        } else {
            digits = function + (function.length() == 2 ? sub : "");
        }
        String code = null;
        if (FUNCTION_DIGITS.matcher(digits).matches()) {
            String finality = digits.charAt(0) + "." + digits.charAt(1);
            code = digits.length() == 2 ? finality : finality + "." + digits.substring(2);
        }
        if (code == null || !catalogues.knowsFunction(code.substring(0, 3))) {
            problem(row, ImportField.FUNCTION, function.isEmpty() ? finalidad : function, "budget.import.error.function");
            return null;
        }
        return code;
    }

    private BigDecimal amount(TableRow row, ImportField field) {
        String value = text(row, field);
        BigDecimal amount = Amounts.parse(value);
        if (amount == null || amount.abs().compareTo(new BigDecimal("1e17")) >= 0) {
            problem(row, field, value, "budget.import.error.amount");
            return BigDecimal.ZERO;
        }
        return amount;
    }

    private String text(TableRow row, ImportField field) {
        Integer index = at.get(field);
        return index == null ? "" : row.cell(index).strip();
    }

    private void problem(TableRow row, ImportField field, String value, String key, Object... args) {
        Integer index = at.get(field);
        String column = index == null || index < 0 ? field.key() : header.get(index);
        problems.add(new ImportProblem(row.line(), column, limit(value, 80), key, args));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
