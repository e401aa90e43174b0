package org.apertura.secretariat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.identity.Sector;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.Drafts.BodyDraft;
import org.apertura.secretariat.Drafts.MemberDraft;
import org.apertura.secretariat.Drafts.SessionDraft;

/**
 * The demo secretariat of Durango: fictional people of the three sectors, and two sessions with
 * agreements and approved minutes, made through the same service (rules, ledger) people use.
 */
@DemoSeed.Seed(name = "secretariat", needs = "jurisdiction", after = "platform-lists")
class SecretariatDemo implements DemoSeed {

    static final String SLUG = "stl-durango";

    private final SecretariatService service;

    SecretariatDemo(SecretariatService service) {
        this.service = service;
    }

    @Override
    public void seed() {
        if (service.isEmpty()) {
            SystemActor.run(this::load);
        }
    }

    private void load() {
        service.createBody(new BodyDraft(SLUG, "Secretariado Técnico Local de Gobierno Abierto de Durango",
                BodyKind.LOCAL_TECHNICAL_SECRETARIAT, "durango",
                "Órgano tripartito que coordina el ejercicio de gobierno abierto del estado de Durango. "
                        + "Las personas de esta demostración son ficticias.", 5, QuorumRule.MAJORITY_WITH_EACH_SECTOR));
        LocalDate term = LocalDate.of(2025, 1, 15);
        BodyMember coordinator = member("Lucía Arreola Meraz", Sector.GUARANTOR, "Autoridad garante de Durango",
                MemberRole.COORDINATOR, term);
        BodyMember society1 = member("Rodrigo Salas Ontiveros", Sector.CIVIL_SOCIETY, "Colectivo Ciudadanía Activa (ficticio)",
                MemberRole.MEMBER, term);
        BodyMember society2 = member("Paola Nevárez Quiñones", Sector.CIVIL_SOCIETY, "Observatorio Lagunero (ficticio)",
                MemberRole.MEMBER, term);
        BodyMember government = member("Héctor Villarreal Soto", Sector.GOVERNMENT, "Poder Ejecutivo del Estado de Durango",
                MemberRole.MEMBER, term);
        member("Mariana Ibarra Cisneros", Sector.GOVERNMENT, "H. Congreso del Estado de Durango", MemberRole.ALTERNATE, term);

        BodySession installation = service.callSession(SLUG, new SessionDraft(SessionKind.ORDINARY,
                LocalDateTime.of(2025, 2, 20, 10, 0), "Sala de juntas de la autoridad garante, Victoria de Durango", null,
                LocalDate.of(2025, 2, 11), List.of("Lista de asistencia y quórum", "Instalación del Secretariado",
                        "Ruta para el plan de acción local")));
        service.recordAttendance(SLUG, installation.getNumber(),
                Set.of(coordinator.getId(), society1.getId(), society2.getId(), government.getId()));
        decide(installation, "Se instala el Secretariado Técnico Local de Gobierno Abierto de Durango.",
                Map.of(coordinator, VoteChoice.FOR, society1, VoteChoice.FOR, society2, VoteChoice.FOR, government, VoteChoice.FOR));
        decide(installation, "Se aprueba la ruta de cocreación del plan de acción local 2025-2026.",
                Map.of(coordinator, VoteChoice.FOR, society1, VoteChoice.FOR, society2, VoteChoice.ABSTAIN, government, VoteChoice.FOR));
        service.approveMinutes(SLUG, installation.getNumber());

        BodySession second = service.callSession(SLUG, new SessionDraft(SessionKind.EXTRAORDINARY,
                LocalDateTime.of(2025, 6, 5, 17, 0), null, "https://reunion.example.org/stl-durango", LocalDate.of(2025, 6, 2),
                List.of("Propuestas recibidas en las mesas de trabajo", "Calendario de seguimiento")));
        service.recordAttendance(SLUG, second.getNumber(), Set.of(coordinator.getId(), society1.getId(), government.getId()));
        decide(second, "Se publican todas las propuestas recibidas con su respuesta razonada.",
                Map.of(coordinator, VoteChoice.FOR, society1, VoteChoice.FOR, government, VoteChoice.AGAINST));
        service.approveMinutes(SLUG, second.getNumber());
    }

    private BodyMember member(String name, Sector sector, String organisation, MemberRole role, LocalDate start) {
        return service.addMember(SLUG, new MemberDraft(name, sector, organisation, role, start, null));
    }

    private void decide(BodySession session, String text, Map<BodyMember, VoteChoice> votes) {
        Agreement agreement = service.proposeAgreement(SLUG, session.getNumber(), text);
        Map<Long, VoteChoice> byId = new HashMap<>();
        votes.forEach((member, choice) -> byId.put(member.getId(), choice));
        service.vote(SLUG, session.getNumber(), agreement.getNumber(), byId, true);
    }
}
