package org.apertura.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's meetings (ADR 0066): a past in-person meeting of the Durango participatory budget, with its minutes; an
 * upcoming hybrid meeting of the demo call for proposals three weeks from the day the demo starts, with three seats
 * taken by the budget's neighbours and two on the waiting list; and an upcoming in-person meeting of the consultation
 * on the calle Constitución ten days on, where its results and the city's reasoned decision are presented, with two
 * people registered. Nine confirmation e-mails in all, queued once (a restart finds the meetings and adds nothing).
 * The budget's and the consultation's pages show their meetings (ADR 0073). Loaded last, so that no other seed's
 * history shifts.
 */
@DemoSeed.Seed(name = "meetings", needs = {"cocreation", "participation"}, after = "community")
class MeetingsDemo implements DemoSeed {

    static final String CALL = "durango-2025-propuestas";
    static final String PROCESS = "durango-2026-presupuesto-participativo";
    static final String CONSULTATION = "durango-2026-calle-constitucion";
    private static final LocalDate PAST = LocalDate.of(2026, 5, 14);

    private final MeetingService service;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final Today today;
    private final TransactionTemplate transactions;

    MeetingsDemo(MeetingService service, AccountService accounts, ActingAs actingAs, Today today,
            PlatformTransactionManager transactionManager) {
        this.service = service;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.today = today;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void seed() {
        if (!service.all().isEmpty()) {
            return;
        }
        SystemActor.run(() -> transactions.executeWithoutResult(status -> load()));
    }

    private void load() {
        Meeting past = today.on(PAST.minusDays(10), () -> service.create("pb-process", PROCESS, new Meeting.Details(
                "Asamblea informativa del presupuesto participativo",
                "Explicamos cómo proponer proyectos para su colonia, cuánto dinero hay por distrito y cómo se revisa "
                        + "que cada proyecto se pueda hacer. Traiga sus ideas.",
                PAST.atTime(18, 0), PAST.atTime(20, 0), MeetingChannel.IN_PERSON,
                "Centro Cultural Casa de Cultura, Av. 20 de Noviembre 404, Zona Centro, Durango",
                new BigDecimal("24.024600"), new BigDecimal("-104.665200"), null, 80, true,
                "Acceso con rampa y baño accesible. Intérprete de Lengua de Señas Mexicana. Espacio para niñas y niños.")));
        for (int v = 0; v < 4; v++) {
            Long person = account(v);
            actingAs.run(person, () -> today.on(PAST.minusDays(3), () -> service.register(past.getId())));
        }
        today.on(PAST.plusDays(1), () -> service.publishMinutes(past.getId(),
                "Asistieron vecinas y vecinos de once colonias. Se explicaron las fases del presupuesto y el monto por "
                        + "distrito. Se resolvieron dudas sobre proyectos en espacios públicos y sobre cómo votar en "
                        + "persona. Acuerdo: abrir una mesa de asesoría los sábados durante la fase de propuestas.",
                42, null));
        LocalDateTime start = today.date().plusDays(21).atTime(17, 0);
        Meeting upcoming = service.create("call", CALL, new Meeting.Details(
                "Taller para escribir propuestas de gobierno abierto",
                "Un taller práctico para convertir un problema de su colonia en una propuesta para el plan de acción: "
                        + "qué problema atiende, qué se compromete y cómo se mide. Cupo limitado.",
                start, start.plusHours(2), MeetingChannel.HYBRID, "Biblioteca Pública Central, Calle Negrete 800 Pte., Durango",
                new BigDecimal("24.026900"), new BigDecimal("-104.671800"), "https://reuniones.example.org/taller-propuestas",
                3, true, "Sala en planta baja. Transmisión con subtítulos."));
        for (int v = 4; v < 9; v++) {
            Long person = account(v);
            actingAs.run(person, () -> service.register(upcoming.getId()));
        }
        LocalDateTime results = today.date().plusDays(10).atTime(18, 30);
        Meeting consultation = service.create("pc-consultation", CONSULTATION, new Meeting.Details(
                "Resultados de la consulta sobre la calle Constitución",
                "La Dirección de Movilidad presenta los resultados de la consulta, por distrito y por mesa, y la "
                        + "decisión razonada del Ayuntamiento. Habrá tiempo para preguntas de las y los vecinos.",
                results, results.plusMinutes(90), MeetingChannel.IN_PERSON,
                "Plaza de Armas, kiosco, Zona Centro, Durango", new BigDecimal("24.024800"),
                new BigDecimal("-104.670100"), null, 60, true, "Espacio abierto y a nivel de calle. Sillas reservadas."));
        for (int v = 0; v < 2; v++) {
            Long person = account(v);
            actingAs.run(person, () -> service.register(consultation.getId()));
        }
    }

    private Long account(int v) {
        return accounts.byEmail("presupuesto." + v + "@demo.apertura.local").orElseThrow().getId();
    }
}
