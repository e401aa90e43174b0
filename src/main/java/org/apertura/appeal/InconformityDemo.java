package org.apertura.appeal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apertura.accessinfo.DemoActs;
import org.apertura.accessinfo.DemoRequestsLoaded;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.time.Today;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's recurso de inconformidad: after the demo's appeals ({@link AppealDemo}, which listens to the same event
 * first), the requester of the reserved patrol routes, whose appeal the local authority confirmed, challenges the
 * confirmation before the federal authority, declaring that the request concerns federal public money (the patrols
 * are partly paid by a federal security fund, a demo assumption). The federal authority admits it, the local one
 * reports, and the federal authority modifies the resolution: the local authority's new ruling is then due (LGTAIP
 * 2025 arts. 163, 171, 173, 175). Acts on days still to come are skipped.
 */
@Component
@Order
class InconformityDemo {

    private final InconformityService inconformities;
    private final AppealService appeals;
    private final TransactionTemplate transactions;
    private final Today time;

    InconformityDemo(InconformityService inconformities, AppealService appeals, TransactionTemplate transactions,
            Today time) {
        this.inconformities = inconformities;
        this.appeals = appeals;
        this.transactions = transactions;
        this.time = time;
    }

    @EventListener
    void on(DemoRequestsLoaded loaded) {
        DemoActs acts = new DemoActs(time, loaded.loadDay());
        loaded.requests().stream().filter(r -> r.description().startsWith("Rutas y hora")).findFirst()
                .ifPresent(r -> transactions.executeWithoutResult(status -> play(r, acts)));
    }

    private void play(DemoRequestsLoaded.DemoRequest r, DemoActs acts) {
        Appeal confirmed = appeals.ofRequest(r.folio()).stream()
                .filter(a -> a.getResolution() == AppealResolution.CONFIRMED).findFirst().orElse(null);
        if (confirmed == null) {
            return;
        }
        LocalDate filed = DemoActs.next(confirmed.getResolvedOn(), 3);
        Optional<String> federalSlug = inconformities.federalAuthority(filed).map(Institution::getSlug);
        if (federalSlug.isEmpty()) {
            return;
        }
        Authority federal = Authority.of(Role.GUARANTOR, federalSlug.get());
        Authority local = Authority.of(Role.GUARANTOR, confirmed.getGuarantorSlug());
        String[] folio = new String[1];
        acts.on(filed, () -> folio[0] = inconformities.file(confirmed.getFolio(), new InconformityDraft(
                Set.of(InconformityCause.CLASSIFICATION), true, null, "La reserva de las rutas se confirmó sin prueba "
                        + "de daño específica; las patrullas se pagan en parte con un fondo federal de seguridad."),
                null, r.key()).getFolio());
        acts.on(DemoActs.next(filed, 2), federal, () -> inconformities.admit(folio[0]));
        acts.on(DemoActs.next(filed, 6), local, () -> inconformities.localReport(folio[0],
                "La reserva se sostiene: difundir las rutas y horarios pone en riesgo la operación de las patrullas."));
        acts.on(DemoActs.next(filed, 14), federal, () -> inconformities.resolve(folio[0],
                InconformityResolution.MODIFIED, Set.of(CoerciveMeasure.PUBLIC_REPRIMAND), "Se modifica: las rutas siguen reservadas, pero el número de "
                        + "patrullas y su costo con el fondo federal son públicos; la autoridad local debe emitir una "
                        + "nueva resolución que ordene entregarlos."));
    }
}
