package org.apertura.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;

/**
 * The demo catalog (fictional data in real shapes), uploaded through the same service publishers use: besides
 * Apertura's own lists ({@link PlatformLists}), datasets of Durango's institutions as CSV, XLSX and GeoJSON files —
 * public works by municipality and locality with their INEGI keys, streetlights and wells as GeoJSON points, schools,
 * the citizen budget, bills, rulings, trainings — each with its data dictionary; one whose quality report shows
 * problems (dates written 31/01/2025, "n/d" in a number column, a blank row); one file replaced with its first version
 * still downloadable; a draft; and one withdrawn with its reason. The municipality's public works and streetlights are
 * the datasets DGO-05's milestone evidence points at ({@link #DGO05_DATASETS}). Loaded once, on a catalog without
 * uploaded datasets.
 *
 * <p>It also opens a sign-in account holding DATA_PUBLISHER of the municipality of Durango ({@link #PUBLISHER_EMAIL}),
 * so that a person trying the demo can publish a dataset in the browser: its generated password is printed once on the
 * console, like the first administrator's; at the first sign-in it sets up two-step sign-in, as every role holder must.
 */
@DemoSeed.Seed(name = "opendata", needs = "jurisdiction", after = "process-evidence")
class OpenDataDemo implements DemoSeed {

    /** The catalog datasets the evidence of DGO-05's first milestone (the municipal catalog) points at. */
    static final List<String> DGO05_DATASETS = List.of("obra-publica-municipio-durango-2025", "luminarias-durango");

    private static final String MUNICIPALITY = "ayuntamiento-durango";
    private static final String STATE = "poder-ejecutivo-durango";
    /** The demo's data publisher (of the municipality of Durango), who signs in with the password printed once. */
    static final String PUBLISHER_EMAIL = "publicador.datos@demo.apertura.local";

    private final DatasetPublishing publishing;
    private final DatasetRepository datasets;
    private final AccountService accounts;
    private final PublicUrl publicUrl;

    OpenDataDemo(DatasetPublishing publishing, DatasetRepository datasets, AccountService accounts,
            PublicUrl publicUrl) {
        this.publishing = publishing;
        this.datasets = datasets;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    @Override
    public void seed() {
        if (!datasets.existsByName("obra-publica-municipio-durango-2025")) {
            catalog();
        }
        if (accounts.byEmail(PUBLISHER_EMAIL).isEmpty()) {
            publisherAccount();
        }
    }

    private void catalog() {
        as(MUNICIPALITY, this::municipality);
        as("ayuntamiento-gomez-palacio", this::gomezPalacio);
        as("ayuntamiento-tepehuanes", this::tepehuanes);
        as(STATE, this::state);
        as("congreso-durango", this::congress);
        as("poder-judicial-durango", this::judiciary);
        as("idaip", this::guarantor);
    }

    private void publisherAccount() {
        String password = openPublisherAccount(PUBLISHER_EMAIL);
        String line = "=".repeat(72);
        System.out.println(String.join(System.lineSeparator(), "", line,
                "  Apertura demo: a data publisher of the municipality of Durango",
                "  Demo: una persona que publica datos del municipio de Durango (DATA_PUBLISHER)",
                "  Sign in at / Entre en: " + publicUrl.of("/entrar") + "  then / luego: "
                        + publicUrl.of("/datos/publicar"),
                "  E-mail / Correo:      " + PUBLISHER_EMAIL,
                "  Password / Contraseña: " + password,
                "  First sign-in: set up two-step sign-in with an authenticator app.",
                "  Primera entrada: configure la entrada en dos pasos con una app autenticadora.",
                "  This is shown only once. / Esto se muestra una sola vez.",
                line, ""));
    }

    /**
     * Opens a demo account holding DATA_PUBLISHER of the municipality of Durango, with a generated password (answered,
     * never stored in clear); as every role holder, it sets up two-step sign-in at its first sign-in.
     */
    String openPublisherAccount(String email) {
        String password = Hashing.randomToken(12);
        Account account = accounts.signUp(email, password, "Publicador de datos del municipio (demo)");
        SystemActor.run(() -> accounts.grant(account.getId(), Role.DATA_PUBLISHER, MUNICIPALITY, null));
        return password;
    }

    private static void as(String institution, Runnable work) {
        SystemActor.runHolding(work, Authority.of(Role.DATA_PUBLISHER, institution));
    }

    // ---- the municipality of Durango: public works (replaced once), streetlights, and a draft

    private void municipality() {
        String works = "obra-publica-municipio-durango-2025";
        publishing.create(DatasetDraft.of(works, MUNICIPALITY, "Obra pública del municipio de Durango 2025",
                "Cada obra pública contratada por el municipio en 2025: dónde está (con la clave de localidad del "
                        + "INEGI), cuánto cuesta, quién la ejecuta y cuánto ha avanzado. Se actualiza cada mes con los "
                        + "avances físicos y financieros que reporta la Dirección de Obras Públicas.")
                .withKeywords(List.of("obra pública", "infraestructura", "contratos", "localidades"))
                .withThemes(Set.of(DataTheme.REGI, DataTheme.GOVE, DataTheme.ECON))
                .withContact("Dirección de Obras Públicas", "obras.publicas@municipiodurango.example.mx")
                .withFrequency(Frequency.MONTHLY).withTemporal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withSpatial(List.of("10005")));
        Resource file = publishing.addFile(works, ResourceDraft.named("Obras 2025",
                "Una fila por obra, con su localidad, monto contratado y avance."),
                csv("obras-2025-primer-semestre.csv", works(6)));
        publishing.defineDictionary(file.getId(), List.of(
                field("folio", FieldType.STRING, "Folio de la obra en el programa anual", null, null),
                field("clave_inegi_localidad", FieldType.STRING,
                        "Clave geoestadística de la localidad (INEGI): entidad, municipio y localidad", null, null),
                field("localidad", FieldType.STRING, "Nombre de la localidad", null, null),
                field("tipo", FieldType.STRING, "Tipo de obra", null,
                        "pavimentación|drenaje|agua potable|alumbrado|espacio público"),
                field("monto_contratado", FieldType.NUMBER, "Monto del contrato con IVA", "pesos (MXN)", null),
                field("fecha_inicio", FieldType.DATE, "Fecha de inicio de la obra", null, null),
                field("avance_fisico", FieldType.INTEGER, "Avance físico reportado", "por ciento", null),
                field("contratista", FieldType.STRING, "Empresa que ejecuta la obra", null, null)));
        publishing.publish(works);
        // the second semester: the same resource, version 2; the first semester stays downloadable
        publishing.replaceFile(file.getId(), csv("obras-2025.csv", works(12)));

        publishing.create(DatasetDraft.of("luminarias-durango", MUNICIPALITY, "Luminarias de la ciudad de Durango",
                "Ubicación de las luminarias del alumbrado público de la ciudad, con su tipo de lámpara, potencia y "
                        + "estado, en GeoJSON para abrirse en cualquier mapa.")
                .withKeywords(List.of("alumbrado público", "servicios públicos", "mapa"))
                .withThemes(Set.of(DataTheme.REGI, DataTheme.ENER))
                .withContact("Dirección de Servicios Públicos", "servicios@municipiodurango.example.mx")
                .withFrequency(Frequency.QUARTERLY).withSpatial(List.of("100050001")));
        publishing.addFile("luminarias-durango", ResourceDraft.named("Luminarias (GeoJSON)", null),
                file("luminarias.geojson", points("luminaria", -104.66, 24.02, 25, "potencia_w", 60)));
        publishing.publish("luminarias-durango");

        publishing.create(DatasetDraft.of("mercados-municipales-durango", MUNICIPALITY, "Mercados municipales",
                "Locales de los mercados municipales y sus giros (en preparación).")
                .withKeywords(List.of("mercados", "comercio")).withThemes(Set.of(DataTheme.ECON)));
    }

    private static String works(int months) {
        String[][] places = {{"100050001", "Victoria de Durango"}, {"100050032", "El Pueblito"},
            {"100050147", "José María Morelos"}, {"100050191", "Cinco de Mayo"}, {"100050304", "Navacoyán"},
            {"100050357", "Los Mimbres"}};
        String[] kinds = {"pavimentación", "drenaje", "agua potable", "alumbrado", "espacio público"};
        String[] firms = {"Constructora del Guadiana SA de CV", "Obras y Caminos de Durango SA de CV",
            "Urbanizadora Mezquital SA de CV"};
        StringBuilder out = new StringBuilder("folio,clave_inegi_localidad,localidad,tipo,monto_contratado,"
                + "fecha_inicio,avance_fisico,contratista\n");
        int n = 0;
        for (int month = 1; month <= months; month++) {
            for (int i = 0; i < 2; i++) {
                n++;
                String[] place = places[n % places.length];
                out.append(String.format("OP-2025-%03d,%s,%s,%s,%d.%02d,2025-%02d-%02d,%d,%s%n", n, place[0],
                        place[1], kinds[n % kinds.length], 350_000 + n * 137_500, n % 100, month, 3 + 11 * i,
                        Math.min(100, (months - month) * 17 + 5), firms[n % firms.length]));
            }
        }
        return out.toString();
    }

    // ---- Gómez Palacio (XLSX) and Tepehuanes (GeoJSON)

    private void gomezPalacio() {
        String name = "obra-publica-gomez-palacio-2025";
        publishing.create(DatasetDraft.of(name, "ayuntamiento-gomez-palacio", "Obra pública de Gómez Palacio 2025",
                "Obras públicas contratadas por el municipio de Gómez Palacio en 2025, con su colonia, monto e inicio, "
                        + "como las publica la Dirección de Obras Públicas en su hoja de cálculo.")
                .withKeywords(List.of("obra pública", "infraestructura", "colonias"))
                .withThemes(Set.of(DataTheme.REGI, DataTheme.GOVE))
                .withContact("Dirección de Obras Públicas", "obras@gomezpalacio.example.mx")
                .withFrequency(Frequency.QUARTERLY).withSpatial(List.of("10007")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("folio", "clave_inegi_municipio", "colonia", "obra", "monto", "inicio"));
        String[] colonies = {"Centro", "Las Rosas", "El Campestre", "Santa Rosa", "Filadelfia", "Chapala"};
        for (int i = 1; i <= 18; i++) {
            rows.add(List.of("GP-" + i, "10007", colonies[i % colonies.length],
                    i % 2 == 0 ? "Rehabilitación de calles" : "Red de agua potable", 420_000 + i * 61_250,
                    LocalDate.of(2025, 1 + (i % 12), 1 + (i % 27))));
        }
        Resource file = publishing.addFile(name, ResourceDraft.named("Obras 2025 (hoja de cálculo)", null),
                file("obras-gomez-palacio-2025.xlsx", SmallWorkbook.of(rows)));
        publishing.defineDictionary(file.getId(), List.of(
                field("folio", FieldType.STRING, "Folio de la obra", null, null),
                field("clave_inegi_municipio", FieldType.STRING, "Clave del municipio (INEGI)", null, null),
                field("colonia", FieldType.STRING, "Colonia donde se hace la obra", null, null),
                field("obra", FieldType.STRING, "Descripción corta de la obra", null, null),
                field("monto", FieldType.INTEGER, "Monto contratado con IVA", "pesos (MXN)", null),
                field("inicio", FieldType.DATE, "Fecha de inicio", null, null)));
        publishing.publish(name);
    }

    private void tepehuanes() {
        String name = "pozos-agua-tepehuanes";
        publishing.create(DatasetDraft.of(name, "ayuntamiento-tepehuanes", "Pozos de agua potable de Tepehuanes",
                "Pozos que abastecen de agua a las localidades del municipio, con su caudal y estado.")
                .withKeywords(List.of("agua potable", "pozos", "mapa"))
                .withThemes(Set.of(DataTheme.ENVI, DataTheme.REGI))
                .withContact("Sistema de Agua Potable de Tepehuanes", "agua@tepehuanes.example.mx")
                .withFrequency(Frequency.ANNUAL).withSpatial(List.of("10035")));
        publishing.addFile(name, ResourceDraft.named("Pozos (GeoJSON)", null),
                file("pozos.geojson", points("pozo", -105.72, 25.34, 8, "caudal_lps", 12)));
        publishing.publish(name);
    }

    // ---- the state executive: schools (a quality problem), citizen budget

    private void state() {
        String schools = "escuelas-publicas-durango";
        publishing.create(DatasetDraft.of(schools, STATE, "Escuelas públicas de Durango",
                "Escuelas de educación básica del estado con su municipio, nivel, matrícula y fecha de su última "
                        + "inspección. El archivo de este trimestre tiene problemas que su revisión de calidad muestra.")
                .withKeywords(List.of("educación", "escuelas", "matrícula"))
                .withThemes(Set.of(DataTheme.EDUC))
                .withContact("Secretaría de Educación", "datos.educacion@durango.example.mx")
                .withFrequency(Frequency.QUARTERLY).withSpatial(List.of("10")));
        Resource file = publishing.addFile(schools, ResourceDraft.named("Escuelas (tercer trimestre)", null),
                csv("escuelas-t3.csv", """
                        clave_ct,escuela,clave_inegi_municipio,nivel,matricula,ultima_inspeccion
                        10DPR0001A,Benito Juárez,10005,primaria,412,2025-08-14
                        10DPR0002Z,Guadalupe Victoria,10005,primaria,388,2025-08-20
                        10DES0003Y,Secundaria Técnica 1,10007,secundaria,n/d,2025-09-02
                        ,,,,,
                        10DJN0004X,Jardín de Niños Sor Juana,10035,preescolar,96,15/09/2025
                        10DPR0005W,Francisco Villa,10007,primaria,301,2025-09-18
                        10DES0006V,Secundaria General 3,10005,secundaria,sin dato,30/09/2025
                        """));
        publishing.defineDictionary(file.getId(), List.of(
                field("clave_ct", FieldType.STRING, "Clave del centro de trabajo (SEP)", null, null),
                field("escuela", FieldType.STRING, "Nombre de la escuela", null, null),
                field("clave_inegi_municipio", FieldType.STRING, "Clave del municipio (INEGI)", null, null),
                field("nivel", FieldType.STRING, "Nivel educativo", null, "preescolar|primaria|secundaria"),
                field("matricula", FieldType.INTEGER, "Alumnas y alumnos inscritos", "personas", null),
                field("ultima_inspeccion", FieldType.DATE, "Fecha de la última inspección", null, null)));
        publishing.publish(schools);

        String budget = "presupuesto-ciudadano-durango-2025";
        publishing.create(DatasetDraft.of(budget, STATE, "Presupuesto ciudadano 2025",
                "El presupuesto de egresos 2025 del Poder Ejecutivo por programa, en lenguaje claro: aprobado, "
                        + "modificado y pagado al cierre del año.")
                .withKeywords(List.of("presupuesto", "finanzas públicas", "sigue el dinero"))
                .withThemes(Set.of(DataTheme.ECON, DataTheme.GOVE))
                .withContact("Secretaría de Finanzas y de Administración", "presupuesto@durango.example.mx")
                .withFrequency(Frequency.QUARTERLY).withTemporal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withSpatial(List.of("10")));
        Resource file2 = publishing.addFile(budget, ResourceDraft.named("Presupuesto por programa", null),
                csv("presupuesto-ciudadano-2025.csv", """
                        programa,nombre,aprobado,modificado,pagado
                        E-017,Compras públicas abiertas y transparentes,42000000,43500000,40100000
                        E-010,Educación básica de calidad,900000000,912000000,880500000
                        E-001,Atención médica de primer nivel,610000000,598000000,590250000
                        K-005,Caminos rurales,350000000,362000000,301400000
                        S-020,Apoyos a jefas de familia,120000000,120000000,118900000
                        M-001,Gestión administrativa y financiera,260000000,255000000,249800000
                        """));
        publishing.defineDictionary(file2.getId(), List.of(
                field("programa", FieldType.STRING, "Clave del programa presupuestario (CONAC)", null, null),
                field("nombre", FieldType.STRING, "Nombre del programa", null, null),
                field("aprobado", FieldType.INTEGER, "Monto aprobado por el Congreso", "pesos (MXN)", null),
                field("modificado", FieldType.INTEGER, "Monto modificado al cierre", "pesos (MXN)", null),
                field("pagado", FieldType.INTEGER, "Monto pagado al cierre", "pesos (MXN)", null)));
        publishing.addLink(budget, ResourceDraft.link("Explorador del presupuesto en Apertura",
                "Las cifras completas, trimestre por trimestre.", "https://apertura.example.mx/presupuesto", "HTML"));
        publishing.publish(budget);
    }

    // ---- the congress (one withdrawn), the judiciary, the guarantor body

    private void congress() {
        String bills = "iniciativas-congreso-durango-2025";
        publishing.create(DatasetDraft.of(bills, "congreso-durango", "Iniciativas presentadas en 2025",
                "Cada iniciativa presentada ante el pleno del Congreso del Estado, con quién la presentó, la comisión "
                        + "que la dictamina y su estado.")
                .withKeywords(List.of("iniciativas", "proceso legislativo", "comisiones"))
                .withThemes(Set.of(DataTheme.GOVE, DataTheme.JUST))
                .withContact("Unidad de Transparencia del Congreso", "transparencia@congresodurango.example.mx")
                .withFrequency(Frequency.WEEKLY).withSpatial(List.of("10")).withLicence(Licence.LIBRE_USO_MX));
        Resource file = publishing.addFile(bills, ResourceDraft.named("Iniciativas 2025", null),
                csv("iniciativas-2025.csv", """
                        folio,fecha_presentacion,presenta,comision,estado
                        INI-2025-001,2025-02-04,Grupo Parlamentario A,Hacienda,dictaminada
                        INI-2025-002,2025-02-11,Poder Ejecutivo,Educación,en comisión
                        INI-2025-003,2025-03-06,Grupo Parlamentario B,Transparencia,aprobada
                        INI-2025-004,2025-04-22,Ayuntamiento de Durango,Asuntos Municipales,en comisión
                        INI-2025-005,2025-05-13,Ciudadanía,Participación Ciudadana,desechada
                        """));
        publishing.defineDictionary(file.getId(), List.of(
                field("folio", FieldType.STRING, "Folio de la iniciativa", null, null),
                field("fecha_presentacion", FieldType.DATE, "Fecha en que se presentó al pleno", null, null),
                field("presenta", FieldType.STRING, "Quién la presenta", null, null),
                field("comision", FieldType.STRING, "Comisión que dictamina", null, null),
                field("estado", FieldType.STRING, "Estado del trámite", null,
                        "en comisión|dictaminada|aprobada|desechada")));
        publishing.publish(bills);

        String attendance = "asistencia-pleno-2024";
        publishing.create(DatasetDraft.of(attendance, "congreso-durango", "Asistencia al pleno 2024",
                "Asistencia de cada diputada y diputado a las sesiones del pleno de 2024.")
                .withKeywords(List.of("asistencia", "pleno")).withThemes(Set.of(DataTheme.GOVE))
                .withFrequency(Frequency.NEVER).withSpatial(List.of("10")));
        publishing.addFile(attendance, ResourceDraft.named("Asistencia 2024", null), csv("asistencia-2024.csv", """
                sesion,fecha,presentes,ausentes
                1,2024-09-01,23,2
                2,2024-09-08,25,0
                """));
        publishing.publish(attendance);
        publishing.withdraw(attendance, "Lo sustituye el registro de asistencia por sesión que el Congreso publica "
                + "desde 2025; este archivo se conserva para consulta.");
    }

    private void judiciary() {
        String name = "sentencias-publicas-2025";
        publishing.create(DatasetDraft.of(name, "poder-judicial-durango", "Sentencias públicas por materia 2025",
                "Número de sentencias dictadas cada mes por materia, en versión pública.")
                .withKeywords(List.of("sentencias", "justicia", "estadística judicial"))
                .withThemes(Set.of(DataTheme.JUST))
                .withContact("Dirección de Estadística Judicial", "estadistica@tsjdurango.example.mx")
                .withFrequency(Frequency.MONTHLY).withSpatial(List.of("10")).withLicence(Licence.CC0_1_0));
        StringBuilder rows = new StringBuilder("mes,materia,sentencias\n");
        String[] subjects = {"civil", "familiar", "penal", "mercantil"};
        for (int month = 1; month <= 11; month++) {
            for (int s = 0; s < subjects.length; s++) {
                rows.append(String.format("2025-%02d-01,%s,%d%n", month, subjects[s], 40 + (month * 7 + s * 13) % 60));
            }
        }
        Resource file = publishing.addFile(name, ResourceDraft.named("Sentencias por mes y materia", null),
                csv("sentencias-2025.csv", rows.toString()));
        publishing.defineDictionary(file.getId(), List.of(
                field("mes", FieldType.DATE, "Primer día del mes", null, null),
                field("materia", FieldType.STRING, "Materia del juicio", null, "civil|familiar|penal|mercantil"),
                field("sentencias", FieldType.INTEGER, "Sentencias dictadas en el mes", "sentencias", null)));
        publishing.publish(name);
    }

    private void guarantor() {
        String name = "capacitaciones-idaip-2025";
        publishing.create(DatasetDraft.of(name, "idaip", "Capacitaciones en transparencia 2025",
                "Cursos que el órgano garante impartió a sujetos obligados y ciudadanía, con sus asistentes.")
                .withKeywords(List.of("capacitación", "transparencia", "sujetos obligados"))
                .withThemes(Set.of(DataTheme.GOVE, DataTheme.EDUC))
                .withContact("Dirección de Capacitación", "capacitacion@idaip.example.mx")
                .withFrequency(Frequency.SEMIANNUAL).withSpatial(List.of("10")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("fecha", "curso", "dirigido_a", "asistentes"));
        String[] courses = {"Obligaciones de transparencia", "Solicitudes de acceso", "Datos abiertos",
            "Protección de datos personales"};
        for (int i = 0; i < 10; i++) {
            rows.add(List.of(LocalDate.of(2025, 2 + i, 10), courses[i % courses.length],
                    i % 3 == 0 ? "ciudadanía" : "sujetos obligados", 18 + i * 4));
        }
        Resource file = publishing.addFile(name, ResourceDraft.named("Capacitaciones (hoja de cálculo)", null),
                file("capacitaciones-2025.xlsx", SmallWorkbook.of(rows)));
        publishing.defineDictionary(file.getId(), List.of(
                field("fecha", FieldType.DATE, "Fecha del curso", null, null),
                field("curso", FieldType.STRING, "Nombre del curso", null, null),
                field("dirigido_a", FieldType.STRING, "Público del curso", null, "ciudadanía|sujetos obligados"),
                field("asistentes", FieldType.INTEGER, "Personas que asistieron", "personas", null)));
        publishing.publish(name);
    }

    // ---- helpers

    private static DictionaryField field(String name, FieldType type, String description, String unit,
            String allowed) {
        return new DictionaryField(name, type, description, unit, allowed);
    }

    private static FileUpload csv(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static FileUpload file(String name, byte[] bytes) {
        return FileUpload.of(name, new ByteArrayInputStream(bytes));
    }

    /** A GeoJSON FeatureCollection of points around a place, each with an id, a status and one figure. */
    private static byte[] points(String kind, double lon, double lat, int count, String figure, int base) {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 1; i <= count; i++) {
            double x = lon + ((i * 37) % 100 - 50) / 2000.0;
            double y = lat + ((i * 53) % 100 - 50) / 2000.0;
            json.append(i > 1 ? "," : "").append(String.format(java.util.Locale.ROOT,
                    "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]},"
                            + "\"properties\":{\"id\":\"%s-%03d\",\"estado\":\"%s\",\"%s\":%d}}",
                    x, y, kind, i, i % 7 == 0 ? "en reparación" : "en servicio", figure, base + (i * 13) % 90));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
