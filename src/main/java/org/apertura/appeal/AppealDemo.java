package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Set;
import org.apertura.accessinfo.AccessRequest;
import org.apertura.accessinfo.DemoActs;
import org.apertura.accessinfo.DemoRequestsLoaded;
import org.apertura.accessinfo.RequestReads;
import org.apertura.jurisdiction.GuarantorAssignment;
import org.apertura.jurisdiction.GuarantorService;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's appeals: when the demo's requests are loaded ({@link DemoRequestsLoaded}, synchronously, so the order of
 * the demo and of its ledger entries is as before), a few requesters appeal with their private keys and the guarantor
 * takes each appeal to a different stage — confirmed, revoked and complied with, modified and found not complied
 * with (then a fine on the position in charge, executed, and the superior required, arts. 196–202), admitted,
 * dismissed, asked to clarify, and one filed in writing with the Transparency Unit and forwarded by it (art. 144 ¶2);
 * then, on each day an assignment of guarantor authorities changed, the appeals still pending before the former
 * authority follow the new one.
 */
@Component
class AppealDemo {

    private final AppealService appeals;
    private final RequestReads requests;
    private final GuarantorService guarantors;
    private final TransactionTemplate transactions;
    private final Today time;

    AppealDemo(AppealService appeals, RequestReads requests, GuarantorService guarantors,
            TransactionTemplate transactions, Today time) {
        this.appeals = appeals;
        this.requests = requests;
        this.guarantors = guarantors;
        this.transactions = transactions;
        this.time = time;
    }

    @EventListener
    void on(DemoRequestsLoaded loaded) {
        LocalDate today = loaded.loadDay();
        DemoActs acts = new DemoActs(time, today);
        transactions.executeWithoutResult(status -> loaded.requests().forEach(r -> play(r, acts)));
        guarantors.assignmentsOf("durango").stream().map(GuarantorAssignment::validFrom)
                .filter(java.util.Objects::nonNull).filter(day -> !day.isAfter(today)).distinct().sorted()
                .forEach(day -> transactions.executeWithoutResult(status -> time.on(day,
                        () -> appeals.followAuthorities(day))));
    }

    /** Appeals at several stages, filed by the requesters through their private keys. */
    private void play(DemoRequestsLoaded.DemoRequest p, DemoActs acts) {
        Authority unit = Authority.of(Role.TRANSPARENCY_UNIT, p.institution());
        AccessRequest r = requests.byFolio(p.folio());
        LocalDate base = r.getAnsweredOn() != null ? r.getAnsweredOn() : r.getDueDate();
        if (base == null) {
            return;
        }
        String[] rr = new String[1];
        switch (p.description().substring(0, 12)) {
            // Reserved patrol routes: the guarantor confirms the reserve.
            case "Rutas y hora" -> {
                LocalDate filed = next(base, 5);
                file(acts, p, filed, AppealCause.CLASSIFICATION, "La reserva es genérica y no demuestra el daño.", rr);
                asGuarantor(acts, next(filed, 3), rr, () -> appeals.admit(rr[0]));
                asGuarantor(acts, next(filed, 20), rr, () -> appeals.resolve(rr[0], AppealResolution.CONFIRMED,
                        "La prueba de daño acredita un riesgo real y demostrable; se confirma la reserva.", null));
            }
            // Studies declared inexistent: revoked, complied with and verified.
            case "Estudios téc" -> {
                LocalDate filed = next(base, 5);
                file(acts, p, filed, AppealCause.INEXISTENCE, "Los estudios se citan en la exposición de motivos.", rr);
                asGuarantor(acts, next(filed, 2), rr, () -> appeals.admit(rr[0]));
                asGuarantor(acts, next(filed, 15), rr, () -> appeals.resolve(rr[0], AppealResolution.REVOKED,
                        "La búsqueda no fue exhaustiva: no incluyó a la Comisión dictaminadora. Se ordena una nueva "
                                + "búsqueda y entregar los estudios.", 10));
                acts.on(next(filed, 21), unit, () -> appeals.reportCompliance(rr[0],
                        "Se localizaron y entregaron los dos estudios en la Comisión dictaminadora."));
                asGuarantor(acts, next(filed, 30), rr, () -> appeals.verify(rr[0], true,
                        "La información entregada corresponde a lo ordenado."));
            }
            // Late answer on consultancy spending: modified, objected and found not complied with.
            case "Gasto del Co" -> {
                LocalDate filed = next(base, 4);
                file(acts, p, filed, AppealCause.INCOMPLETE, "Faltan los contratos de octubre a diciembre.", rr);
                asGuarantor(acts, next(filed, 2), rr, () -> appeals.admit(rr[0]));
                asGuarantor(acts, next(filed, 10), rr, () -> appeals.resolve(rr[0], AppealResolution.MODIFIED,
                        "Se modifica la respuesta: debe entregar los contratos del último trimestre.", 10));
                acts.on(next(filed, 15), unit, () -> appeals.reportCompliance(rr[0],
                        "Se entregó la relación del último trimestre."));
                acts.on(next(filed, 17), () -> appeals.object(rr[0], "Se entregó una relación, no los "
                        + "contratos que ordenó la resolución.", null, p.key()));
                asGuarantor(acts, next(filed, 22), rr, () -> appeals.verify(rr[0], false,
                        "No se entregaron los contratos: se emite acuerdo de incumplimiento."));
                // The authority imposes a fine on the position in charge (arts. 193 fr. III, 196 fr. II), notifies and
                // executes it (arts. 201–202); still not complied with, it requires the superior (art. 199 ¶1).
                asGuarantor(acts, next(filed, 24), rr, () -> appeals.imposeMeasure(rr[0], new EnforcementMeasure.Draft(
                        CoerciveMeasure.FINE, EnforcedPerson.PUBLIC_SERVANT,
                        "Titular de la Dirección de Administración del Congreso", 300, false,
                        "Falta de gravedad media: el incumplimiento dura ya diez días hábiles y priva a la persona "
                                + "recurrente de los contratos ordenados; sin reincidencia.")));
                asGuarantor(acts, next(filed, 25), rr, () -> appeals.notifyMeasure(rr[0], lastMeasure(rr[0]),
                        next(filed, 25)));
                asGuarantor(acts, next(filed, 30), rr, () -> appeals.executeMeasure(rr[0], lastMeasure(rr[0]),
                        next(filed, 30)));
                asGuarantor(acts, next(filed, 31), rr, () -> appeals.requireSuperior(rr[0], next(filed, 31),
                        "Se requiere a la Secretaría General del Congreso que instruya a la Dirección de Administración "
                                + "entregar los contratos sin demora."));
            }
            // An appeal filed in writing with the Transparency Unit, which forwards it the next business day (art. 144).
            case "Permisos de " -> {
                LocalDate written = next(base, 3);
                acts.on(next(written, 1), unit, () -> rr[0] = appeals.forwardWritten(p.folio(), new AppealDraft(
                        Set.of(AppealCause.INCOMPLETE), "Presentado por escrito en la Unidad de Transparencia: faltan "
                                + "los permisos del segundo semestre."), written).getFolio());
                asGuarantor(acts, next(written, 3), rr, () -> appeals.admit(rr[0]));
            }
            // No answer in time: the appeal is admitted and awaits its resolution.
            case "Viáticos del" -> {
                LocalDate filed = next(base, 2);
                file(acts, p, filed, AppealCause.NO_ANSWER, "No hubo respuesta dentro del plazo.", rr);
                asGuarantor(acts, next(filed, 2), rr, () -> appeals.admit(rr[0]));
            }
            // Not competent: the appeal is dismissed.
            case "Carpetas de " -> {
                LocalDate filed = next(base, 5);
                file(acts, p, filed, AppealCause.INCOMPETENCE, "Quiero saber cuántas hay.", rr);
                asGuarantor(acts, next(filed, 3), rr, () -> appeals.dismiss(rr[0], DismissalGround.NO_CAUSE,
                        "La orientación a la Fiscalía es correcta; no se actualiza causa de procedencia."));
            }
            // No answer from the Judiciary: filed before the demo's harmonisation, the pending appeal follows
            // the Judiciary's own guarantor authority from that day (LGTAIP 2025 art. 3 fr. V).
            case "Lista de per" -> {
                LocalDate filed = next(base, 1);
                file(acts, p, filed, AppealCause.NO_ANSWER, "No hubo respuesta dentro del plazo.", rr);
                asGuarantor(acts, next(filed, 2), rr, () -> appeals.admit(rr[0]));
            }
            // A recent appeal the guarantor asked to clarify.
            case "Sueldo del p" -> {
                LocalDate filed = next(base, 1);
                file(acts, p, filed, AppealCause.NOT_CORRESPONDING, "No es lo que pedí.", rr);
                asGuarantor(acts, next(filed, 1), rr, () -> appeals.askClarification(rr[0],
                        "Indique qué parte de la respuesta no corresponde con lo solicitado."));
            }
            default -> {
            }
        }
    }

    /**
     * Acts on a day as the staff of the guarantor authority the appeal is before that day (its own scope, ADR 0026),
     * once the appeal was filed.
     */
    private void asGuarantor(DemoActs acts, LocalDate day, String[] folio, Runnable work) {
        if (folio[0] != null) {
            acts.on(day, Authority.of(Role.GUARANTOR, appeals.byFolio(folio[0]).getGuarantorSlug()), work);
        }
    }

    /** The requester files an appeal with their private key, on a day (skipped if that day has not come). */
    private void file(DemoActs acts, DemoRequestsLoaded.DemoRequest p, LocalDate day, AppealCause cause,
            String reasons, String[] folio) {
        acts.on(day, () -> folio[0] = appeals.file(p.folio(), new AppealDraft(Set.of(cause), reasons), null,
                p.key()).getFolio());
    }

    /** The newest measure imposed on an appeal. */
    private Long lastMeasure(String folio) {
        java.util.List<EnforcementMeasure> all = appeals.measures(appeals.byFolio(folio));
        return all.get(all.size() - 1).getId();
    }

    private static LocalDate next(LocalDate from, int weekdays) {
        return DemoActs.next(from, weekdays);
    }
}
