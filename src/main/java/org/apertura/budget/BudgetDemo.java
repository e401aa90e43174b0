package org.apertura.budget;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.contracting.OcdsPublication;
import org.apertura.contracting.OcdsValidation;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo budgets (fictional figures in the real structure), imported through the same import as a budget office's
 * files: the 2025 budgets of Durango's state executive and of the three municipalities, with COG chapters 1000 to
 * 9000, programmes including DGO-01's E-017, four quarters (twelve months for Tepehuanes) with ampliaciones and reducciones, one line that breaks an
 * invariant (paid more than exercised), and the state's revenue. When the publisher has an ocid prefix, two contracting
 * processes charged to E-017 and one paid without a programme are published too, so DGO-01's money trail reaches
 * contracts and payments. Loaded once, on a database without budgets.
 */
@DemoSeed.Seed(name = "budget", needs = "jurisdiction", after = "contracting")
class BudgetDemo implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(BudgetDemo.class);
    static final int YEAR = 2025;
    static final String STATE = "poder-ejecutivo-durango";

    private final BudgetImports imports;
    private final BudgetRepository budgets;
    private final OcdsPublication ocds;
    private final OcdsValidation validation;

    BudgetDemo(BudgetImports imports, BudgetRepository budgets, OcdsPublication ocds, OcdsValidation validation) {
        this.imports = imports;
        this.budgets = budgets;
        this.ocds = ocds;
        this.validation = validation;
    }

    /** A programme of a demo budget: key, name, MIR objective, finalidad.función.subfunción and its size in pesos. */
    private record Demo(String key, String name, String objective, String function, long size) {
    }

    private static final List<Demo> STATE_PROGRAMMES = List.of(
            new Demo("E-017", "Compras públicas abiertas y transparentes",
                    "Las compras del Ejecutivo se publican completas, de la planeación al pago, en datos abiertos.",
                    "1.3.4", 42_000_000),
            new Demo("E-010", "Educación básica de calidad", "Niñas y niños terminan la educación básica.", "2.5.1",
                    900_000_000),
            new Demo("E-001", "Atención médica de primer nivel", "La población sin seguridad social recibe atención.",
                    "2.3.1", 610_000_000),
            new Demo("K-005", "Caminos rurales", "Las comunidades de la sierra tienen caminos transitables.", "3.5.1",
                    350_000_000),
            new Demo("S-020", "Apoyos a jefas de familia", "Los hogares con jefatura femenina tienen un ingreso mínimo.",
                    "2.6.8", 120_000_000),
            new Demo("M-001", "Gestión administrativa y financiera", "La administración opera con eficiencia.", "1.5.2",
                    260_000_000));
    private static final List<Demo> MUNICIPAL_PROGRAMMES = List.of(
            new Demo("E-017", "Espacios públicos con participación ciudadana",
                    "Los espacios públicos se diseñan con sus vecinos.", "2.2.1", 8_000_000),
            new Demo("E-020", "Alumbrado y servicios públicos", "Las colonias tienen alumbrado y recolección.", "2.2.4",
                    30_000_000),
            new Demo("K-010", "Obra pública municipal", "Calles pavimentadas y drenaje.", "2.2.2", 25_000_000),
            new Demo("M-001", "Administración municipal", "El ayuntamiento opera con eficiencia.", "1.3.2", 20_000_000));

    /** The partidas each programme spends on: one per chapter 1000–9000 with its type of spending and source. */
    private static final String[][] PARTIDAS = {
            {"11301", "1", "11", "0.34"}, {"21101", "1", "11", "0.05"}, {"33601", "1", "14", "0.12"},
            {"44101", "1", "25", "0.10"}, {"51501", "2", "11", "0.06"}, {"61501", "2", "25", "0.20"},
            {"79901", "1", "11", "0.02"}, {"83301", "1", "26", "0.07"}, {"92101", "3", "12", "0.04"}};

    @Override
    public void seed() {
        if (budgets.count() > 0) {
            return;
        }
        load(STATE, "Poder Ejecutivo del Estado de Durango", "10", STATE_PROGRAMMES, 1, false);
        load("ayuntamiento-durango", "H. Ayuntamiento del Municipio de Durango", "10005", MUNICIPAL_PROGRAMMES, 3, false);
        load("ayuntamiento-gomez-palacio", "R. Ayuntamiento de Gómez Palacio", "10007", MUNICIPAL_PROGRAMMES, 2, false);
        load("ayuntamiento-tepehuanes", "H. Ayuntamiento de Tepehuanes", "10035", MUNICIPAL_PROGRAMMES.subList(0, 3), 0, true);
        as(Authority.of(Role.BUDGET, STATE), () -> imports.importFile(new BudgetImports.ImportRequest(STATE, YEAR,
                Period.ofQuarter(4), BudgetKind.REVENUE, "ingresos-2025-t4.csv", revenue(), null)));
        publishContracts();
    }

    /** Four quarters; an office that closes monthly (Tepehuanes in the demo) publishes each month instead. */
    private void load(String slug, String name, String geo, List<Demo> programmes, int scale, boolean monthly) {
        for (int n = 1; n <= (monthly ? 12 : 4); n++) {
            Period period = monthly ? Period.ofMonth(n) : Period.ofQuarter(n);
            byte[] csv = cutOff(name, geo, programmes, scale, period.month(), slug.equals(STATE));
            String file = "egresos-" + YEAR + "-" + (monthly ? "m" + n : "t" + n) + ".csv";
            as(Authority.of(Role.BUDGET, slug), () -> imports.importFile(new BudgetImports.ImportRequest(slug, YEAR,
                    period, BudgetKind.EXPENDITURE, file, csv, null)));
        }
    }

    /**
     * One cut-off's file as a budget office exports it: amounts with thousands separators, moments cumulative from
     * January to the end of the month (a quarter's file is its last month's).
     */
    private static byte[] cutOff(String name, String geo, List<Demo> programmes, int scale, int month, boolean state) {
        StringBuilder csv = new StringBuilder("ENTE,UR,NOMBRE_UR,PROGRAMA,NOMBRE_PROGRAMA,OBJETIVO,PARTIDA,TIPO_GASTO,FUNCION,"
                + "FUENTE,GEOGRAFICA,APROBADO,AMPLIACIONES,REDUCCIONES,MODIFICADO,COMPROMETIDO,DEVENGADO,EJERCIDO,PAGADO\n");
        BigDecimal factor = BigDecimal.ONE.movePointLeft(scale == 0 ? 2 : scale - 1);
        int line = 0;
        for (Demo p : programmes) {
            String unit = p.key().startsWith("M") ? "100" : "2" + p.key().substring(3);
            for (String[] partida : PARTIDAS) {
                line++;
                BigDecimal approved = BigDecimal.valueOf(p.size()).multiply(new BigDecimal(partida[3])).multiply(factor)
                        .setScale(2, RoundingMode.HALF_UP);
                // ampliaciones in the even lines, reducciones in every third, both growing month by month
                BigDecimal expansions = line % 2 == 0 ? pct(approved, month) : BigDecimal.ZERO;
                BigDecimal reductions = line % 3 == 0 ? pct(approved, 2 * month / 3) : BigDecimal.ZERO;
                BigDecimal modified = approved.add(expansions).subtract(reductions);
                BigDecimal committed = pct(modified, Math.min(100, 30 + 20 * month / 3));
                BigDecimal accrued = pct(committed, 85 + month);
                BigDecimal exercised = pct(accrued, 95);
                BigDecimal paid = pct(exercised, 96);
                if (state && line == 5 && month >= 9) {
                    paid = exercised.add(new BigDecimal("125000.00")); // the line that breaks an invariant
                }
                csv.append(String.join(",", q(name), unit, q("Dirección del programa " + p.key()), p.key(), q(p.name()),
                        q(p.objective()), partida[0], partida[1], p.function(), partida[2], geo, money(approved),
                        money(expansions), money(reductions), money(modified), money(committed), money(accrued),
                        money(exercised), money(paid))).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] revenue() {
        return ("CRI,NOMBRE,ESTIMADO,MODIFICADO,DEVENGADO,RECAUDADO\n"
                + "11,Impuestos sobre los ingresos,\"180,000,000.00\",\"182,500,000.00\",\"181,000,000.00\",\"179,200,000.00\"\n"
                + "15,Impuestos sobre nóminas y asimilables,\"650,000,000.00\",\"655,000,000.00\",\"654,100,000.00\",\"650,300,000.00\"\n"
                + "43,Derechos por prestación de servicios,\"310,000,000.00\",\"305,000,000.00\",\"301,000,000.00\",\"298,700,000.00\"\n"
                + "81,Participaciones,\"14,200,000,000.00\",\"14,450,000,000.00\",\"14,450,000,000.00\",\"14,450,000,000.00\"\n"
                + "82,Aportaciones,\"16,900,000,000.00\",\"17,020,000,000.00\",\"17,020,000,000.00\",\"17,020,000,000.00\"\n"
                + "83,Convenios,\"1,100,000,000.00\",\"1,380,000,000.00\",\"1,240,000,000.00\",\"1,240,000,000.00\"\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal pct(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static String money(BigDecimal amount) {
        return q(String.format(java.util.Locale.US, "%,.2f", amount));
    }

    private static String q(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Publishes DGO-01's demo contracts as the state's procurement office, when an ocid prefix is configured. */
    private void publishContracts() {
        String prefix = validation.ocidPrefix();
        if (prefix.isEmpty()) {
            log.info("Demo contracts for the money trail not published: no ocid prefix (APERTURA_OCID_PREFIX).");
            return;
        }
        String json = "{\"uri\":\"https://ejemplo.mx/demo\",\"version\":\"1.1\",\"publishedDate\":\"2025-12-15T12:00:00Z\","
                + "\"publisher\":{\"name\":\"Apertura (demostración)\"},\"releases\":["
                + release(prefix + "dgo-e017-001", "Plataforma de contrataciones abiertas", "E-017", "Datos Abiertos Laguna SA de CV (ficticio)",
                        "3100000.00", "2900000.00", "1450000.00", "2025-06-30")
                + "," + release(prefix + "dgo-e017-002", "Capacitación en datos abiertos para compradores", "E-017",
                        "Escuela de Datos del Norte AC (ficticio)", "860000.00", "840000.00", "420000.00", "2025-09-30")
                + "," + release(prefix + "dgo-sinprog-003", "Mantenimiento de oficinas centrales", null,
                        "Servicios Integrales Guadiana SA de CV (ficticio)", "510000.00", "505000.00", "505000.00", "2025-11-28")
                + "]}";
        try {
            as(Authority.of(Role.PROCUREMENT, STATE), () -> ocds.publish(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        } catch (RuntimeException e) {
            log.warn("Demo contracts for the money trail not published: {}", e.getMessage());
        }
    }

    private static String release(String ocid, String title, String programme, String supplier, String awarded,
            String contracted, String paid, String paidOn) {
        String budget = programme == null ? "" : ",\"planning\":{\"budget\":{\"id\":\"" + programme + "\",\"projectID\":\""
                + programme + "\",\"description\":\"Programa presupuestario " + programme + "\"}}";
        return "{\"ocid\":\"" + ocid + "\",\"id\":\"" + ocid + "-01\",\"date\":\"2025-12-15T12:00:00Z\","
                + "\"tag\":[\"planning\",\"tender\",\"award\",\"contract\",\"implementation\"],\"initiationType\":\"tender\","
                + "\"language\":\"es\",\"parties\":[{\"id\":\"buyer\",\"name\":\"Poder Ejecutivo del Estado de Durango\","
                + "\"identifier\":{\"scheme\":\"APERTURA\",\"id\":\"" + STATE + "\"},\"roles\":[\"buyer\",\"procuringEntity\",\"payer\"]},"
                + "{\"id\":\"supplier\",\"name\":\"" + supplier + "\",\"roles\":[\"supplier\",\"tenderer\",\"payee\"]}],"
                + "\"buyer\":{\"id\":\"buyer\",\"name\":\"Poder Ejecutivo del Estado de Durango\"}" + budget + ","
                + "\"tender\":{\"id\":\"" + ocid + "-t\",\"title\":\"" + title + "\",\"status\":\"complete\","
                + "\"procurementMethod\":\"open\",\"value\":{\"amount\":" + awarded + ",\"currency\":\"MXN\"}},"
                + "\"awards\":[{\"id\":\"" + ocid + "-a\",\"status\":\"active\",\"date\":\"2025-03-15T12:00:00Z\","
                + "\"value\":{\"amount\":" + awarded + ",\"currency\":\"MXN\"},\"suppliers\":[{\"id\":\"supplier\",\"name\":\""
                + supplier + "\"}]}],"
                + "\"contracts\":[{\"id\":\"" + ocid + "-c\",\"awardID\":\"" + ocid + "-a\",\"status\":\"active\","
                + "\"dateSigned\":\"2025-03-30T12:00:00Z\",\"value\":{\"amount\":" + contracted + ",\"currency\":\"MXN\"},"
                + "\"implementation\":{\"transactions\":[{\"id\":\"" + ocid + "-p1\",\"date\":\"" + paidOn + "T12:00:00Z\","
                + "\"value\":{\"amount\":" + paid + ",\"currency\":\"MXN\"},\"payer\":{\"id\":\"buyer\",\"name\":"
                + "\"Poder Ejecutivo del Estado de Durango\"},\"payee\":{\"id\":\"supplier\",\"name\":\"" + supplier + "\"}}]}}]}";
    }

    /** Runs the work as one office of an institution, through the same authorised services people use. */
    private static void as(Authority authority, Runnable work) {
        SystemActor.runAs("demo", SystemActor.grants(authority), work);
    }
}
