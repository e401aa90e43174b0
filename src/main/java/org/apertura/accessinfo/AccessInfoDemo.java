package org.apertura.accessinfo;

import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.Authority;
import org.apertura.platform.time.Today;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apertura.jurisdiction.JurisdictionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's requests: fifty requests to Durango's institutions, filed on past days relative to the day the
 * demo loads and taken through the same service and rules as real ones, day by day — received, in process,
 * waiting for a clarification, not filed, extended, overdue, and answered in every outcome, a few with public
 * versions of real PDFs. The requesters are nobody: none gave a name, as the law allows.
 */
@DemoSeed.Seed(name = "accessinfo", needs = "jurisdiction", after = "infographics")
class AccessInfoDemo implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(AccessInfoDemo.class);

    private final AccessRequestService service;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AccessRequestRepository requests;
    private final JurisdictionService jurisdictions;
    private final TransactionTemplate transactions;
    private final Today time;

    AccessInfoDemo(AccessRequestService service, org.springframework.context.ApplicationEventPublisher events,
            AccessRequestRepository requests,
            JurisdictionService jurisdictions,
            TransactionTemplate transactions, Today time) {
        this.service = service;
        this.events = events;
        this.requests = requests;
        this.jurisdictions = jurisdictions;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public void seed() {
        if (requests.count() > 0 || jurisdictions.find("durango").isEmpty()) {
            return;
        }
        load(service.today());
        log.info("Demo access requests loaded: {} requests to Durango's institutions.", requests.count());
    }

    /** What happens to one demo request after it is filed. */
    enum Path {
        RECEIVED, IN_PROCESS, CLARIFICATION, NOT_FILED, EXTENDED, OVERDUE, DELIVERED, LATE, PUBLIC_VERSION, RESERVED,
        CONFIDENTIAL, INEXISTENT, NOT_COMPETENT, ALREADY_PUBLIC, DIRECT_CONSULTATION,
        /** Not competent as the area declared and the committee confirmed (art. 40 fr. II), within the answer term. */
        NOT_COMPETENT_CONFIRMED
    }

    record Demo(String institution, String description, Path path, int daysAgo) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("poder-ejecutivo-durango", "Relación de contratos de obra pública adjudicados en 2025, con monto, empresa y procedimiento.", Path.DELIVERED, 160),
            new Demo("poder-ejecutivo-durango", "Padrón de beneficiarios del programa de apoyo a productores de frijol 2025.", Path.PUBLIC_VERSION, 150),
            new Demo("poder-ejecutivo-durango", "Gasto en publicidad oficial por medio de comunicación en 2025.", Path.DELIVERED, 140),
            new Demo("poder-ejecutivo-durango", "Rutas y horarios de patrullaje de la policía estatal en la capital.", Path.RESERVED, 130),
            new Demo("poder-ejecutivo-durango", "Número de plazas docentes vacantes por municipio en el ciclo escolar 2025-2026.", Path.IN_PROCESS, 12),
            new Demo("poder-ejecutivo-durango", "Estudios de impacto ambiental de la carretera Durango–Mazatlán en su tramo estatal.", Path.EXTENDED, 28),
            new Demo("poder-ejecutivo-durango", "Viáticos del gabinete estatal en el primer semestre de 2025.", Path.OVERDUE, 45),
            new Demo("poder-ejecutivo-durango", "Informe de la calidad del agua de las presas que abastecen la capital.", Path.ALREADY_PUBLIC, 120),
            new Demo("congreso-durango", "Versiones estenográficas de la Comisión de Transparencia de enero a junio de 2025.", Path.PUBLIC_VERSION, 110),
            new Demo("congreso-durango", "Asistencia de cada diputada y diputado a las sesiones del pleno en 2025.", Path.DELIVERED, 100),
            new Demo("congreso-durango", "Gasto del Congreso en asesorías externas en 2025, por contrato.", Path.LATE, 95),
            new Demo("congreso-durango", "Iniciativas presentadas en materia de agua desde 2024 y su estado.", Path.RECEIVED, 2),
            new Demo("congreso-durango", "Los expedientes médicos del personal del Congreso.", Path.CONFIDENTIAL, 90),
            new Demo("congreso-durango", "Estudios técnicos que sustentan la reforma a la ley de movilidad.", Path.INEXISTENT, 85),
            new Demo("congreso-durango", "Programa de trabajo de la Comisión de Hacienda.", Path.CLARIFICATION, 3),
            new Demo("poder-judicial-durango", "Número de sentencias dictadas por juzgado familiar en 2025.", Path.DELIVERED, 80),
            new Demo("poder-judicial-durango", "Tiempo promedio de resolución de juicios mercantiles por distrito.", Path.DIRECT_CONSULTATION, 78),
            new Demo("poder-judicial-durango", "Versiones públicas de sentencias sobre violencia familiar de 2025.", Path.PUBLIC_VERSION, 75),
            new Demo("poder-judicial-durango", "Declaraciones patrimoniales de las magistraturas.", Path.ALREADY_PUBLIC, 72),
            new Demo("poder-judicial-durango", "Carpetas de investigación por robo de vehículos en 2025.", Path.NOT_COMPETENT, 70),
            new Demo("poder-judicial-durango", "Presupuesto ejercido en la construcción de la Ciudad Judicial.", Path.IN_PROCESS, 9),
            new Demo("poder-judicial-durango", "Lista de peritos autorizados y sus honorarios.", Path.OVERDUE, 40),
            new Demo("idaip", "Recursos de revisión resueltos en 2025 y el sentido de cada resolución.", Path.DELIVERED, 68),
            new Demo("idaip", "Verificaciones de obligaciones de transparencia realizadas a municipios en 2025.", Path.DELIVERED, 66),
            new Demo("idaip", "Capacitaciones impartidas a sujetos obligados y número de asistentes.", Path.RECEIVED, 1),
            new Demo("idaip", "Medidas de apremio impuestas en 2025 y a quién.", Path.EXTENDED, 26),
            new Demo("idaip", "Nómina del instituto con percepciones brutas y netas.", Path.ALREADY_PUBLIC, 60),
            new Demo("idaip", "Algo sobre lo de las obras.", Path.NOT_FILED, 50),
            new Demo("idaip", "Correos electrónicos del comisionado presidente de marzo de 2025.", Path.INEXISTENT, 58),
            new Demo("ayuntamiento-durango", "Contratos de recolección de basura vigentes y su monto mensual.", Path.DELIVERED, 56),
            new Demo("ayuntamiento-durango", "Licencias de construcción otorgadas en la colonia Guadalupe en 2025.", Path.PUBLIC_VERSION, 54),
            new Demo("ayuntamiento-durango", "Número de luminarias reparadas por colonia en 2025.", Path.IN_PROCESS, 10),
            new Demo("ayuntamiento-durango", "Permisos de venta de alcohol otorgados en el Centro Histórico.", Path.LATE, 52),
            new Demo("ayuntamiento-durango", "Padrón de comercio en la vía pública.", Path.CONFIDENTIAL, 48),
            new Demo("ayuntamiento-durango", "Quejas ciudadanas sobre el transporte urbano y su atención.", Path.NOT_COMPETENT, 46),
            new Demo("ayuntamiento-durango", "Actas de cabildo de 2025 con los votos de cada regidor.", Path.RECEIVED, 4),
            new Demo("ayuntamiento-durango", "Dictámenes de protección civil de los mercados municipales.", Path.OVERDUE, 38),
            new Demo("ayuntamiento-gomez-palacio", "Avance de obra del parque de la colonia Las Rosas.", Path.DELIVERED, 44),
            new Demo("ayuntamiento-gomez-palacio", "Pagos a proveedores de pavimentación en 2025.", Path.DELIVERED, 42),
            new Demo("ayuntamiento-gomez-palacio", "Deuda pública municipal al cierre de 2025.", Path.ALREADY_PUBLIC, 40),
            new Demo("ayuntamiento-gomez-palacio", "Lo del agua.", Path.NOT_FILED, 36),
            new Demo("ayuntamiento-gomez-palacio", "Bitácoras de mantenimiento de los pozos de agua potable.", Path.CLARIFICATION, 2),
            new Demo("ayuntamiento-gomez-palacio", "Número de elementos de policía municipal por turno.", Path.RESERVED, 34),
            new Demo("ayuntamiento-gomez-palacio", "Presupuesto participativo 2026 y proyectos elegidos.", Path.IN_PROCESS, 7),
            new Demo("ayuntamiento-tepehuanes", "Obras públicas realizadas en las comunidades de la sierra en 2025.", Path.DELIVERED, 32),
            new Demo("ayuntamiento-tepehuanes", "Apoyos entregados por sequía en 2025 y a cuántas familias.", Path.INEXISTENT, 30),
            new Demo("ayuntamiento-tepehuanes", "Gasto en combustible de los vehículos del ayuntamiento.", Path.EXTENDED, 24),
            new Demo("ayuntamiento-tepehuanes", "Plan municipal de desarrollo 2025-2027.", Path.ALREADY_PUBLIC, 22),
            new Demo("ayuntamiento-tepehuanes", "Sueldo del presidente municipal y de los regidores.", Path.DELIVERED, 20),
            new Demo("ayuntamiento-tepehuanes", "Convenios con el gobierno estatal para caminos rurales.", Path.RECEIVED, 3),
            new Demo("ayuntamiento-tepehuanes", "Concesiones mineras otorgadas en el municipio y sus titulares.",
                    Path.NOT_COMPETENT_CONFIRMED, 28));

    /** Acts on the days up to the day the demo loads: nothing is replayed after it. */
    private DemoActs acts;

    void load(LocalDate today) {
        acts = new DemoActs(time, today);
        java.util.Map<Demo, Played> played = new java.util.LinkedHashMap<>();
        for (Demo d : DEMO) {
            transactions.executeWithoutResult(status -> played.put(d, play(d, today)));
        }
        // what follows the requests (the appeal module's appeals) is replayed by its own module, now
        events.publishEvent(new DemoRequestsLoaded(today, played.entrySet().stream().map(e -> new DemoRequestsLoaded
                .DemoRequest(e.getValue().folio(), e.getValue().key(), e.getKey().institution(),
                        e.getKey().description())).toList()));
    }

    /** A demo request as filed: its folio and the requester's private key (no account, no name). */
    record Played(String folio, String key) {
    }

    private Played play(Demo d, LocalDate today) {
        LocalDate filed = businessDayBack(today, d.daysAgo());
        String[] folio = new String[2];
        Channel channel = d.daysAgo() % 5 == 0 ? Channel.IN_PERSON : Channel.ONLINE;
        on(filed, unit(d.institution()), () -> {
            AccessRequest.Filing filing = new AccessRequest.Filing(d.description(), d.daysAgo() % 3 == 0
                    ? Modality.SIMPLE_COPY : Modality.ELECTRONIC, null, NotificationMedium.PLATFORM, null);
            AccessRequestService.Filed done = channel == Channel.ONLINE
                    ? service.file(new AccessRequestService.FilingRequest(List.of(d.institution()), filing))
                    : service.register(d.institution(), filing, channel, filed);
            folio[0] = done.requests().get(0).getFolio();
            folio[1] = done.followKey();
        });
        String f = folio[0];
        AccessRequest r = service.request(f);
        LocalDate due = r.getDueDate();
        switch (d.path()) {
            case RECEIVED -> {
            }
            case IN_PROCESS, OVERDUE -> on(next(filed, 1), unit(d.institution()), () -> service.turn(f));
            case CLARIFICATION -> on(next(filed, 1), unit(d.institution()), () -> service.askClarification(f,
                    "Indique el periodo y el área a que se refiere, por favor."));
            case NOT_FILED -> {
                on(next(filed, 1), unit(d.institution()), () -> service.askClarification(f,
                        "¿A qué obras o a qué servicio se refiere, y de qué periodo?"));
                AccessRequest asked = service.request(f);
                LocalDate lapsed = asked.getClarificationDue().plusDays(1);
                on(lapsed, unit(d.institution()), () -> service.expireClarifications(lapsed));
            }
            case EXTENDED -> {
                on(next(filed, 1), unit(d.institution()), () -> service.turn(f));
                on(next(filed, 15), committee(d.institution()), () -> service.resolve(f, new CommitteeResolution.Terms(
                        ResolutionKind.EXTENSION, Decision.CONFIRM, "La información está dispersa en varias áreas y "
                        + "requiere revisar expedientes de todo el año.", null, null, null, null, "CT-EXT-"
                        + (d.daysAgo() % 9 + 1) + "/" + next(filed, 15).getYear()), next(filed, 15)));
            }
            default -> answer(d, f, filed, due);
        }
        return new Played(f, folio[1]);
    }

    private void answer(Demo d, String f, LocalDate filed, LocalDate due) {
        LocalDate turned = next(filed, 1);
        on(turned, unit(d.institution()), () -> service.turn(f));
        LocalDate committeeDay = next(filed, 10);
        LocalDate answerDay = d.path() == Path.LATE ? next(due, 3) : next(filed, 12);
        switch (d.path()) {
            case RESERVED -> committee(d, f, committeeDay, new CommitteeResolution.Terms(ResolutionKind.RESERVED,
                    Decision.CONFIRM, "Su difusión pondría en riesgo la vida y la seguridad de las personas.", 5,
                    "Dar a conocer rutas, horarios y número de elementos permitiría a grupos delictivos anticipar la "
                            + "presencia policial: el riesgo es real, supera el interés público y la reserva es temporal.",
                    3, null, "CT-CLA-" + d.daysAgo() + "/" + committeeDay.getYear()));
            case CONFIDENTIAL, PUBLIC_VERSION -> committee(d, f, committeeDay, new CommitteeResolution.Terms(
                    ResolutionKind.CONFIDENTIAL, Decision.CONFIRM, "Contiene datos personales de personas físicas "
                    + "identificadas: nombres, domicilios y datos de salud (art. 115).", null, null, null, null,
                    "CT-CLA-" + d.daysAgo() + "/" + committeeDay.getYear()));
            case INEXISTENT -> committee(d, f, committeeDay, new CommitteeResolution.Terms(ResolutionKind.INEXISTENCE,
                    Decision.CONFIRM, "Tras la búsqueda exhaustiva no se localizó la información.", null, null, null,
                    "Se buscó en los archivos de trámite y concentración de las áreas competentes, en físico y en "
                            + "sistemas, del periodo solicitado, sin localizar documento alguno.",
                    "CT-INE-" + d.daysAgo() + "/" + committeeDay.getYear()));
            case NOT_COMPETENT_CONFIRMED -> committee(d, f, committeeDay, new CommitteeResolution.Terms(
                    ResolutionKind.NOT_COMPETENT, Decision.CONFIRM, "La Dirección de Desarrollo Económico declaró que "
                    + "las concesiones mineras son de competencia federal (Ley Minera); el Comité lo confirma.", null,
                    null, null, null, "CT-INC-" + d.daysAgo() + "/" + committeeDay.getYear()));
            default -> {
            }
        }
        AccessRequest.Answer answer = switch (d.path()) {
            case DELIVERED, LATE -> new AccessRequest.Answer(Outcome.DELIVERED, "Se entrega la información solicitada en "
                    + "formato abierto.", null, null, 4, null);
            case PUBLIC_VERSION -> new AccessRequest.Answer(Outcome.PARTIALLY_DELIVERED, "Se entrega la versión pública; "
                    + "se testaron datos personales con fundamento en el artículo 115.", null, null, 2, null);
            case RESERVED -> new AccessRequest.Answer(Outcome.RESERVED, "La información está clasificada como reservada "
                    + "por tres años, según la resolución del Comité de Transparencia.", null, null, null, null);
            case CONFIDENTIAL -> new AccessRequest.Answer(Outcome.CONFIDENTIAL, "La información es confidencial: contiene "
                    + "datos personales que solo su titular puede consultar.", null, null, null, null);
            case INEXISTENT -> new AccessRequest.Answer(Outcome.INEXISTENT, "El Comité de Transparencia confirmó la "
                    + "inexistencia después de la búsqueda exhaustiva.", null, null, null, null);
            case NOT_COMPETENT -> new AccessRequest.Answer(Outcome.NOT_COMPETENT, "Esta institución no es competente.",
                    "Fiscalía General del Estado de Durango", null, null, null);
            case NOT_COMPETENT_CONFIRMED -> new AccessRequest.Answer(Outcome.NOT_COMPETENT_CONFIRMED, "El Comité de "
                    + "Transparencia confirmó que el ayuntamiento no es competente: las concesiones mineras son federales.",
                    "Secretaría de Economía (Dirección General de Minas)", null, null, null);
            case ALREADY_PUBLIC -> new AccessRequest.Answer(Outcome.ALREADY_PUBLIC, "La información ya está publicada.",
                    null, "Portal de obligaciones de transparencia de la institución, artículo 65 de la LGTAIP", null, null);
            case DIRECT_CONSULTATION -> new AccessRequest.Answer(Outcome.DIRECT_CONSULTATION, "Por su volumen, la "
                    + "información se pone a su disposición para consulta directa en la Unidad de Transparencia.", null,
                    null, 1800, new BigDecimal("0"));
            default -> throw new IllegalStateException(d.path().name());
        };
        LocalDate day = d.path() == Path.NOT_COMPETENT ? next(filed, 2)
                : d.path() == Path.ALREADY_PUBLIC ? next(filed, 4) : answerDay;
        on(day, unit(d.institution()), () -> {
            List<AccessRequestService.Upload> files = new ArrayList<>();
            AccessRequestService.PublicVersionRequest version = null;
            if (d.path() == Path.DELIVERED || d.path() == Path.LATE) {
                files.add(new AccessRequestService.Upload("respuesta.csv", ("concepto,valor\n" + d.description()
                        .replace(",", " ") + ",ver anexo\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (d.path() == Path.PUBLIC_VERSION) {
                version = new AccessRequestService.PublicVersionRequest(new AccessRequestService.Upload(
                        "documento.pdf", document(d.description())), List.of(
                        new AccessRequestService.PhraseRedaction("Rosalba Quiñones Treviño", "LGTAIP 2025 art. 115: nombre de persona física"),
                        new AccessRequestService.PhraseRedaction("Calle Pino Suárez 412", "LGTAIP 2025 art. 115: domicilio particular")));
            }
            service.answer(f, answer, files, version);
        });
    }

    private void committee(Demo d, String f, LocalDate day, CommitteeResolution.Terms terms) {
        // A reserve names its file for the index of reserved files (art. 105) and states art. 114 does not bar it.
        CommitteeResolution.ReserveFile file = terms.kind() == ResolutionKind.RESERVED
                ? new CommitteeResolution.ReserveFile("Dirección de Operaciones de Seguridad Pública",
                        "Programa de despliegue operativo: " + d.description().toLowerCase(java.util.Locale.ROOT),
                        false, true)
                : CommitteeResolution.ReserveFile.NONE;
        on(day, committee(d.institution()), () -> service.resolve(f, terms, file, day, null));
    }

    /** A document with a private person's name and address, for a public version. */
    static byte[] document(String subject) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] pages = {{"Documento de demostración", "Asunto: " + (subject.length() > 70
                    ? subject.substring(0, 70) : subject), "Interesada: Rosalba Quiñones Treviño,",
                    "con domicilio en Calle Pino Suárez 412, Durango."}, {"Anexo", "Datos estadísticos sin datos personales."}};
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.beginText();
                    c.setFont(font, 12);
                    c.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        c.showText(line);
                        c.newLineAtOffset(0, -18);
                    }
                    c.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate businessDayBack(LocalDate today, int daysAgo) {
        LocalDate d = today.minusDays(daysAgo);
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate next(LocalDate from, int weekdays) {
        return DemoActs.next(from, weekdays);
    }

    private Authority unit(String institution) {
        return Authority.of(Role.TRANSPARENCY_UNIT, institution);
    }

    private Authority committee(String institution) {
        return Authority.of(Role.COMMITTEE, institution);
    }

    /** Acts on a past day as the institution's unit or committee, named as such in the public steps. */
    private void on(LocalDate day, Authority authority, Runnable work) {
        acts.on(day, authority, work);
    }
}
