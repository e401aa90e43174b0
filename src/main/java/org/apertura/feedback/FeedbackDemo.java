package org.apertura.feedback;

import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.intake.Channel;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.security.SystemActor;

/**
 * Feedback on the five demo commitments of "Durango 2025-2026" from the three channels: anonymous votes,
 * comments of fictional citizens signed in, feedback a secretariat member heard at working tables and a
 * liaison received by telephone; liaisons and the secretariat's coordinator reply to most comments, some
 * still wait. Everything goes through the real service, as the people concerned.
 */
@DemoSeed.Seed(name = "feedback", needs = "actionplan", after = "participation")
class FeedbackDemo implements DemoSeed {

    private static final String EXERCISE = "durango-2025-2026";
    private static final String DEMO_DOMAIN = "@demo.apertura.local";

    private final FeedbackService service;
    private final FeedbackRepository feedback;
    private final ActionPlanService plans;
    private final AccountService accounts;
    private final ActingAs actingAs;

    FeedbackDemo(FeedbackService service, FeedbackRepository feedback, ActionPlanService plans, AccountService accounts,
            ActingAs actingAs) {
        this.service = service;
        this.feedback = feedback;
        this.plans = plans;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    @Override
    public void seed() {
        if (feedback.count() == 0 && exerciseExists()) {
            SystemActor.run(this::load);
        }
    }

    private boolean exerciseExists() {
        try {
            return !plans.plans(plans.exercise(EXERCISE)).isEmpty();
        } catch (NotFoundException none) {
            return false;
        }
    }

    private void load() {
        ActionPlan plan = plans.plans(plans.exercise(EXERCISE)).get(0);
        Map<String, String> ids = plans.commitments(plan).stream()
                .collect(Collectors.toMap(Commitment::getCode, c -> c.getId().toString()));
        Account society = account("rodrigo.salas", "Rodrigo Salas Ontiveros", Role.STL_MEMBER, "stl-durango");
        Account coordinator = account("coordinacion.stl", "Lucía Arreola Meraz", Role.COORDINATOR, "stl-durango");
        Account congress = account("enlace.congreso", "Enlace de Transparencia del Congreso (ficticio)", Role.LIAISON,
                "congreso-durango");
        Account municipality = account("enlace.municipio", "Enlace de Innovación del Municipio (ficticio)", Role.LIAISON,
                "ayuntamiento-durango");
        Account gomez = account("enlace.gomez", "Enlace de Obras de Gómez Palacio (ficticio)", Role.LIAISON,
                "ayuntamiento-gomez-palacio");
        Account ana = account("ana.citlali", "Ana Citlali (ficticia)", null, null);
        Account vecino = account("vecino.lagunero", "Vecino lagunero", null, null);
        Account dato = account("datos.abiertos.dgo", "Datos Abiertos DGO (colectivo ficticio)", null, null);
        LocalDate today = service.today();

        String c1 = ids.get("DGO-01");
        anonymous(c1, true, true, true, false);
        Feedback f1 = comment(ana, c1, true, "¿Las compras de 2025 incluirán las adjudicaciones directas?");
        Feedback f2 = registered(society, c1, Channel.IN_PERSON, today.minusDays(12),
                "Mesa de trabajo en la Biblioteca Pública Central, Victoria de Durango", false,
                "No se entiende qué es el estándar OCDS; pidieron una explicación sencilla.");
        reply(coordinator, f1.getId(), "Sí: el conjunto de datos incluirá todos los procedimientos, también las "
                + "adjudicaciones directas.");
        reply(coordinator, f2.getId(), "Publicamos una guía de una página sobre el estándar OCDS en el portal del "
                + "compromiso y la explicaremos en la próxima mesa.");

        String c2 = ids.get("DGO-02");
        anonymous(c2, true, false, true);
        Feedback f3 = registered(congress, c2, Channel.REMOTE, today.minusDays(6), null, false,
                "Llamó una persona: su solicitud lleva 30 días sin respuesta y no sabe a quién preguntar.");
        reply(congress, f3.getId(), "El tablero de plazos ya muestra cada solicitud con su fecha límite; la unidad de "
                + "transparencia llamó a la persona para darle el estado de su solicitud.");
        comment(vecino, c2, false, "El tablero no dice cuántas solicitudes se respondieron fuera de plazo.");

        String c3 = ids.get("DGO-03");
        anonymous(c3, true, true);
        registered(society, c3, Channel.IN_PERSON, today.minusDays(3), "Foro universitario de archivos, Durango",
                true, "Muy útil saber que habrá inventario público del archivo de concentración.");

        String c4 = ids.get("DGO-04");
        anonymous(c4, false, false, true);
        Feedback f5 = registered(society, c4, Channel.IN_PERSON, today.minusDays(20),
                "Mesa de vecinos en la colonia Santa Rosa, Gómez Palacio", false,
                "Las propuestas de la primera mesa no tienen respuesta publicada.");
        Feedback f6 = registered(gomez, c4, Channel.REMOTE, today.minusDays(9), null, true,
                "Una vecina pidió por correo que el parque tenga juegos accesibles.");
        reply(gomez, f5.getId(), "Publicamos la respuesta a cada una de las 42 propuestas en la relatoría de la mesa; "
                + "la liga está en el hito «Mesas de trabajo con vecinos».");
        reply(gomez, f6.getId(), "El proyecto incluye una zona de juegos accesibles; está en la página 14 del "
                + "proyecto ejecutivo.");
        comment(vecino, c4, false, "¿Cuándo empieza la obra?");

        String c5 = ids.get("DGO-05");
        anonymous(c5, true, true, true, true);
        Feedback f7 = comment(dato, c5, true, "¿Los conjuntos se actualizarán cada mes?");
        reply(municipality, f7.getId(), "Sí: cada conjunto del catálogo indica su frecuencia; 12 de los 15 se "
                + "actualizan cada mes.");
        registered(municipality, c5, Channel.REMOTE, today.minusDays(2), null, true,
                "Escribieron al buzón de la Dirección de Innovación para proponer datos de transporte público.");
    }

    /** A fictional person, found or created, with a role when given. */
    private Account account(String user, String name, Role role, String scope) {
        Account account = accounts.byEmail(user + DEMO_DOMAIN)
                .orElseGet(() -> accounts.signUpWithoutPassword(user + DEMO_DOMAIN, name));
        if (role != null && accounts.memberships(account.getId()).stream()
                .noneMatch(m -> m.getRole() == role && scope.equals(m.getScopeId()))) {
            accounts.grant(account.getId(), role, scope, role == Role.STL_MEMBER
                    ? org.apertura.identity.Sector.CIVIL_SOCIETY : null);
        }
        return account;
    }

    private void anonymous(String commitment, boolean... votes) {
        for (boolean useful : votes) {
            service.give("commitment", commitment, useful, null, null);
        }
    }

    private Feedback comment(Account author, String commitment, boolean useful, String text) {
        Feedback[] given = new Feedback[1];
        actingAs.run(author.getId(), () -> given[0] = service.give("commitment", commitment, useful, text, null));
        return given[0];
    }

    private Feedback registered(Account facilitator, String commitment, Channel channel, LocalDate on, String place,
            boolean useful, String text) {
        Feedback[] given = new Feedback[1];
        actingAs.run(facilitator.getId(), () -> given[0] = service.register("commitment", commitment,
                new Registration(channel, on, place, useful, text, null)));
        return given[0];
    }

    private void reply(Account responder, Long feedbackId, String text) {
        actingAs.run(responder.getId(), () -> service.reply(feedbackId, text));
    }
}
