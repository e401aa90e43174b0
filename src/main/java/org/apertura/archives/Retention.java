package org.apertura.archives;

import java.time.LocalDate;
import java.time.Month;

/**
 * The life cycle a closed case file gets from its series' row of the catálogo, as pure functions. Closing starts the
 * clock: the vigencia in trámite runs from the closing date, then the vigencia in concentración.
 * <ul>
 * <li>When the vigencia in trámite ends, the file is due for its primary transfer to the archivo de concentración
 * (LGA art. 30: the archivo de trámite makes primary transfers per the catálogo).</li>
 * <li>When the vigencia in concentración ends too, it is due for its destino final: a baja documental for series
 * whose destino is baja or muestreo (art. 31: the archivo de concentración promotes the baja of series whose
 * vigencias have ended and have no historic value) or a secondary transfer to the archivo histórico for those kept
 * (art. 31 fr. X).</li>
 * </ul>
 * A period in years ends on the same day number of the year it ends in; when that day does not exist (29 February)
 * it ends on the first day of the next month (LFPA art. 29, shared/reference/law; business-day extension does not
 * apply: no procedure is due of a person that day). LGA article numbers follow the research notes' mapping
 * (shared/design/domain/archives-and-plain-language.md A1); the LGA text itself is not in shared/reference.
 */
public final class Retention {

    private Retention() {
    }

    /** The day a period of whole years counted from {@code from} ends (LFPA art. 29). */
    public static LocalDate yearsAfter(LocalDate from, int years) {
        if (from.getMonth() == Month.FEBRUARY && from.getDayOfMonth() == 29 && !from.plusYears(years).isLeapYear()) {
            return LocalDate.of(from.getYear() + years, Month.MARCH, 1);
        }
        return from.plusYears(years);
    }

    /** When the vigencia in trámite of a file closed that day ends: its primary transfer is due. */
    public static LocalDate transferDue(LocalDate closedOn, int yearsActive) {
        return yearsAfter(closedOn, yearsActive);
    }

    /** When both vigencias of a file closed that day end: its destino final is due. */
    public static LocalDate disposalDue(LocalDate closedOn, int yearsActive, int yearsSemiactive) {
        return yearsAfter(closedOn, yearsActive + yearsSemiactive);
    }

    /** What is due for a file on a day, given its stage and its frozen dates. */
    public static Due due(Stage stage, LocalDate transferDueOn, LocalDate disposalDueOn, Destination destination,
            LocalDate on) {
        if (transferDueOn == null) {
            return Due.NOTHING;
        }
        if (stage == Stage.TRAMITE && !transferDueOn.isAfter(on)) {
            return Due.PRIMARY_TRANSFER;
        }
        if (stage == Stage.CONCENTRACION && !disposalDueOn.isAfter(on)) {
            return destination == Destination.CONSERVACION ? Due.SECONDARY_TRANSFER : Due.DISPOSAL;
        }
        return Due.NOTHING;
    }

    /** What a file's life cycle asks for now. */
    public enum Due {
        NOTHING, PRIMARY_TRANSFER, SECONDARY_TRANSFER, DISPOSAL
    }
}
