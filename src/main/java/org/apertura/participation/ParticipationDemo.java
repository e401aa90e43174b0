package org.apertura.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.platform.comments.CommentPosts;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.media.Attachments;
import org.apertura.platform.time.Today;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's participatory budget: Victoria de Durango's 2026 budget of six million pesos in three real colonias
 * (fictional projects, people and CURPs), replayed day by day through the same services people use: projects
 * proposed online, supported by registered neighbours (all but one reach the threshold of three supports),
 * reviewed (two found unfeasible, with the reason), voted online by verified neighbours, on paper at polling tables
 * (one by one, and two tables' paper counts from their acts, one corrected) and by telephone (one ballot registered
 * by an official through the remote channel), and the results
 * counted and published — a knapsack count that funds projects within each colonia's amount. The plan's commitment
 * DGO-06 (the city's participatory budget) executes it: linked before publication, each funded project became one
 * of its milestones, and the municipality's liaison reports them with evidence (ADR 0081): the vote's own milestone
 * and five winning works delivered with their acts and accepted by the secretariat (complete; the bike lane after a
 * progress report refused), the square's works, late, reported and awaiting review.
 * The square's project has a short thread of comments and one comment hidden by the secretariat with its reason.
 * A debate on Sunday pedestrian streets (arguments for and against, replies, votes) and a binding consultation after
 * the results (answered online and at tables, counted and published) show the rest of the process (ADR 0039).
 */
@DemoSeed.Seed(name = "participation", needs = "actionplan", after = "cocreation")
class ParticipationDemo implements DemoSeed {

    static final String PROCESS = "durango-2026-presupuesto-participativo";
    /** The consultation of its own (ADR 0054); its tables are among those /datos lists. */
    static final String OWN_CONSULTATION = "durango-2026-calle-constitucion";
    private static final String EXERCISE = "durango-2025-2026";

    private final ParticipationService service;
    private final CommentPosts comments;
    private final ConsultationService consultations;
    private final DebateService debates;
    private final BudgetProcessRepository processes;
    private final ActionPlanService plans;
    private final org.apertura.actionplan.EvidenceService evidence;
    private final org.apertura.platform.PublicUrl publicUrl;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final Today today;
    private final TransactionTemplate transactions;
    private final ProjectMedia media;

    ParticipationDemo(ParticipationService service, BudgetProcessRepository processes, ActionPlanService plans,
            AccountService accounts, ActingAs actingAs, Today today, PlatformTransactionManager transactionManager,
            CommentPosts comments, ConsultationService consultations, DebateService debates,
            org.apertura.actionplan.EvidenceService evidence, org.apertura.platform.PublicUrl publicUrl,
            ProjectMedia media) {
        this.media = media;
        this.evidence = evidence;
        this.publicUrl = publicUrl;
        this.service = service;
        this.comments = comments;
        this.consultations = consultations;
        this.debates = debates;
        this.processes = processes;
        this.plans = plans;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.today = today;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void seed() {
        if (processes.count() == 0 && plans.exercises().stream().anyMatch(e -> e.getSlug().equals(EXERCISE))) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> load()));
        }
    }

    /** A demo project: its colonia, text, place and point, estimate, and the review it got. */
    private record Seed(String district, String title, String description, String place, String lat, String lon,
            String estimate, String cost, String unfeasible) {
    }

    /** Supports a project needs to go on to the feasibility review. */
    private static final int THRESHOLD = 3;
    private static final LocalDate PROPOSALS = LocalDate.of(2026, 2, 2);
    private static final LocalDate REVIEW = LocalDate.of(2026, 3, 2);
    private static final LocalDate SUPPORT = LocalDate.of(2026, 4, 6);
    private static final LocalDate VOTING = LocalDate.of(2026, 5, 4);
    private static final LocalDate RESULTS = LocalDate.of(2026, 5, 25);
    private static final LocalDate EXECUTION = LocalDate.of(2026, 6, 15);

    private void load() {
        service.create(EXERCISE, new BudgetProcess.Terms(PROCESS, "Presupuesto participativo de Durango 2026",
                "El Ayuntamiento de Durango destina seis millones de pesos a proyectos que proponen y eligen las vecinas "
                        + "y los vecinos de tres colonias. Cada colonia tiene dos millones; se vota en línea o en las mesas "
                        + "instaladas en cada colonia, y los proyectos ganadores se ejecutan como compromisos con seguimiento.",
                new BigDecimal("6000000.00"), VotingRule.KNAPSACK, null, PROPOSALS, REVIEW, SUPPORT, VOTING, RESULTS,
                EXECUTION, List.of(new BudgetProcess.DistrictTerms("Zona Centro", new BigDecimal("2000000.00")),
                        new BudgetProcess.DistrictTerms("Jardines de Durango", new BigDecimal("2000000.00")),
                        new BudgetProcess.DistrictTerms("Valle del Sur", new BigDecimal("2000000.00"))), THRESHOLD));
        BudgetProcess process = service.process(PROCESS);
        List<Account> neighbours = new ArrayList<>();
        for (String name : List.of("Vecina de la Zona Centro", "Comité de Jardines", "Don Ramiro del Valle",
                "Paty Soto", "Colectivo Parque Guadiana", "Joven del Valle del Sur", "Maestra Irma", "Luis A.",
                "Vecino de Jardines", "Comerciante del Centro", "Abuela Chayo", "Ciclista duranguense")) {
            neighbours.add(accounts.signUpWithoutPassword("presupuesto." + neighbours.size() + "@demo.apertura.local",
                    name));
        }
        List<BudgetProject> proposed = new ArrayList<>();
        List<Seed> seeds = seeds();
        for (int i = 0; i < seeds.size(); i++) {
            Seed s = seeds.get(i);
            Account author = neighbours.get(i % neighbours.size());
            BudgetProject.Text text = new BudgetProject.Text(s.title(), s.description(), slugOf(s.district()), s.place(),
                    new BigDecimal(s.lat()), new BigDecimal(s.lon()), new BigDecimal(s.estimate()));
            byte[] image = i == 1 ? sketch() : null;
            actingAs.run(author.getId(), () -> proposed.add(today.on(PROPOSALS.plusDays(2 + seeds.indexOf(s)),
                    () -> media.propose(process, text, image == null ? null : new Attachments.Upload("plaza.png", image,
                            "Dibujo de una plaza con tres velarias azules que dan sombra y bebederos verdes debajo"), author.getId()))));
        }
        // Supports: each neighbour registers in their colonia with a (fictional) CURP and supports projects of it;
        // every project but the mural reaches the threshold and goes on to the feasibility review.
        String[] colonia = {"Zona Centro", "Jardines de Durango", "Valle del Sur"};
        int[][] supported = {{1, 2, 3}, {1, 2}, {1, 3, 11}, {2, 3}, {4, 5, 6}, {4, 6}, {5, 4}, {5, 6}, {7, 8, 9, 10},
            {7, 8, 9}, {8, 9, 10}, {7, 10}};
        for (int v = 0; v < neighbours.size(); v++) {
            Account voter = neighbours.get(v);
            String district = slugOf(colonia[v / 4]);
            String curp = curp(v);
            int[] chosen = supported[v];
            int day = v;
            actingAs.run(voter.getId(), () -> today.on(SUPPORT.plusDays(1 + day % 5), () -> {
                service.declareResidence(PROCESS, district, curp, true);
                for (int p : chosen) {
                    service.support(PROCESS, proposed.get(p - 1).getNumber());
                }
            }));
        }
        comment(neighbours, proposed);
        for (int i = 0; i < seeds.size(); i++) {
            Seed s = seeds.get(i);
            if (s.cost() == null && s.unfeasible() == null) {
                continue; // did not reach the threshold: never reviewed, never on the ballot
            }
            int number = proposed.get(i).getNumber();
            BudgetProject.Review review = s.unfeasible() != null
                    ? new BudgetProject.Review(ProjectStatus.UNFEASIBLE, s.unfeasible(), null)
                    : new BudgetProject.Review(ProjectStatus.FEASIBLE, "Viable. La Dirección de Obras Públicas revisó el "
                            + "terreno y el costo; se ajustó el presupuesto con precios unitarios de 2026.",
                            new BigDecimal(s.cost()));
            today.on(SUPPORT.plusDays(8 + i), () -> service.review(PROCESS, number, review));
        }
        // Online: each registered neighbour fills a ballot in their colonia.
        int[][] online = {{1, 2}, {1, 3}, {2, 3}, {1}, {4, 5}, {4, 6}, {5}, {4, 5}, {8, 9}, {8}, {8, 9}, {9}};
        for (int v = 0; v < neighbours.size(); v++) {
            Account voter = neighbours.get(v);
            List<Long> choices = ids(proposed, online[v]);
            int day = v;
            actingAs.run(voter.getId(), () -> today.on(VOTING.plusDays(day % 10), () -> service.vote(PROCESS, choices)));
        }
        // One neighbour changes their mind before the close: only their last ballot counts.
        actingAs.run(neighbours.get(3).getId(), () -> today.on(VOTING.plusDays(15),
                () -> service.vote(PROCESS, ids(proposed, new int[] {2, 3}))));
        // On paper at the tables of each colonia, registered by the secretariat.
        int[][] paper = {{1, 3}, {2}, {2, 3}, {1, 2}, {3}, {5, 6}, {6}, {4, 6}, {5}, {8}, {8, 9}, {9}, {9, 8}};
        for (int b = 0; b < paper.length; b++) {
            int c = b < 5 ? 0 : b < 9 ? 1 : 2;
            String table = "Mesa " + (c + 1) + " — " + (c == 0 ? "Plaza de Armas" : c == 1 ? "Parque Jardines" : "Centro comunitario Valle del Sur");
            List<Long> choices = ids(proposed, paper[b]);
            String curp = curp(100 + b);
            String district = slugOf(colonia[c]);
            today.on(VOTING.plusDays(13), () -> service.registerInPerson(PROCESS, curp, district, table, choices));
        }
        // By telephone: a neighbour of Jardines who could not reach a table voted through the participation office's
        // line, where an official registered the ballot with her CURP (theme i's remote channel); it adds to the
        // project that already led its colonia, so the funded set is the same.
        today.on(VOTING.plusDays(14), () -> service.registerByOfficial(PROCESS,
                org.apertura.platform.intake.Channel.REMOTE, curp(120), slugOf(colonia[1]),
                "Línea telefónica de Participación Ciudadana", ids(proposed, new int[] {5})));
        // Two tables counted their paper ballots and entered the figures of their acts; one was corrected after a
        // recount, and its first figures stay public with the reason.
        today.on(VOTING.plusDays(20), () -> {
            service.enterTableTally(PROCESS, new TableTally.Entry("Mesa 4 — Mercado Gómez Palacio",
                    slugOf(colonia[0]), "Acta 004", 9, 8, 1, votes(proposed, new int[][] {{1, 5}, {2, 3}, {3, 4}}),
                    null), "acta-004.png", act("Mesa 4 — Acta 004"));
            service.enterTableTally(PROCESS, new TableTally.Entry("Mesa 5 — Escuela del Valle del Sur",
                    slugOf(colonia[2]), "Acta 005", 12, 11, 1, votes(proposed, new int[][] {{8, 7}, {9, 6}}), null),
                    "acta-005.png", act("Mesa 5 — Acta 005"));
        });
        today.on(RESULTS, () -> {
            service.enterTableTally(PROCESS, new TableTally.Entry("Mesa 4 — Mercado Gómez Palacio",
                    slugOf(colonia[0]), "Acta 004 (recuento)", 9, 9, 0,
                    votes(proposed, new int[][] {{1, 5}, {2, 3}, {3, 5}}), "En el recuento ante las y los "
                            + "representantes vecinales, una boleta que se había anotado como nula tenía marcado "
                            + "con claridad el proyecto de luminarias."), "acta-004-recuento.png",
                    act("Mesa 4 — Acta 004, recuento"));
            executingCommitment().ifPresent(c -> service.followExecution(PROCESS, c.getId()));
            service.publishResults(PROCESS);
        });
        execution();
        debate(neighbours);
        consult(neighbours);
        consultOwn(neighbours);
    }

    /** The plan's commitment that executes the budget (DGO-06, the actionplan demo's), when the plan has it. */
    private java.util.Optional<org.apertura.actionplan.Commitment> executingCommitment() {
        return service.executionCandidates(service.process(PROCESS)).stream()
                .filter(c -> EXECUTING.equals(c.getCode())).findFirst();
    }

    /** The commitment of the demo plan that executes the city's participatory budget. */
    static final String EXECUTING = "DGO-06";

    /**
     * The execution, reported like any milestone's (ADR 0081), within the plan's period (the winners' milestones run
     * from the execution phase, 15 June 2026, to the plan's last day, 31 August 2026): the municipality's liaison links
     * the published results to the commitment's milestone of the vote, and a civil-society member of the secretariat
     * accepts it. Each winning work is delivered with its signed act of delivery (a file kept by Storage) and accepted,
     * so its milestone is complete: the andador's lights, the Valle del Sur's community centre, the Jardines works; the
     * bike lane's first report, a progress report, is refused with the reason (the milestone asks for the finished work),
     * and its act of delivery is accepted later. The square's drinking fountains and shade sails ran late: a progress
     * report sent before the last day still awaits the secretariat's review, so that one winner shows overdue, with its
     * report — what an honest tracker shows of a year's works.
     */
    private void execution() {
        var commitment = executingCommitment();
        var liaison = accounts.byEmail("enlace.municipio@demo.apertura.local");
        var society = accounts.byEmail("rodrigo.salas@demo.apertura.local");
        if (commitment.isEmpty() || liaison.isEmpty() || society.isEmpty()) {
            return;
        }
        BudgetProcess process = service.process(PROCESS);
        var milestones = plans.milestones(commitment.get());
        milestones.stream().filter(m -> m.getTitle().startsWith("Votación y resultados")).findFirst().ifPresent(vote -> {
            var results = by(liaison.get(), RESULTS.plusDays(2), () -> evidence.submitLink(vote.getId(),
                    org.apertura.actionplan.Evidence.Kind.LINK, "Resultados del presupuesto participativo por colonia, "
                            + "con las actas de las mesas", publicUrl.of("/presupuestos-participativos/" + PROCESS
                            + "/resultados")));
            by(society.get(), RESULTS.plusDays(4), () -> evidence.review(results.getId(), true,
                    "Los resultados están publicados por colonia y canal, con las actas de las mesas y su corrección."));
        });
        Account municipality = liaison.get();
        Account reviewer = society.get();
        delivered(process, municipality, reviewer, "Centro comunitario con biblioteca", LocalDate.of(2026, 7, 30),
                "Acta de entrega del equipamiento del centro comunitario del Valle del Sur: 600 libros, 12 "
                        + "computadoras e internet", "acta-entrega-centro-comunitario.png",
                "El acta lista el equipo entregado y la firma el comité vecinal; el centro abrió el 1 de agosto.");
        delivered(process, municipality, reviewer, "Luminarias en el andador Constitución", LocalDate.of(2026, 8, 14),
                "Acta de entrega de las luminarias LED del andador Constitución, firmada por el comité vecinal",
                "acta-entrega-luminarias.png",
                "El acta está firmada por el comité vecinal y el andador ya tiene las luminarias encendidas.");
        delivered(process, municipality, reviewer, "Huerto comunitario y composta", LocalDate.of(2026, 8, 7),
                "Acta de entrega del huerto comunitario y su área de composta al comité vecinal",
                "acta-entrega-huerto.png", "El acta y las fotos muestran el riego por goteo funcionando.");
        delivered(process, municipality, reviewer, "Juegos infantiles incluyentes", LocalDate.of(2026, 8, 10),
                "Acta de entrega de los juegos infantiles incluyentes, con el dictamen de seguridad",
                "acta-entrega-juegos.png", "El acta incluye el dictamen de seguridad de Protección Civil.");
        delivered(process, municipality, reviewer, "Cancha de usos múltiples techada", LocalDate.of(2026, 8, 25),
                "Acta de entrega de la cancha techada del parque de Jardines de Durango",
                "acta-entrega-cancha.png", "El acta está firmada y la cancha ya se usa con su techo terminado.");
        milestoneOf(process, "Ciclovía a la escuela secundaria").ifPresent(lane -> {
            var progress = by(municipality, LocalDate.of(2026, 7, 20), () -> evidence.submitFile(lane,
                    "Reporte de avance: 800 de 1,200 metros de ciclovía confinada", "avance-ciclovia.png",
                    act("Reporte de avance — ciclovía del Valle del Sur")));
            by(reviewer, LocalDate.of(2026, 7, 24), () -> evidence.review(progress.getId(), false,
                    "Es un avance de obra: el hito se cumple con la ciclovía terminada y su acta de entrega."));
        });
        delivered(process, municipality, reviewer, "Ciclovía a la escuela secundaria", LocalDate.of(2026, 8, 24),
                "Acta de entrega de la ciclovía de 1.2 km hasta la Secundaria Técnica", "acta-entrega-ciclovia.png",
                "La ciclovía está terminada en sus 1.2 km, con señales y confinamiento.");
        milestoneOf(process, "Bebederos y sombra en la Plaza de Armas").ifPresent(square -> by(municipality,
                LocalDate.of(2026, 8, 21), () -> evidence.submitFile(square, "Reporte de avance de obra: velarias "
                        + "colocadas; los tres bebederos, en obra", "avance-plaza-de-armas.png",
                act("Reporte de avance — Plaza de Armas"))));
    }

    /**
     * A winning work delivered: its liaison sends the signed act of delivery on the day, and the secretariat's member
     * accepts it four days later (by the plan's last day), which completes the milestone. Nothing if the project did
     * not win.
     */
    private void delivered(BudgetProcess process, Account liaison, Account reviewer, String project, LocalDate day,
            String title, String file, String acceptance) {
        milestoneOf(process, project).ifPresent(milestone -> {
            var act = by(liaison, day, () -> evidence.submitFile(milestone, title, file, act("Acta de entrega — "
                    + project)));
            LocalDate review = day.plusDays(4).isAfter(LAST_DAY) ? LAST_DAY : day.plusDays(4);
            by(reviewer, review, () -> evidence.review(act.getId(), true, acceptance));
        });
    }

    /** The demo plan's last day: the winners' milestones are due then. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 8, 31);

    /** The milestone that executes the funded project with this title, if it is one. */
    private java.util.Optional<Long> milestoneOf(BudgetProcess process, String title) {
        return service.projects(process).stream().filter(p -> p.getTitle().equals(title)).findFirst()
                .flatMap(BudgetProject::getMilestoneId);
    }

    /** What the person does on the day, and what it gives. */
    private <T> T by(Account person, LocalDate day, java.util.function.Supplier<T> action) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        actingAs.run(person.getId(), () -> today.on(day, () -> result.set(action.get())));
        return result.get();
    }

    /**
     * A debate opened with the call for proposals, on closing the historic centre's streets to cars on Sundays:
     * arguments for and against from neighbours, replies, votes up and down (ADR 0039).
     */
    private void debate(List<Account> neighbours) {
        int number = today.on(PROPOSALS, () -> debates.open(PROCESS, new Debate.Terms(
                "¿Cerrar al tráfico las calles del Centro Histórico los domingos?",
                "Algunas vecinas y vecinos proponen que las calles del primer cuadro sean peatonales los domingos de "
                        + "8 a 15 h, con paseo ciclista. Antes de proponerlo como proyecto, el Ayuntamiento abre este "
                        + "debate para conocer los argumentos a favor y en contra.",
                PROPOSALS, REVIEW.minusDays(1)))).getNumber();
        String on = debates.debate(service.process(PROCESS), number).getId().toString();
        Long[] posted = new Long[4];
        post(neighbours.get(11), PROPOSALS.plusDays(1), () -> posted[0] = comments.post(ParticipationItems.DEBATE, on,
                null, "FOR", "Las familias tendrían un lugar seguro para caminar y andar en bici; en otras ciudades el "
                        + "paseo dominical atrae visitantes a los comercios."));
        post(neighbours.get(9), PROPOSALS.plusDays(2), () -> posted[1] = comments.post(ParticipationItems.DEBATE, on,
                null, "AGAINST", "Los domingos llegan clientes en coche desde otras colonias; si no pueden "
                        + "estacionarse cerca, compran en otro lado. Pedimos que se abran estacionamientos cercanos."));
        post(neighbours.get(0), PROPOSALS.plusDays(3), () -> comments.post(ParticipationItems.DEBATE, on, posted[1],
                "Se podría empezar con dos calles y medir las ventas antes y después."));
        post(neighbours.get(6), PROPOSALS.plusDays(4), () -> posted[2] = comments.post(ParticipationItems.DEBATE, on,
                null, "FOR", "Menos ruido y menos humo frente a la catedral y las escuelas."));
        post(neighbours.get(2), PROPOSALS.plusDays(5), () -> posted[3] = comments.post(ParticipationItems.DEBATE, on,
                null, "¿Cómo pasarían las ambulancias y quienes viven en esas calles?"));
        post(neighbours.get(11), PROPOSALS.plusDays(6), () -> comments.post(ParticipationItems.DEBATE, on, posted[3],
                "Con un carril libre para emergencias y acceso para residentes, como en los paseos de otras ciudades."));
        int[][] votes = {{1, 0, 1}, {2, 0, 1}, {3, 0, 1}, {4, 1, 1}, {5, 1, -1}, {7, 2, 1}, {8, 1, 1}, {10, 2, 1},
            {4, 3, 1}};
        for (int[] v : votes) {
            post(neighbours.get(v[0]), PROPOSALS.plusDays(8), () -> comments.vote(posted[v[1]], v[2]));
        }
    }

    /**
     * A binding consultation after the results, for every registered voter of the three colonias: whether the 2027
     * budget adds a fourth colonia. Neighbours answer online (one changes their mind) and at a table, where one person
     * already registered at the vote answers as that voter and new people are registered; another table counts its
     * paper ballots and enters its act (ADR 0054); then the count is published (ADR 0039).
     */
    private void consult(List<Account> neighbours) {
        LocalDate opens = RESULTS.plusDays(1);
        LocalDate closes = RESULTS.plusDays(14);
        int number = today.on(opens, () -> consultations.open(PROCESS, new Consultation.Terms(
                "¿Debe el presupuesto participativo de 2027 sumar la colonia Cerro del Mercado?",
                "Si gana el «Sí», el Ayuntamiento dividirá el monto de 2027 entre cuatro colonias en lugar de tres; "
                        + "el monto por colonia será menor. La consulta es vinculante.", null, true, opens, closes,
                List.of("Sí, sumar la colonia Cerro del Mercado", "No, seguir con las tres colonias")))).getNumber();
        Consultation consultation = consultations.consultation(service.process(PROCESS), number);
        List<ConsultationService.Option> options = consultations.options(consultation);
        int[] online = {0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0};
        for (int v = 0; v < online.length; v++) {
            long option = options.get(online[v]).id();
            post(neighbours.get(v), opens.plusDays(1 + v % 5), () -> consultations.answer(PROCESS, number, option));
        }
        post(neighbours.get(2), opens.plusDays(9), () -> consultations.answer(PROCESS, number, options.get(0).id()));
        String[] colonia = {"Zona Centro", "Jardines de Durango", "Valle del Sur"};
        int[][] tables = {{100, 0, 0}, {200, 1, 1}, {201, 0, 1}, {202, 1, 2}, {203, 1, 2}, {204, 0, 0}};
        for (int[] t : tables) {
            String table = "Mesa " + (t[2] + 1) + " — consulta";
            long option = options.get(t[1]).id();
            today.on(opens.plusDays(7), () -> consultations.registerInPerson(PROCESS, number, curp(t[0]),
                    slugOf(colonia[t[2]]), table, option));
        }
        // On the last day the table at the Mercado counted its paper ballots and an official entered the figures of
        // its act (ADR 0054): they are added once to the answers given online and registered one by one.
        Map<Long, Integer> paper = Map.of(options.get(0).id(), 6, options.get(1).id(), 4);
        today.on(closes, () -> consultations.enterTableTally(PROCESS, number, new ConsultationTally.Entry(
                "Mesa 4 — Mercado Gómez Palacio, consulta", slugOf(colonia[0]), "Acta C-004", 11, 10, 1, paper),
                "acta-c-004.png", act("Mesa 4 — consulta — Acta C-004")));
        today.on(closes.plusDays(1), () -> consultations.publish(PROCESS, number));
    }

    /**
     * A consultation of the people outside the budget (ADR 0054), advisory: whether the calle Constitución closes to
     * cars on Sundays, for two districts of its own, open for four weeks until three days before the demo is loaded.
     * Eight neighbours declare where they live and answer online (one changes their mind), an official registers three
     * answers at a table and two received by telephone, checking each CURP, another table's paper count is entered
     * with its act, and the day after it closes the count is published: every public page of a consultation of its
     * own has something to show.
     */
    private void consultOwn(List<Account> neighbours) {
        LocalDate opens = today.date().minusDays(30);
        LocalDate closes = today.date().minusDays(3);
        today.on(opens, () -> consultations.open(new Consultation.Standalone(OWN_CONSULTATION, EXERCISE,
                List.of("Zona Centro", "Barrio de Analco")), new Consultation.Terms(
                "¿Debe cerrarse la calle Constitución a los coches los domingos?",
                "Propuesta de la Dirección de Movilidad: cerrar la calle Constitución, de la Plaza de Armas a la "
                        + "calle Negrete, los domingos de 8 a 14 horas, para caminar y andar en bicicleta. La consulta "
                        + "es consultiva: el Ayuntamiento publicará su decisión razonada con los resultados.",
                null, false, opens, closes, List.of("Sí, cerrarla los domingos", "No, dejarla abierta",
                        "Solo el primer domingo de cada mes"))));
        ConsultationService.Ref ref = ConsultationService.Ref.standalone(OWN_CONSULTATION);
        List<ConsultationService.Option> options = consultations.options(consultations.held(ref).consultation());
        String[] district = {"zona-centro", "barrio-de-analco"};
        int[] chosen = {0, 0, 1, 2, 0, 1, 0, 2};
        for (int v = 0; v < chosen.length; v++) {
            String curp = curp(v);
            String where = district[v % 2];
            long option = options.get(chosen[v]).id();
            post(neighbours.get(v), opens.plusDays(1 + v % 4), () -> {
                consultations.declareResidence(OWN_CONSULTATION, where, curp, true);
                consultations.answer(ref, option);
            });
        }
        post(neighbours.get(3), opens.plusDays(5), () -> consultations.answer(ref, options.get(0).id()));
        int[][] table = {{300, 0}, {301, 1}, {302, 0}};
        for (int[] t : table) {
            long option = options.get(t[1]).id();
            today.on(opens.plusDays(6), () -> consultations.registerInPerson(ref, curp(t[0]), district[0],
                    "Mesa 1 — Plaza de Armas", option));
        }
        // two neighbours of Analco answered by telephone; the same table's official registered them, CURP checked
        int[][] remote = {{304, 2}, {305, 0}};
        for (int[] t : remote) {
            long option = options.get(t[1]).id();
            today.on(opens.plusDays(8), () -> consultations.registerByOfficial(ref,
                    org.apertura.platform.intake.Channel.REMOTE, curp(t[0]), district[1],
                    "Mesa 1 — Plaza de Armas", option));
        }
        Map<Long, Integer> paper = Map.of(options.get(0).id(), 5, options.get(1).id(), 2, options.get(2).id(), 1);
        today.on(opens.plusDays(6), () -> consultations.enterTableTally(ref, new ConsultationTally.Entry(
                "Mesa 2 — Jardín de Analco", district[1], "Acta V-002", 9, 8, 1, paper), "acta-v-002.png",
                act("Mesa 2 — Analco — Acta V-002")));
        today.on(closes.plusDays(1), () -> consultations.publish(ref));
    }

    private void post(Account person, LocalDate day, Runnable action) {
        actingAs.run(person.getId(), () -> today.on(day, action));
    }

    /**
     * Comments on the square's project during the support phase: a question, its answer by the proposer and another
     * neighbour's reply, and a comment that publishes a person's phone number, reported by two neighbours and hidden by
     * the secretariat with its reason (ADR 0027).
     */
    private void comment(List<Account> neighbours, List<BudgetProject> proposed) {
        String square = proposed.get(1).getId().toString();
        String project = ParticipationItems.PROJECT;
        Long[] question = new Long[1];
        post(neighbours.get(2), SUPPORT.plusDays(2), () -> question[0] = comments.post(project, square, null,
                "¿Los bebederos tendrán filtro? En la plaza el agua de la llave sabe a cloro."));
        post(neighbours.get(1), SUPPORT.plusDays(3), () -> comments.post(project, square, question[0],
                "Sí: la propuesta pide bebederos con filtro y mantenimiento cada mes. Si la revisión técnica cambia "
                        + "el costo, lo comentamos aquí."));
        post(neighbours.get(9), SUPPORT.plusDays(4), () -> comments.post(project, square, question[0],
                "Los comerciantes de la plaza podemos ayudar a cuidarlos."));
        Long[] rude = new Long[1];
        post(neighbours.get(3), SUPPORT.plusDays(4), () -> rude[0] = comments.post(project, square, null,
                "El que cuida la plaza no hace nada, llámenle y díganselo: 618 000 0000."));
        post(neighbours.get(0), SUPPORT.plusDays(5), () -> comments.flag(rude[0], "Publica un teléfono"));
        post(neighbours.get(10), SUPPORT.plusDays(5), () -> comments.flag(rude[0], null));
        post(moderator(), SUPPORT.plusDays(6), () -> comments.hide(rude[0],
                "Publicaba el teléfono de una persona. Las quejas sobre el personal se presentan en la Contraloría "
                        + "Municipal."));
    }

    /** The secretariat's coordinator of the demo's exercise, who moderates the budget's comments. */
    private Account moderator() {
        String email = "coordinacion.stl@demo.apertura.local";
        Account account = accounts.byEmail(email)
                .orElseGet(() -> accounts.signUpWithoutPassword(email, "Lucía Arreola Meraz"));
        accounts.grantInSecretariat(account.getId(), Role.COORDINATOR, plans.secretariatOf(plans.exercise(EXERCISE)),
                null);
        return account;
    }

    /** A drawn sketch of shade sails and drinking fountains in a square, as a neighbour might attach (PNG). */
    private static byte[] sketch() {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(480, 270,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(0xE8, 0xF1, 0xF8));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new java.awt.Color(0xC9, 0xB7, 0x9C));
        g.fillRect(0, 200, 480, 70);
        g.setColor(new java.awt.Color(0x1F, 0x6F, 0xA8));
        for (int x = 40; x < 480; x += 150) {
            g.fillPolygon(new int[] {x, x + 120, x + 60}, new int[] {80, 80, 130}, 3);
            g.fillRect(x + 57, 80, 6, 120);
        }
        g.setColor(new java.awt.Color(0x2E, 0x7D, 0x32));
        for (int x = 90; x < 480; x += 150) {
            g.fillRect(x, 170, 24, 30);
        }
        g.dispose();
        return org.apertura.platform.media.Images.png(picture);
    }

    /** Votes per project id from pairs of (position in the seeds, votes). */
    private static java.util.Map<Long, Integer> votes(List<BudgetProject> proposed, int[][] pairs) {
        java.util.Map<Long, Integer> votes = new java.util.LinkedHashMap<>();
        for (int[] pair : pairs) {
            votes.put(proposed.get(pair[0] - 1).getId(), pair[1]);
        }
        return votes;
    }

    /** A drawn stand-in for a table's act (PNG): its title and ruled lines. */
    private static byte[] act(String title) {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(420, 560,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 420, 560);
        g.setColor(java.awt.Color.DARK_GRAY);
        g.drawString(title, 30, 50);
        for (int y = 90; y < 520; y += 30) {
            g.drawLine(30, y, 390, y);
        }
        g.dispose();
        return org.apertura.platform.media.Images.png(picture);
    }

    /** The projects of the demo by their order in the seeds (1-based), as ballots name them. */
    private static List<Long> ids(List<BudgetProject> proposed, int[] positions) {
        List<Long> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(proposed.get(p - 1).getId());
        }
        return ids;
    }

    private static String slugOf(String colonia) {
        return org.apertura.platform.Slugs.of(colonia);
    }

    /** A fictional CURP of the right shape and check digit: the DEMO prefix is nobody's name. */
    static String curp(int n) {
        String first = String.format("DEMO%02d%02d%02d%sDGXXX%s", 60 + n % 40, 1 + n % 12, 1 + n % 28,
                n % 2 == 0 ? "M" : "H", "0");
        return first + Curp.checkDigit(first);
    }

    private static List<Seed> seeds() {
        return List.of(
                new Seed("Zona Centro", "Banquetas accesibles en la calle Negrete",
                        "Rampas y banquetas parejas en cuatro cuadras para personas en silla de ruedas y con carriola.",
                        "Calle Negrete, entre Zaragoza y Juárez", "24.024600", "-104.670400", "950000", "880000", null),
                new Seed("Zona Centro", "Bebederos y sombra en la Plaza de Armas",
                        "Tres bebederos de agua potable y velarias para dar sombra en las horas de calor.",
                        "Plaza de Armas", "24.024000", "-104.667100", "700000", "760000", null),
                new Seed("Zona Centro", "Luminarias en el andador Constitución",
                        "Cambiar las luminarias del andador por luces LED para caminar seguro de noche.",
                        "Andador Constitución", "24.025300", "-104.668200", "600000", "540000", null),
                new Seed("Jardines de Durango", "Cancha de usos múltiples techada",
                        "Techar la cancha del parque para que las y los jóvenes jueguen todo el año.",
                        "Parque de Jardines de Durango", "24.041200", "-104.649800", "1400000", "1350000", null),
                new Seed("Jardines de Durango", "Huerto comunitario y composta",
                        "Un huerto con riego por goteo y un área de composta cuidada por el comité vecinal.",
                        "Área verde de la calle Fresno", "24.039900", "-104.652100", "380000", "420000", null),
                new Seed("Jardines de Durango", "Juegos infantiles incluyentes",
                        "Juegos accesibles para niñas y niños con discapacidad, con piso de hule.",
                        "Parque de Jardines de Durango", "24.041000", "-104.650300", "650000", "610000", null),
                new Seed("Valle del Sur", "Pavimentar la calle principal del Valle del Sur",
                        "Pavimento hidráulico en la calle principal, que se inunda cada temporada de lluvias.",
                        "Calle principal del fraccionamiento", "23.998700", "-104.651900", "1900000", null,
                        "No viable con este presupuesto: la Dirección de Obras Públicas calculó 4.2 millones de pesos "
                                + "con el drenaje pluvial que necesita, más del doble del monto de la colonia. Se turnó al "
                                + "programa municipal de pavimentación."),
                new Seed("Valle del Sur", "Centro comunitario con biblioteca",
                        "Equipar el salón ejidal como centro comunitario con libros, computadoras e internet.",
                        "Salón del Valle del Sur", "23.997500", "-104.653400", "900000", "980000", null),
                new Seed("Valle del Sur", "Ciclovía a la escuela secundaria",
                        "Un carril confinado para bicicleta de 1.2 km hasta la secundaria técnica.",
                        "Avenida hacia la Secundaria Técnica", "23.999900", "-104.649000", "800000", "720000", null),
                new Seed("Valle del Sur", "Cámaras privadas en cada casa",
                        "Que el municipio compre cámaras de vigilancia para cada casa de la colonia.",
                        "Todo el Valle del Sur", "23.998000", "-104.652500", "500000", null,
                        "No viable: el presupuesto participativo solo financia obras y equipamiento de uso público; "
                                + "no puede comprar bienes para casas particulares. La propuesta se envió a Seguridad "
                                + "Pública para su programa de vecinos vigilantes."),
                new Seed("Zona Centro", "Mural sobre la historia del barrio de Analco",
                        "Un mural pintado por jóvenes del barrio en la barda del mercado.",
                        "Barda del mercado de Analco", "24.021800", "-104.662900", "150000", null, null));
    }
}
