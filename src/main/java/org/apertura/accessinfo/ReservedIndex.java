package org.apertura.accessinfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apertura.jurisdiction.Institution;

/**
 * The index of files classified as reserved (LGTAIP 2025 art. 105): made every half-year and published in open formats,
 * it names "el Área que generó la información, el nombre del Documento, si se trata de una reserva completa o parcial,
 * la fecha en que inicia y finaliza la reserva, su justificación, el plazo de reserva [...] y si se encuentra en
 * prórroga", and "En ningún caso el índice será considerado como información reservada". A half-year's index lists
 * the reserves confirmed by a committee that were in force on any of its days. Never who asked.
 */
public final class ReservedIndex {

    private ReservedIndex() {
    }

    /** January–June (1) or July–December (2) of a year. */
    public record HalfYear(int year, int half) {

        private static final Pattern TEXT = Pattern.compile("(\\d{4})-([12])");

        public HalfYear {
            if (half < 1 || half > 2 || year < 2015 || year > 9999) {
                throw new IllegalArgumentException("half-year " + year + "-" + half);
            }
        }

        /** The half-year a day falls in. */
        public static HalfYear of(LocalDate day) {
            return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
        }

        /** "2026-2" as typed in an address; empty when it is not one (from 2015, the first modelled law). */
        public static Optional<HalfYear> parse(String text) {
            Matcher m = text == null ? null : TEXT.matcher(text.strip());
            if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2015) {
                return Optional.empty();
            }
            return Optional.of(new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }

        public LocalDate first() {
            return LocalDate.of(year, half == 1 ? 1 : 7, 1);
        }

        public LocalDate last() {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        public HalfYear previous() {
            return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
        }

        @Override
        public String toString() {
            return year + "-" + half;
        }
    }

    /**
     * One reserved file: its institution, the request it was classified on, the area and document, complete or partial,
     * the reserve ground's fraction and article, the justification, the years, the first and last day, and the years of
     * its extensions, the committee's and the guarantor authority's together (null: not extended), and the legend the document carries (art. 109).
     */
    public record Row(String institution, String institutionName, String folio, String area, String document,
            Scope scope, int ground, String grounds, int years, LocalDate from, LocalDate until,
            Integer extensionYears, String legend) {

        public boolean extended() {
            return extensionYears != null;
        }

        /** The ground's fraction as the law writes it: 4 is "IV". */
        public String fraction() {
            return org.apertura.platform.Roman.of(ground);
        }
    }

    /** "si se trata de una reserva completa o parcial" (art. 105 ¶3). */
    @org.apertura.platform.web.Labels("accessinfo.reserveScope")
    public enum Scope {
        COMPLETE, PARTIAL
    }

    static List<Row> rows(List<CommitteeResolution> reserves, Map<Long, AccessRequest> requests,
            Map<Long, Institution> institutions,
            java.util.function.Function<AccessRequest, CommitteeResolution.Reserve> reserveOf) {
        return reserves.stream().filter(c -> requests.containsKey(c.getRequestId())).map(c -> {
            AccessRequest r = requests.get(c.getRequestId());
            Institution i = institutions.get(r.getInstitutionId());
            return new Row(r.getInstitutionSlug(), i == null ? r.getInstitutionSlug() : i.getName(), r.getFolio(),
                    c.getArea(), c.getDocument(), c.isReservePartial() ? Scope.PARTIAL : Scope.COMPLETE,
                    c.getReserveGround(), c.getGrounds(),
                    c.getReserveYears(), c.getReserveFrom(), c.getReserveUntil(), c.extensionYearsInAll(),
                    c.reserveLegend(reserveOf.apply(r)));
        }).toList();
    }
}
