package org.apertura.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActionPlan;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Milestone;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;

/**
 * The demo challenge of commitment DGO-01 (open public procurement) of "Durango 2025-2026", run from
 * registration to results through the real services by fictional people: two teams with their
 * submissions under free licences, a jury of three with its scores, a winner, and the milestone that took
 * the winning work forward. Teams register and submit while it is open; then its schedule is set to the
 * dates it ran (autumn 2025) and the jury scores.
 */
@DemoSeed.Seed(name = "challenge", needs = "actionplan", after = "feedback")
class ChallengeDemo implements DemoSeed {

    static final String SLUG = "reto-datos-abiertos-de-compras";

    private final ChallengeService challenges;
    private final ActionPlanService plans;
    private final AccountService accounts;
    private final ActingAs actingAs;

    ChallengeDemo(ChallengeService challenges, ActionPlanService plans, AccountService accounts, ActingAs actingAs) {
        this.challenges = challenges;
        this.plans = plans;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    @Override
    public void seed() {
        if (challenges.isEmpty() && demoCommitment() != null) {
            SystemActor.run(this::load);
        }
    }

    private Commitment demoCommitment() {
        try {
            Exercise exercise = plans.exercise("durango-2025-2026");
            List<ActionPlan> list = plans.plans(exercise);
            return list.isEmpty() ? null : plans.commitments(list.get(0)).stream()
                    .filter(c -> c.getCode().equals("DGO-01")).findFirst().orElse(null);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private void load() {
        Commitment commitment = demoCommitment();
        LocalDate today = challenges.today();
        String summary = "Las compras del estado ya se publican en el estándar de contrataciones abiertas (OCDS). "
                + "¿Cómo pueden las personas seguir el dinero sin ser expertas? Buscamos herramientas sencillas "
                + "para revisar contratos y proveedores. Las personas de esta demostración son ficticias.";
        String rules = "Equipos de 1 a 5 personas.\nCada equipo hace una sola entrega, con licencia libre.\n"
                + "El jurado califica con la rúbrica publicada; sus calificaciones se publican con los resultados.";
        String prizes = "Primer lugar: 30,000 pesos y acompañamiento para llevar la herramienta al tablero oficial\n"
                + "Mención honorífica: publicación en el portal de datos del estado";
        String datasets = "https://datos.example.org/durango/compras-2025-ocds\nhttps://datos.example.org/durango/proveedores";
        challenges.createPublished(commitment.getId(), new ChallengeDraft("Reto de datos abiertos de compras", SLUG,
                ChallengeKind.HACKATHON, summary, rules, prizes, datasets, today.minusDays(1), today, today, today,
                today.plusDays(1)));
        challenges.addCriterion(SLUG, "Utilidad pública", "¿Ayuda a cualquier persona a seguir el dinero?", 3);
        challenges.addCriterion(SLUG, "Uso de los datos abiertos", "¿Usa bien los datos OCDS publicados?", 2);
        challenges.addCriterion(SLUG, "Calidad técnica", "¿Funciona, es accesible y está documentada?", 2);
        challenges.addCriterion(SLUG, "Reutilización", "¿Otra dependencia o municipio puede adoptarla?", 1);

        Account valeria = person("valeria.campos", "Valeria Campos");
        Account diego = person("diego.herrera", "Diego Herrera");
        Account monica = person("monica.rios", "Mónica Ríos");
        Account jorge = person("jorge.castaneda", "Jorge Castañeda");
        Account elena = person("elena.quinones", "Elena Quiñones (jurado)");
        Account martin = person("martin.soto", "Martín Soto (jurado)");
        Account sara = person("sara.olvera", "Sara Olvera (jurado)");

        Team[] first = new Team[2];
        actingAs.run(valeria.getId(), () -> first[0] = challenges.registerTeam(SLUG, "Compras Claras"));
        actingAs.run(diego.getId(), () -> challenges.joinTeam(SLUG, first[0].getJoinCode()));
        actingAs.run(monica.getId(), () -> first[1] = challenges.registerTeam(SLUG, "Lupa Ciudadana"));
        actingAs.run(jorge.getId(), () -> challenges.joinTeam(SLUG, first[1].getJoinCode()));
        actingAs.run(diego.getId(), () -> challenges.submit(SLUG, "Semáforo de contratos",
                "Marca en verde, amarillo o rojo cada contrato según su procedimiento, su monto y sus plazos, "
                        + "y explica cada señal en lenguaje ciudadano.",
                "https://codigo.example.org/compras-claras/semaforo", "AGPL-3.0-or-later"));
        actingAs.run(monica.getId(), () -> challenges.submit(SLUG, "Mapa de proveedores",
                "Muestra en un mapa a quién compra el estado, cuánto y con qué frecuencia, con descarga en CSV.",
                "https://codigo.example.org/lupa-ciudadana/mapa-proveedores", "MIT"));
        for (Account juror : List.of(elena, martin, sara)) {
            challenges.addJuror(SLUG, juror.getEmail());
        }
        challenges.change(SLUG, new ChallengeDraft("Reto de datos abiertos de compras", SLUG, ChallengeKind.HACKATHON,
                summary, rules, prizes, datasets, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 24),
                LocalDate.of(2025, 10, 10), LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 28)));

        Challenge challenge = challenges.challenge(SLUG);
        List<Criterion> rubric = challenges.rubric(challenge);
        Submission semaforo = challenges.submissionOf(first[0]).orElseThrow();
        Submission mapa = challenges.submissionOf(first[1]).orElseThrow();
        score(elena, semaforo, rubric, List.of(9, 8, 8, 9), "Resuelve una pregunta que la gente sí se hace.");
        score(elena, mapa, rubric, List.of(7, 8, 7, 6), "Buen uso de los datos; falta explicar qué significa cada punto.");
        score(martin, semaforo, rubric, List.of(8, 9, 7, 8), null);
        score(martin, mapa, rubric, List.of(7, 7, 8, 7), "Técnicamente sólido y accesible.");
        score(sara, semaforo, rubric, List.of(9, 9, 8, 10), "Cualquier municipio podría adoptarlo mañana.");
        score(sara, mapa, rubric, List.of(6, 8, 7, 7), null);
        challenges.publishResults(SLUG, Map.of(semaforo.getId(),
                "Primer lugar: 30,000 pesos y acompañamiento para llevarlo al tablero oficial",
                mapa.getId(), "Mención honorífica"));
        Milestone board = challenges.milestones(challenge).stream()
                .filter(m -> m.getTitle().equals("Tablero público de contratos")).findFirst().orElseThrow();
        challenges.linkFollowUp(SLUG, semaforo.getId(), board.getId(), "La Secretaría de Finanzas tomó el "
                + "semáforo de contratos como base del tablero público; el equipo acompañó su integración.");
    }

    private void score(Account juror, Submission submission, List<Criterion> rubric, List<Integer> scores,
            String comment) {
        Map<Long, Integer> byCriterion = new java.util.HashMap<>();
        for (int i = 0; i < rubric.size(); i++) {
            byCriterion.put(rubric.get(i).getId(), scores.get(i));
        }
        actingAs.run(juror.getId(), () -> challenges.score(SLUG, submission.getId(), byCriterion, comment));
    }

    private Account person(String user, String name) {
        return accounts.signUpWithoutPassword(user + "@demo.apertura.local", name);
    }
}
