package org.apertura.accessinfo;

import org.apertura.platform.SpanishSearch;
import org.apertura.platform.time.Today;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.apertura.Apertura;
import org.apertura.jurisdiction.Branch;
import org.apertura.deadlines.BusinessCalendar;
import org.apertura.deadlines.BusinessCalendars;
import org.apertura.deadlines.CalendarDayDraft;
import org.apertura.deadlines.CalendarDraft;
import org.apertura.deadlines.CalendarService;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.deadlines.LawRules;
import org.apertura.deadlines.RuleSet;
import org.apertura.deadlines.Term;
import org.apertura.platform.security.SystemActor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A million access requests in PostgreSQL: prints the p50/p95/p99 latency of the public search (full text with
 * filters, through {@link AccessRequestService#search}) and the time a guarantor's calendar change takes to
 * recompute every open deadline it affects (through {@link CalendarService#addDay}, until it commits). A benchmark,
 * not a test. It wipes the database it uses (APERTURA_BENCH_DB_URL, by default the {@code test} database). Run it
 * with {@code mvn -q test-compile exec:java@benchmark-requests} (see the README); arguments: requests, queries (0:
 * no search), the share of open requests (0.10) and the share of the requests counted on the changed calendar
 * (Mexico City's guarantor's, 0.16; the other calendars keep their proportions). With "1000000 0 0.6" a calendar
 * change moves about 50,000 deadlines; "200000 0 0.6 0.9", a fifth of the seeding, moves about 63,000.
 */
public final class AccessRequestBenchmark {

    private AccessRequestBenchmark() {
    }

    /** Four larger states, their guarantors (whose calendars they count on) and share of the requests. */
    private static final String[][] STATES = {{"ciudad-de-mexico", "info-cdmx"}, {"estado-de-mexico", "infoem"},
        {"jalisco", "itei"}, {"nuevo-leon", "cotai"}};
    /** Shares of the requests by calendar: the national one (federal institutions), Durango's and the states'. */
    private static final Map<String, Double> SHARES = Map.of(BusinessCalendars.NATIONAL, 0.40, "idaip", 0.10,
            "info-cdmx", 0.16, "infoem", 0.14, "itei", 0.11, "cotai", 0.09);
    /** The calendar changed: the largest state's. */
    private static final String CHANGED = "info-cdmx";

    /** What people ask about: the words repeat as in real requests (the first ones most). */
    private static final String[] TOPICS = {"contratos", "obra pública", "presupuesto", "nómina", "viáticos",
        "licitación", "salud", "agua potable", "seguridad pública", "adquisiciones", "medicamentos", "patrullas",
        "alumbrado público", "recolección de basura", "programas sociales", "becas", "subsidios", "deuda pública",
        "auditorías", "gastos de comunicación social", "publicidad oficial", "sueldos de funcionarios",
        "plazas docentes", "hospitales", "escuelas", "carreteras", "baches", "drenaje", "panteones", "mercados",
        "transporte público", "concesiones", "permisos de construcción", "licencias de funcionamiento",
        "predial", "catastro", "vehículos oficiales", "combustible", "arrendamientos", "honorarios",
        "consultorías", "fideicomisos", "donaciones", "apoyos al campo", "sequía", "incendios forestales",
        "protección civil", "policías", "cámaras de vigilancia", "denuncias", "quejas", "sanciones",
        "declaraciones patrimoniales", "conflicto de interés", "compras directas", "proveedores",
        "padrón de beneficiarios", "indicadores", "evaluaciones", "organigrama", "plantilla de personal",
        "teléfonos celulares", "boletos de avión", "eventos", "festival", "deporte", "cultura", "bibliotecas",
        "parques", "árboles", "residuos", "contaminación", "pozos", "presas", "tarifas", "recaudación",
        "participaciones federales", "aportaciones", "ramo 33", "seguro popular", "vacunas", "ambulancias",
        "centros de salud", "médicos", "enfermeras", "desayunos escolares", "uniformes", "útiles escolares",
        "uso de suelo", "fraccionamientos", "vivienda", "agua tratada", "pipas", "estacionómetros", "multas",
        "grúas", "corralón", "semáforos", "ciclovías", "pavimentación"};
    private static final String[] OPENINGS = {"Solicito copia de", "Quisiera conocer", "Pido la información sobre",
        "Favor de proporcionar", "Requiero la relación de", "Solicito en versión pública", "Deseo saber el monto de",
        "Pido el listado de", "Solicito los documentos que contengan", "Solicito información estadística sobre"};
    private static final String[] DETAILS = {"celebrados durante el ejercicio %d", "del año %d desglosado por mes",
        "ejercido en %d, con sus facturas", "de %d, incluyendo montos y proveedores",
        "de enero a diciembre de %d", "asignados en %d por dependencia", "con su fundamento legal, año %d",
        "en las colonias del municipio durante %d", "y los informes trimestrales de %d"};
    private static final String[] ANSWERS = {"Se entrega la información en formato electrónico",
        "Se adjunta la versión pública del documento", "La información se encuentra publicada en el portal",
        "Tras una búsqueda exhaustiva no se localizó la información", "No es competencia de este sujeto obligado",
        "Se pone a disposición para consulta directa", "Se clasifica como reservada con la prueba de daño"};
    private static final Outcome[] OUTCOMES = Outcome.values();
    /** Shares of the outcomes of answered requests, in the order of {@link Outcome#values()}. */
    private static final double[] OUTCOME_SHARES = shares(OUTCOMES.length);

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        double openShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.10;
        double changedShare = args.length > 3 ? Double.parseDouble(args[3]) : SHARES.get(CHANGED);
        String url = System.getenv().getOrDefault("APERTURA_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/test");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Apertura.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.flyway.clean-disabled=false",
                // as the postgres profile of production: a JDBC batch of inserts goes as multi-row INSERTs
                "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true",
                "--apertura.test.clean-database=true", "--apertura.demo=true", "--logging.level.root=WARN",
                "--logging.level.org.apertura=WARN");
        try {
            run(app, url, count, queries, openShare, shares(changedShare));
        } finally {
            app.close();
        }
    }

    /** The calendars' shares of the requests with the changed calendar's set to {@code changed}, the rest scaled. */
    private static Map<String, Double> shares(double changed) {
        Map<String, Double> shares = new HashMap<>();
        double others = (1 - changed) / (1 - SHARES.get(CHANGED));
        SHARES.forEach((calendar, share) -> shares.put(calendar, calendar.equals(CHANGED) ? changed : share * others));
        return shares;
    }

    private static void run(ConfigurableApplicationContext app, String url, int count, int queries, double openShare,
            Map<String, Double> shares) throws Exception {
        AccessRequestService service = app.getBean(AccessRequestService.class);
        JurisdictionService jurisdictions = app.getBean(JurisdictionService.class);
        BusinessCalendars calendars = app.getBean(BusinessCalendars.class);
        LawRules rules = app.getBean(LawRules.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        LocalDate today = service.today();

        // A national platform: the 7 demo institutions (Durango, on the IDAIP's calendar) plus 8 more in Durango,
        // 10 federal ones (the national calendar) and four larger states, each with its guarantor's calendar.
        CalendarService calendarService = app.getBean(CalendarService.class);
        SystemActor.run(() -> {
            for (String slug : new String[] {"secretaria-de-salud-durango", "secretaria-de-educacion-durango",
                "secretaria-de-finanzas-durango", "fiscalia-durango", "aguas-del-municipio-de-durango",
                "secretaria-de-obras-durango", "seguridad-publica-durango", "universidad-juarez-durango"}) {
                institution(jurisdictions, slug, "durango", false);
            }
            for (String slug : new String[] {"secretaria-de-salud", "secretaria-de-educacion-publica", "imss", "issste",
                "conagua", "secretaria-de-hacienda", "secretaria-de-infraestructura", "guardia-nacional", "pemex",
                "cfe"}) {
                institution(jurisdictions, slug, "mexico", false);
            }
            for (String[] state : STATES) {
                jurisdictions.createJurisdiction(new JurisdictionDraft(state[0], title(state[0]),
                        JurisdictionLevel.STATE, "mexico", null, null, null));
                institution(jurisdictions, state[1], state[0], true);
                calendarService.create(new CalendarDraft(state[1], null, null));
                for (String unit : new String[] {"poder-ejecutivo", "congreso", "poder-judicial", "fiscalia"}) {
                    institution(jurisdictions, unit + "-" + state[0], state[0], false);
                }
            }
        });
        List<Institution> institutions = jurisdictions.allInstitutions().stream().filter(i -> !i.isGuarantor()).toList();
        List<Place> places = new ArrayList<>();
        for (Institution i : institutions) {
            String calendar = calendars.calendarOf(i.getJurisdiction());
            places.add(new Place(i, calendar, calendars.calendar(calendar), calendars.version(calendar)));
        }
        System.out.printf("Access request benchmark on %s: %,d requests to %d institutions (%.0f %% open, %.0f %% on "
                + "'%s'), %d queries%n", url, count, places.size(), openShare * 100, shares.get(CHANGED) * 100, CHANGED,
                queries);

        long loadStarted = System.nanoTime();
        DataSource dataSource = app.getBean(DataSource.class);
        List<String[]> indexes = jdbc.sql("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'access_request' "
                + "AND indexname NOT IN (SELECT conname FROM pg_constraint)").query((rs, n) -> new String[] {
                        rs.getString(1), rs.getString(2)}).list();
        for (String[] index : indexes) {
            jdbc.sql("DROP INDEX " + index[0]).update();
        }
        Generator generator = new Generator(places, rules, today, new Random(20261201), openShare, shares);
        int batch = 50_000;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> generator.rows(Math.min(batch, count)));
            for (int done = 0; done < count;) {
                String rows = next.join();
                int size = Math.min(batch, count - done);
                done += size;
                int following = Math.min(batch, count - done);
                next = following > 0 ? CompletableFuture.supplyAsync(() -> generator.rows(following)) : null;
                copy.copyIn("COPY access_request (" + Generator.COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(rows));
            }
        }
        double copied = (System.nanoTime() - loadStarted) / 1e9;
        for (String[] index : indexes) {
            jdbc.sql(index[1]).update();
        }
        jdbc.sql("ANALYZE access_request").update();
        double loaded = (System.nanoTime() - loadStarted) / 1e9;
        Map<String, Long> stages = new HashMap<>();
        jdbc.sql("SELECT stage, COUNT(*) FROM access_request GROUP BY stage").query((rs, n) -> stages.put(rs.getString(1),
                rs.getLong(2))).list();
        System.out.printf("loaded %,d requests in %.1f s (COPY %.1f s: %,.0f rows/s; then %d indexes and ANALYZE); "
                + "by stage: %s%n", count, loaded, copied, count / copied, indexes.size(), stages);

        if (queries > 0) {
            searches(service, queries, today, places);
        }
        recompute(calendarService, calendars, jdbc, today);
    }

    // ---- (a) the public search

    private static void searches(AccessRequestService service, int queries, LocalDate today, List<Place> places) {
        Random random = new Random(7);
        List<RequestSearch.Query> all = new ArrayList<>();
        for (int i = 0; i < queries + 100; i++) {
            all.add(query(random, today, places));
        }
        for (int i = 0; i < 100; i++) {
            service.search(all.get(i)).getContent().size();
        }
        long[] nanos = new long[queries];
        long found = 0;
        long slowest = 0;
        RequestSearch.Query slowestQuery = null;
        long began = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            RequestSearch.Query q = all.get(100 + i);
            long t = System.nanoTime();
            var page = service.search(q);
            page.getContent().size();
            nanos[i] = System.nanoTime() - t;
            found += page.getTotalElements();
            if (nanos[i] > slowest) {
                slowest = nanos[i];
                slowestQuery = q;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("search: %d queries (1-3 words, with filters) in %.1f s, %.0f queries/s; mean matches %,d%n",
                queries, seconds, queries / seconds, found / queries);
        System.out.printf("search latency: p50 %.1f ms, p95 %.1f ms (target <= 100 ms), p99 %.1f ms, max %.1f ms%n",
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[queries - 1] / 1e6);
        System.out.printf("slowest: %s%n", slowestQuery);
    }

    private static RequestSearch.Query query(Random random, LocalDate today, List<Place> places) {
        int words = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String topic = TOPICS[zipf(random, TOPICS.length)];
            String[] parts = topic.split(" ");
            text.append(w == 0 ? "" : " ").append(parts[random.nextInt(parts.length)]);
        }
        String institution = null;
        Outcome outcome = null;
        Stage stage = null;
        LocalDate from = null;
        LocalDate to = null;
        int kind = random.nextInt(10);
        if (kind < 3) {
            institution = places.get(random.nextInt(places.size())).institution().getSlug();
        } else if (kind < 4) {
            outcome = OUTCOMES[pick(random, OUTCOME_SHARES)];
        } else if (kind < 5) {
            stage = Stage.values()[random.nextInt(Stage.values().length)];
        } else if (kind < 7) {
            from = today.minusDays(random.nextInt(5 * 365));
            to = from.plusDays(random.nextBoolean() ? 90 : 365);
        } else if (kind < 8) {
            institution = places.get(random.nextInt(places.size())).institution().getSlug();
            from = today.minusDays(365);
            to = today;
        }
        int page = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
        return new RequestSearch.Query(text.toString(), institution, outcome, stage, null, from, to, today, page);
    }

    // ---- (b) recomputing the open deadlines after a calendar change

    private static void recompute(CalendarService calendarService, BusinessCalendars calendars, JdbcClient jdbc,
            LocalDate today) {
        // A warm-up on a smaller state's calendar, so the measured changes run warm code like a running server.
        String warmUp = "cotai";
        LocalDate warmDay = nextBusinessDay(calendars.calendar(warmUp), today.plusDays(3));
        System.out.print("warm-up: ");
        change(calendarService, jdbc, warmUp, -1, new CalendarDayDraft(warmDay.toString(), null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día inhábil por decreto (calentamiento)", "Periódico Oficial, "
                + warmDay));
        String calendar = CHANGED;
        long open = jdbc.sql("SELECT COUNT(*) FROM access_request WHERE calendar = ? AND stage IN ('RECEIVED', "
                + "'IN_PROCESS', 'EXTENDED', 'CLARIFICATION_REQUESTED')").param(calendar).query(Long.class).single();
        BusinessCalendar before = calendars.calendar(calendar);
        LocalDate day = nextBusinessDay(before, today.plusDays(3));
        LocalDate first = nextBusinessDay(before, day.plusDays(4));
        LocalDate last = first.plusDays(2);
        change(calendarService, jdbc, calendar, open, new CalendarDayDraft(day.toString(), null,
                BusinessCalendar.Kind.NON_BUSINESS_DAY, "Día inhábil por decreto (benchmark)", "Periódico Oficial, " + day));
        change(calendarService, jdbc, calendar, open, new CalendarDayDraft(first.toString(), last.toString(),
                BusinessCalendar.Kind.SUSPENSION, "Suspensión de plazos por falla de la plataforma (benchmark)",
                "Periódico Oficial, " + first));
    }

    private static void change(CalendarService calendarService, JdbcClient jdbc, String calendar, long open,
            CalendarDayDraft draft) {
        long stepsBefore = recomputedSteps(jdbc);
        long ledgerBefore = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        Map<Integer, Long> backendsBefore = backendTicks(jdbc);
        long cpuBefore = processCpuNanos();
        long threadBefore = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t = System.nanoTime();
        SystemActor.run(() -> calendarService.addDay(calendar, draft));
        double seconds = (System.nanoTime() - t) / 1e9;
        double thread = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - threadBefore) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        Map<Integer, Long> backendsAfter = backendTicks(jdbc);
        long ticks = 0;
        for (Map.Entry<Integer, Long> b : backendsAfter.entrySet()) {
            ticks += b.getValue() - backendsBefore.getOrDefault(b.getKey(), b.getValue());
        }
        long moved = recomputedSteps(jdbc) - stepsBefore;
        long ledger = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single() - ledgerBefore;
        System.out.printf("recompute after %s %s..%s on '%s'%s: %.2f s until commit (target <= 10 s); %,d deadlines "
                + "moved (%,.0f/s), %,d ledger entries%n", draft.kind(), draft.firstDay(),
                draft.lastDay() == null ? draft.firstDay() : draft.lastDay(), calendar,
                open < 0 ? "" : String.format(" (%,d open requests on it)", open), seconds, moved, moved / seconds, ledger);
        System.out.printf("  CPU: the calling thread %.2f s, the JVM %.2f s, PostgreSQL's backends of this database "
                + "%.2f s; load average %.1f before, %.1f after%n", thread, cpu, ticks / 100.0, loadBefore,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The JVM's CPU time (all its threads), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The CPU time (user and system, in clock ticks of 1/100 s) of each PostgreSQL backend connected to this database,
     * by process id, read from /proc (PostgreSQL on this machine; empty where /proc does not show them).
     */
    private static Map<Integer, Long> backendTicks(JdbcClient jdbc) {
        Map<Integer, Long> ticks = new HashMap<>();
        for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                .query(Integer.class).list()) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (java.io.IOException | RuntimeException gone) {
                // not on this machine, or ended meanwhile
            }
        }
        return ticks;
    }

    private static long recomputedSteps(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM request_event WHERE type = 'deadline.recomputed'").query(Long.class)
                .single();
    }

    private static LocalDate nextBusinessDay(BusinessCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (!calendar.isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    // ---- the requests

    /** An institution with the calendar its requests are counted on. */
    private record Place(Institution institution, String calendar, BusinessCalendar days, String version) {
    }

    /** Generates requests as CSV for COPY: stages, outcomes and dates in realistic shares, about 10 % open. */
    private static final class Generator {

        static final String COLUMNS = "folio, filing_id, institution_id, institution_slug, jurisdiction_id, description, "
                + "modality, notification_medium, channel, filed_at, received_on, rule_set, calendar, calendar_version, "
                + "stage, answer_term_from, due_date, extended, clarification_asked, clarification_question, "
                + "clarification_from, clarification_due, clarification_reply, outcome, answer_text, answered_on, "
                + "answered_on_time, business_days_to_answer, search_terms, contact_email";

        private final List<Place> places;
        private final LawRules rules;
        private final LocalDate today;
        private final LocalDate firstDay;
        private final Random random;
        private final double openShare;
        private final Map<String, Double> shares;
        private final Map<String, RuleSet> ruleSets = new HashMap<>();
        private final Map<String, List<Place>> byCalendar = new java.util.TreeMap<>();
        private long serial;

        Generator(List<Place> places, LawRules rules, LocalDate today, Random random, double openShare,
                Map<String, Double> shares) {
            this.openShare = openShare;
            this.shares = shares;
            this.places = places;
            this.rules = rules;
            this.today = today;
            this.firstDay = today.minusYears(5);
            this.random = random;
            places.forEach(p -> byCalendar.computeIfAbsent(p.calendar(), k -> new ArrayList<>()).add(p));
        }

        /** A calendar by its share of the requests, then one of its institutions, the first ones most. */
        private Place place() {
            double r = random.nextDouble();
            String calendar = null;
            for (Map.Entry<String, List<Place>> e : byCalendar.entrySet()) {
                calendar = e.getKey();
                r -= shares.getOrDefault(calendar, 0.0);
                if (r < 0) {
                    break;
                }
            }
            List<Place> group = byCalendar.get(calendar);
            return group.get(zipf(random, group.size()));
        }

        synchronized String rows(int n) {
            StringBuilder out = new StringBuilder(n * 900);
            for (int i = 0; i < n; i++) {
                row(out);
            }
            return out.toString();
        }

        private void row(StringBuilder out) {
            Place place = place();
            double roll = random.nextDouble();
            boolean open = roll < openShare;
            LocalDate filed = open ? today.minusDays(random.nextInt(45))
                    : firstDay.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(firstDay, today.minusDays(40))));
            RuleSet set = ruleSet(place, filed);
            int answerDays = set.term(Term.ANSWER).businessDays();
            BusinessCalendar days = place.days();
            LocalDate received = days.received(filed);
            String description = description(place, filed.getYear());
            Stage stage;
            boolean extended = false;
            LocalDate due = days.dueDate(received, answerDays);
            LocalDate clarificationFrom = null;
            LocalDate clarificationDue = null;
            String question = null;
            String reply = null;
            Outcome outcome = null;
            String answer = null;
            LocalDate answeredOn = null;
            Integer businessDays = null;
            if (open) {
                double s = random.nextDouble();
                if (s < 0.2) {
                    stage = Stage.RECEIVED;
                } else if (s < 0.7) {
                    stage = Stage.IN_PROCESS;
                } else if (s < 0.85) {
                    stage = Stage.EXTENDED;
                    extended = true;
                    due = days.dueDate(due, set.term(Term.EXTENSION).businessDays());
                } else {
                    stage = Stage.CLARIFICATION_REQUESTED;
                    question = "Precise el periodo y el área de su interés.";
                    clarificationFrom = days.dueDate(received, 2);
                    clarificationDue = days.dueDate(clarificationFrom, set.term(Term.CLARIFICATION_REPLY).businessDays());
                    due = null;
                }
            } else if (roll < openShare + 0.03) {
                stage = Stage.NOT_FILED;
                question = "Precise el periodo y el área de su interés.";
                clarificationFrom = days.dueDate(received, 3);
                clarificationDue = days.dueDate(clarificationFrom, set.term(Term.CLARIFICATION_REPLY).businessDays());
                due = null;
            } else {
                stage = Stage.ANSWERED;
                if (random.nextInt(10) == 0) {
                    extended = true;
                    due = days.dueDate(due, set.term(Term.EXTENSION).businessDays());
                }
                if (random.nextInt(12) == 0) {
                    question = "Precise el periodo y el área de su interés.";
                    reply = "Me interesa el periodo completo y todas las áreas.";
                }
                outcome = OUTCOMES[pick(random, OUTCOME_SHARES)];
                businessDays = 1 + random.nextInt(extended ? 30 : 22);
                answeredOn = days.dueDate(received, businessDays);
                answer = ANSWERS[outcome.ordinal() % ANSWERS.length] + ", relativa a " + description.substring(
                        description.indexOf(' ') + 1, Math.min(description.length(), 80)) + ".";
            }
            boolean email = random.nextInt(10) < 3;
            String terms = SpanishSearch.terms(description + (reply == null ? "" : " " + reply)
                    + (answer == null ? "" : " " + answer));
            long n = ++serial;
            Instant filedAt = filed.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(Today.ZONE)
                    .toInstant();
            text(out, place.institution().getSlug().toUpperCase() + "-" + received.getYear() + "-B" + n).append(',');
            text(out, String.format("%016x", random.nextLong())).append(',');
            out.append(place.institution().getId()).append(',');
            text(out, place.institution().getSlug()).append(',');
            out.append(place.institution().getJurisdiction().getId()).append(',');
            text(out, description).append(',');
            text(out, random.nextInt(10) < 8 ? "ELECTRONIC" : "SIMPLE_COPY").append(',');
            text(out, email ? "EMAIL" : "PLATFORM").append(',');
            text(out, random.nextInt(10) < 9 ? "ONLINE" : "IN_PERSON").append(',');
            out.append(filedAt).append(',');
            out.append(received).append(',');
            text(out, set.code()).append(',');
            text(out, place.calendar()).append(',');
            text(out, place.version()).append(',');
            text(out, stage.name()).append(',');
            out.append(received).append(',');
            value(out, due).append(',');
            out.append(extended).append(',');
            out.append(question != null).append(',');
            text(out, question).append(',');
            value(out, clarificationFrom).append(',');
            value(out, clarificationDue).append(',');
            text(out, reply).append(',');
            text(out, outcome == null ? null : outcome.name()).append(',');
            text(out, answer).append(',');
            value(out, answeredOn).append(',');
            value(out, answeredOn == null ? null : !answeredOn.isAfter(due)).append(',');
            value(out, businessDays).append(',');
            text(out, terms).append(',');
            text(out, email ? "persona" + n + "@ejemplo.mx" : null).append('\n');
        }

        private RuleSet ruleSet(Place place, LocalDate day) {
            return ruleSets.computeIfAbsent(place.institution().getJurisdiction().getSlug() + day.withDayOfMonth(1),
                    k -> rules.forAct(place.institution().getJurisdiction(), day));
        }

        private String description(Place place, int year) {
            StringBuilder d = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ');
            d.append(TOPICS[zipf(random, TOPICS.length)]);
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                d.append(i == more - 1 ? " y " : ", ").append(TOPICS[zipf(random, TOPICS.length)]);
            }
            d.append(' ').append(DETAILS[random.nextInt(DETAILS.length)].formatted(year - random.nextInt(2)));
            if (random.nextBoolean()) {
                d.append(". También pido ").append(TOPICS[zipf(random, TOPICS.length)]).append(" de ")
                        .append(place.institution().getName());
            }
            return d.append('.').toString();
        }

        private static StringBuilder text(StringBuilder out, String value) {
            if (value == null) {
                return out;
            }
            return out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }

        private static StringBuilder value(StringBuilder out, Object value) {
            return value == null ? out : out.append(value);
        }
    }

    // ---- helpers

    /** An index in [0, n) with a Zipf-like distribution (s = 1): the first ones are the most frequent. */
    private static int zipf(Random random, int n) {
        double harmonic = Math.log(n) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1.0 / k;
            if (sum >= target) {
                return k - 1;
            }
        }
        return n - 1;
    }

    private static double[] shares(int n) {
        // DELIVERED, PARTIALLY_DELIVERED, RESERVED, CONFIDENTIAL, INEXISTENT, NOT_COMPETENT, ALREADY_PUBLIC, ...
        double[] given = {0.55, 0.10, 0.03, 0.03, 0.09, 0.10, 0.08, 0.02};
        return Arrays.copyOf(given, n);
    }

    private static int pick(Random random, double[] shares) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (r < sum) {
                return i;
            }
        }
        return 0;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void institution(JurisdictionService jurisdictions, String slug, String jurisdiction,
            boolean guarantor) {
        jurisdictions.createInstitution(new InstitutionDraft(slug, title(slug), null, jurisdiction,
                guarantor ? Branch.AUTONOMOUS : Branch.EXECUTIVE, guarantor, null, null));
    }

    private static String title(String slug) {
        String[] words = slug.split("-");
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            s.append(s.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return s.toString();
    }
}
