package org.apertura.cocreation;

import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.intake.Channel;

import org.apertura.platform.time.Today;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Commitment;
import org.apertura.actionplan.Theme;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.BodySession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.apertura.platform.comments.CommentPosts;

/**
 * The demo's co-creation: Durango's call of 2025 with thirty proposals from the three channels (fictional
 * people), supports, two working tables and a reasoned response for every proposal, traced to the five
 * commitments of the demo plan.
 */
@DemoSeed.Seed(name = "cocreation", needs = "actionplan")
class CocreationDemo implements DemoSeed {

    static final String CALL = "durango-2025-propuestas";
    private static final String EXERCISE = "durango-2025-2026";
    private static final String BODY = "stl-durango";

    private final CocreationService service;
    private final CallRepository calls;
    private final ActionPlanService plans;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final TransactionTemplate transactions;
    private final AmendmentService amendments;
    private final CommentPosts comments;
    private final ProposalMedia media;

    CocreationDemo(CocreationService service, CallRepository calls, ActionPlanService plans, AccountService accounts,
            ActingAs actingAs, PlatformTransactionManager transactionManager, AmendmentService amendments,
            CommentPosts comments, ProposalMedia media) {
        this.comments = comments;
        this.media = media;
        this.amendments = amendments;
        this.transactions = new TransactionTemplate(transactionManager);
        this.service = service;
        this.calls = calls;
        this.plans = plans;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    @Override
    public void seed() {
        if (calls.count() == 0 && plans.exercises().stream().anyMatch(e -> e.getSlug().equals(EXERCISE))) {
            SystemActor.run(() -> transactions.executeWithoutResult(status -> load()));
        }
    }

    /** One demo proposal: its text, channel, author, and the response it got. */
    private record Seed(String title, String problem, String proposal, String themes, Channel channel, String author,
            String commitment, Disposition disposition, String reason) {
    }

    private void load() {
        Account coordinator = account("coordinacion.stl", "Lucía Arreola Meraz", Role.COORDINATOR, null);
        Account facilitator = account("rodrigo.salas", "Rodrigo Salas Ontiveros", Role.STL_MEMBER, Sector.CIVIL_SOCIETY);
        List<Account> citizens = new ArrayList<>();
        for (String name : List.of("Vecina de la Zona Centro", "Lupita R.", "ciudadano_lagunero", "Maestra Ofelia",
                "Colectivo Bici Durango", "J. Herrera", "Estudiante UJED", "Don Chuy de Tepehuanes")) {
            citizens.add(accounts.signUpWithoutPassword("ciudadania." + citizens.size() + "@demo.apertura.local",
                    name));
        }
        Call[] call = new Call[1];
        actingAs.run(coordinator.getId(), () -> call[0] = service.createCall(EXERCISE, new Call.Terms(CALL,
                "Propuestas ciudadanas para el Plan de Acción Local 2025-2026",
                "Proponga qué debe cambiar el gobierno para ser más abierto. Reciba propuestas en línea, en los talleres "
                        + "de los municipios y por teléfono. Cada propuesta recibe una respuesta razonada y pública.",
                EnumSet.of(Theme.A, Theme.C, Theme.D, Theme.E, Theme.G, Theme.K, Theme.M, Theme.N),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 15),
                Call.Proposers.ANYONE, 10, 5)));
        Map<String, Long> codes = plans.plans(plans.exercise(EXERCISE)).stream()
                .flatMap(p -> plans.commitments(p).stream()).collect(Collectors.toMap(Commitment::getCode, Commitment::getId));

        List<Proposal> filed = new ArrayList<>();
        int online = 0;
        for (Seed seed : seeds()) {
            Proposal.Text text = new Proposal.Text(seed.title(), seed.problem(), seed.proposal(), themes(seed.themes()),
                    seed.themes().contains("m") ? "gomez-palacio" : null, null);
            if (seed.channel() == Channel.ONLINE) {
                Account author = citizens.get(online++ % citizens.size());
                filed.add(service.propose(call[0], text, author.getId(), author.getDisplayName(),
                        LocalDate.of(2025, 5, 2).plusDays(filed.size())));
            } else {
                LocalDate day = LocalDate.of(2025, 5, 10).plusDays(filed.size());
                String place = seed.channel() == Channel.IN_PERSON
                        ? (seed.themes().contains("m") ? "Taller vecinal, Gómez Palacio" : "Taller en la Biblioteca Central, Victoria de Durango")
                        : null;
                Proposal[] entered = new Proposal[1];
                actingAs.run(facilitator.getId(), () -> entered[0] = service.enter(CALL, text,
                        new Proposal.Intake(seed.channel(), day, place, seed.author(), null), null, null));
                filed.add(entered[0]);
            }
        }
        // One proposal with a point in Victoria de Durango's centre and a drawn picture (ADR 0080).
        Proposal works = filed.get(1);
        media.locate(works, new org.apertura.platform.media.GeoPoint(new java.math.BigDecimal("24.0243"),
                new java.math.BigDecimal("-104.6708")));
        media.addImage(works, new org.apertura.platform.media.Attachments.Upload("obra.png", worksSketch(), "Dibujo de una calle en obra con "
                + "vallas y un letrero grande junto a la obra, donde se leerían su costo, la empresa y la fecha de fin."));
        // Supports: each demo citizen supports some proposals, most on the first ones.
        for (int c = 0; c < citizens.size(); c++) {
            for (int i = 0; i < filed.size(); i++) {
                if ((i + c) % 3 == 0 && service.mySupportCount(call[0], citizens.get(c).getId()) < 10) {
                    service.support(filed.get(i).getId(), citizens.get(c).getId(), LocalDate.of(2025, 7, 1));
                }
            }
        }
        String proposal0 = filed.get(0).getId().toString();
        actingAs.run(citizens.get(2).getId(), () -> {
            long first = comments.post(CallItems.PROPOSAL, proposal0, null,
                    "Muy buena idea. También deberían publicarse las facturas de cada contrato.");
            actingAs.run(citizens.get(4).getId(), () -> comments.post(CallItems.PROPOSAL, proposal0, first,
                    "De acuerdo; así se puede comparar precio pagado contra precio de mercado."));
        });
        amend(filed, citizens);
        // A comment two people reported, waiting in the coordinator's moderation queue (/moderacion).
        long[] rude = new long[1];
        actingAs.run(citizens.get(7).getId(), () -> rude[0] = comments.post(CallItems.PROPOSAL,
                filed.get(1).getId().toString(), null,
                "Puro cuento. Los funcionarios nada más vienen a tomarse la foto y a burlarse de la gente."));
        actingAs.run(citizens.get(1).getId(), () -> comments.flag(rude[0], "Descalifica sin dar argumentos"));
        actingAs.run(citizens.get(5).getId(), () -> comments.flag(rude[0], null));
        actingAs.run(coordinator.getId(), () -> {
            WorkingTable first = service.recordTable(CALL, new WorkingTable.Record("Transparencia, archivos y datos abiertos",
                    LocalDateTime.of(2025, 6, 10, 10, 0).atZone(Today.ZONE).toInstant(),
                    "Biblioteca Central, Victoria de Durango", null, participants(6, 9, 2, 3, 0, 14),
                    ids(filed, p -> !p.getThemes().contains(Theme.M)),
                    "Se leyeron las propuestas en voz alta y se agruparon por tema. Se acordaron cuatro borradores.",
                    "Cuatro borradores de compromiso: compras abiertas, plazos de solicitudes, archivo judicial y datos del municipio.",
                    Set.of(codes.get("DGO-01"), codes.get("DGO-02"), codes.get("DGO-03"), codes.get("DGO-05"))));
            WorkingTable second = service.recordTable(CALL, new WorkingTable.Record("Parque de Gómez Palacio",
                    LocalDateTime.of(2025, 6, 14, 11, 0).atZone(Today.ZONE).toInstant(),
                    "Centro comunitario, Gómez Palacio", null, participants(3, 4, 1, 0, 1, 22),
                    ids(filed, p -> p.getThemes().contains(Theme.M)),
                    "Vecinas y vecinos dibujaron en un plano lo que quieren en el parque.",
                    "Un borrador de compromiso: diseño participativo del parque con respuesta a cada propuesta.",
                    Set.of(codes.get("DGO-04"))));
            List<Seed> seeds = seeds();
            for (int i = 0; i < filed.size(); i++) {
                Seed seed = seeds.get(i);
                service.dispose(filed.get(i).getId(), seed.disposition(), seed.reason(),
                        seed.commitment() == null ? Set.of() : Set.of(codes.get(seed.commitment())));
            }
            service.tallySupports();
            first.getId();
            second.getId();
        });
    }

    /**
     * Amendments (ADR 0065) while the call took proposals: one its author accepted (the proposal's earlier text stays
     * as a version crediting it), one rejected with a reason, one still pending when the call closed.
     */
    private void amend(List<Proposal> filed, List<Account> citizens) {
        List<Proposal> online = filed.stream().filter(p -> p.getAuthorAccountId() != null).limit(3).toList();
        LocalDate day = LocalDate.of(2025, 6, 2);
        java.time.Instant at = day.atTime(10, 0).atZone(Today.ZONE).toInstant();
        String[][] texts = {
            {" Incluir también las facturas y los pagos de cada contrato, con su fecha.",
                "Sin las facturas no se sabe cuánto se pagó al final; así se puede comparar con lo contratado."},
            {" Que cada respuesta diga además qué área la preparó y en cuántos días.",
                "Saber qué área responde ayuda a dar seguimiento."},
            {" Publicarlo primero en papel en la presidencia municipal.",
                "Mucha gente de la colonia no tiene internet."}};
        Amendment[] made = new Amendment[online.size()];
        for (int i = 0; i < online.size(); i++) {
            Proposal p = online.get(i);
            Long by = citizens.stream().map(Account::getId).filter(id -> !p.isAuthor(id)).skip(i).findFirst()
                    .orElseThrow();
            made[i] = amendments.propose(p, by, p.getProposal() + texts[i][0], texts[i][1], at, day);
        }
        if (made.length > 0) {
            amendments.accept(made[0], online.get(0).getAuthorAccountId(), at.plusSeconds(86_400), day.plusDays(1));
        }
        if (made.length > 2) {
            amendments.reject(made[2], online.get(2).getAuthorAccountId(), "La propuesta ya pide publicarlo en los "
                    + "tableros de cada colonia, que llegan a más gente que la presidencia.", at.plusSeconds(86_400),
                    day.plusDays(1));
        }
    }

    private static Map<WorkingTable.Sector, Integer> participants(int government, int society, int guarantor,
            int academia, int privateSector, int citizens) {
        Map<WorkingTable.Sector, Integer> map = new EnumMap<>(WorkingTable.Sector.class);
        map.put(WorkingTable.Sector.GOVERNMENT, government);
        map.put(WorkingTable.Sector.CIVIL_SOCIETY, society);
        map.put(WorkingTable.Sector.GUARANTOR, guarantor);
        map.put(WorkingTable.Sector.ACADEMIA, academia);
        map.put(WorkingTable.Sector.PRIVATE, privateSector);
        map.put(WorkingTable.Sector.CITIZENS, citizens);
        return map;
    }

    private static Set<Long> ids(List<Proposal> proposals, java.util.function.Predicate<Proposal> which) {
        return proposals.stream().filter(which).map(Proposal::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Theme> themes(String letters) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (String letter : letters.split(" ")) {
            themes.add(Theme.valueOf(letter.toUpperCase()));
        }
        return themes;
    }

    /** The demo's coordinator and facilitator: reuses the account when another demo already made it. */
    private Account account(String user, String name, Role role, Sector sector) {
        String email = user + "@demo.apertura.local";
        Account account = accounts.byEmail(email).orElseGet(() -> accounts.signUpWithoutPassword(email, name));
        if (accounts.memberships(account.getId()).stream().noneMatch(m -> m.getRole() == role)) {
            accounts.grant(account.getId(), role, BODY, sector);
        }
        return account;
    }

    private static final String NOT_NOW = "No se incorporó en este plan porque no depende de las instituciones que lo "
            + "firman. Se envió a la dependencia responsable y se revisará en el siguiente ejercicio.";

    private static List<Seed> seeds() {
        Channel on = Channel.ONLINE;
        Channel in = Channel.IN_PERSON;
        Channel re = Channel.REMOTE;
        Disposition yes = Disposition.INCORPORATED;
        Disposition part = Disposition.PARTIALLY_INCORPORATED;
        Disposition no = Disposition.NOT_INCORPORATED;
        return List.of(
                new Seed("Publicar todos los contratos del estado en datos abiertos", "Los contratos están en PDF sueltos y no se pueden comparar.",
                        "Publicar cada compra con el estándar de contrataciones abiertas, desde la planeación hasta el pago.", "a e", on, null, "DGO-01", yes,
                        "Es el centro del compromiso DGO-01: todas las compras de 2025 se publicarán en el estándar OCDS."),
                new Seed("Tablero para seguir el dinero de las obras", "Nadie sabe cuánto cuesta cada obra al final.",
                        "Un tablero que muestre el monto contratado y el pagado de cada obra.", "a", in, "Señora del mercado Gómez", "DGO-01", part,
                        "Se incorporó el tablero de contratos (hito 2 de DGO-01); el seguimiento físico de obras queda para otro plan."),
                new Seed("Alertas de contratos con un solo oferente", "Muchas compras se dan a un solo proveedor.",
                        "Marcar en el portal los contratos adjudicados sin competencia.", "a", on, null, "DGO-01", part,
                        "El tablero de DGO-01 mostrará el tipo de procedimiento; las alertas automáticas se evaluarán después."),
                new Seed("Padrón de proveedores abierto", "No se sabe quiénes son los dueños de las empresas proveedoras.",
                        "Publicar el padrón de proveedores con sus datos públicos.", "a e", re, "Llamada de un contador", "DGO-01", part,
                        "Se publicarán los proveedores de cada contrato en el conjunto OCDS; el padrón completo requiere un cambio legal."),
                new Seed("Precios de referencia de lo que compra el gobierno", "Se compran cosas comunes a precios muy distintos.",
                        "Publicar los precios unitarios para comparar.", "a", in, null, "DGO-01", yes,
                        "Los precios unitarios forman parte de los datos OCDS que publicará DGO-01."),
                new Seed("Saber en qué va mi solicitud de información", "Las solicitudes se quedan sin respuesta y sin explicación.",
                        "Un tablero con los plazos de cada solicitud y quién la atiende.", "c", on, null, "DGO-02", yes,
                        "Es el hito 1 de DGO-02: tablero público de plazos de solicitudes del Congreso."),
                new Seed("Capacitar a quienes responden solicitudes", "Las respuestas llegan con lenguaje técnico y tarde.",
                        "Cursos para las unidades de transparencia sobre plazos y lenguaje claro.", "c", in, "Profesor jubilado", "DGO-02", yes,
                        "Se incorporó como hito 2 de DGO-02: capacitación a 40 personas de las unidades de transparencia."),
                new Seed("Responder solicitudes por WhatsApp", "Mucha gente no usa la plataforma nacional.",
                        "Recibir y responder solicitudes por mensajería.", "c", re, "Mensaje de un vecino de Lerdo", null, no,
                        "La ley exige medios que dejen constancia y protejan datos personales; por ahora no es posible usar mensajería. Se promoverá la plataforma en talleres."),
                new Seed("Informe anual de tiempos de respuesta", "No hay cifras de cuánto tardan las respuestas.",
                        "Publicar cada año cuánto tarda cada institución en responder.", "c", on, null, "DGO-02", yes,
                        "Es el hito 3 de DGO-02: informe público de tiempos de respuesta."),
                new Seed("Lenguaje claro en las respuestas", "Las respuestas citan artículos y no explican.",
                        "Que cada respuesta traiga un resumen en lenguaje ciudadano.", "c", in, null, "DGO-02", part,
                        "La capacitación de DGO-02 incluye lenguaje claro; el resumen obligatorio requiere un lineamiento del órgano garante."),
                new Seed("Ordenar el archivo judicial", "Los expedientes antiguos están en cajas sin inventario.",
                        "Hacer el cuadro de clasificación y el inventario del archivo.", "n d", on, null, "DGO-03", yes,
                        "Es el compromiso DGO-03: cuadro general de clasificación e inventario del archivo de concentración."),
                new Seed("Consultar sentencias en línea", "Las sentencias públicas solo se consultan en el juzgado.",
                        "Publicar las versiones públicas de las sentencias.", "n", re, "Abogada litigante", null, no,
                        "Requiere un sistema de versiones públicas que el Poder Judicial no puede tener este año; se propondrá en el siguiente plan."),
                new Seed("Inventario del archivo en datos abiertos", "No se sabe qué expedientes existen.",
                        "Publicar el inventario como datos abiertos.", "n d", in, null, "DGO-03", yes,
                        "Es el hito 2 de DGO-03: inventario del archivo de concentración en datos abiertos."),
                new Seed("Digitalizar actas del registro civil", "Hay que viajar a la capital por una copia.",
                        "Digitalizar y dar copias en línea.", "n", on, null, null, no, NOT_NOW),
                new Seed("Parque con sombra y bebederos", "El parque actual no tiene sombra ni agua.",
                        "Árboles nativos, bebederos y bancas en el nuevo parque.", "g m", in, "Vecinas de la colonia Santa Rosa", "DGO-04", yes,
                        "Forma parte del proyecto del parque (hito 2 de DGO-04), que responderá a cada propuesta."),
                new Seed("Juegos incluyentes en el parque", "Niñas y niños con discapacidad no pueden usar los juegos.",
                        "Instalar juegos accesibles.", "g m", in, "Madre de familia", "DGO-04", yes,
                        "Incluido en el proyecto del parque de DGO-04."),
                new Seed("Cancha de futbol en el parque", "Las y los jóvenes no tienen dónde jugar.",
                        "Una cancha de pasto sintético.", "g m", on, null, "DGO-04", part,
                        "El proyecto incluye una cancha de usos múltiples; el pasto sintético no cabe en el presupuesto."),
                new Seed("Alumbrado y seguridad en el parque", "De noche el parque es inseguro.",
                        "Luminarias y un módulo de vigilancia.", "g m", re, "Llamada al 072", "DGO-04", part,
                        "Se incluyó el alumbrado en el proyecto; el módulo de vigilancia depende de Seguridad Pública."),
                new Seed("Huerto comunitario en el parque", "No hay espacios para aprender a cultivar.",
                        "Un huerto cuidado por la colonia.", "g m", in, null, "DGO-04", yes,
                        "Se reservó un área del parque para huerto comunitario."),
                new Seed("Estacionamiento grande junto al parque", "No hay dónde estacionarse.",
                        "Un estacionamiento de 200 lugares.", "m", on, null, null, no,
                        "No se incorporó: quitaría la mitad del área verde. Se proponen ciclovías y transporte público."),
                new Seed("Catálogo de datos abiertos del municipio", "El municipio publica sus datos en formatos cerrados.",
                        "Un catálogo con datos en CSV y con diccionario.", "d k", on, null, "DGO-05", yes,
                        "Es el hito 1 de DGO-05: catálogo con 15 conjuntos en formatos abiertos."),
                new Seed("Datos de transporte público", "No se sabe por dónde pasan las rutas.",
                        "Publicar rutas y horarios en formato abierto.", "d k", re, "Correo de Colectivo Bici", "DGO-05", part,
                        "Las rutas se publicarán en el catálogo de DGO-05; los horarios dependen de los concesionarios."),
                new Seed("Hackatón con los datos del municipio", "Los datos no se usan si nadie los conoce.",
                        "Un hackatón para que estudiantes creen aplicaciones.", "k d", in, "Estudiantes del Tecnológico", "DGO-05", yes,
                        "Es el hito 2 de DGO-05: hackatón ciudadano con los datos."),
                new Seed("Datos de calidad del aire", "No hay información sobre contaminación.",
                        "Publicar las mediciones de las estaciones.", "d", on, null, null, no, NOT_NOW),
                new Seed("Presupuesto ciudadano en lenguaje claro", "Nadie entiende el presupuesto.",
                        "Publicar una versión ciudadana del presupuesto.", "e", in, null, null, no,
                        "Es valiosa, pero la Secretaría de Finanzas ya la publica cada año; se pedirá mejorar su lenguaje."),
                new Seed("Gastos de viaje de funcionarios", "No se conocen los viáticos.",
                        "Publicar viáticos por persona y por viaje.", "a e", on, null, "DGO-01", part,
                        "Los viáticos pagados mediante contratos aparecerán en los datos de DGO-01; el resto ya es obligación de transparencia."),
                new Seed("Sesiones del Congreso en vivo con subtítulos", "Las personas sordas no pueden seguirlas.",
                        "Transmisiones con subtítulos e intérprete.", "g", re, "Asociación de personas sordas", null, no,
                        "No corresponde a los compromisos de este plan; se envió al Congreso, que ya prepara intérprete de lengua de señas."),
                new Seed("Consulta de obras en Tepehuanes", "En la sierra no llega la información de las obras.",
                        "Publicar las obras en carteles en las comunidades.", "a g", in, "Don Chuy de Tepehuanes", null, no, NOT_NOW),
                new Seed("Solicitudes de información en lenguas indígenas", "Hablantes de tepehuano no pueden pedir información.",
                        "Formatos y respuestas en lenguas indígenas.", "c", re, "Promotora comunitaria", null, no,
                        "No se incorporó este año por falta de intérpretes certificados; el órgano garante iniciará un padrón."),
                new Seed("Mapa de denuncias ciudadanas", "Las denuncias se pierden.",
                        "Un mapa público de reportes y su atención.", "g", on, null, null, no, NOT_NOW));
    }

    /** A drawn sketch of a street under works with a large sign beside it (PNG), as a neighbour might attach. */
    private static byte[] worksSketch() {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(480, 270,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(0xE8, 0xF1, 0xF8));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new java.awt.Color(0x6E, 0x6E, 0x6E));
        g.fillRect(0, 190, 480, 80);
        g.setColor(new java.awt.Color(0xF2, 0x8C, 0x28));
        for (int x = 30; x < 300; x += 70) {
            g.fillRect(x, 165, 50, 12);
            g.fillRect(x + 5, 177, 6, 20);
            g.fillRect(x + 39, 177, 6, 20);
        }
        g.setColor(new java.awt.Color(0x1F, 0x4E, 0x79));
        g.fillRect(320, 60, 130, 90);
        g.fillRect(380, 150, 10, 45);
        g.setColor(java.awt.Color.WHITE);
        for (int y = 78; y < 140; y += 18) {
            g.fillRect(334, y, 102, 6);
        }
        g.dispose();
        return org.apertura.platform.media.Images.png(picture);
    }
}
