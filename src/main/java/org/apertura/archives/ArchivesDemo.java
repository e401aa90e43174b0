package org.apertura.archives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;

/**
 * The demo archives (fictional files in the real structure): Durango's state executive with an approved CGCA and
 * catálogo of 30 series, case files in every stage (open, due for transfer, in concentración after a primary transfer,
 * in the archivo histórico), one baja executed with its acta, one refused at execution because a file came under an
 * open access request, and filing rules so the exercise's own records (the secretariat's sessions, the executive's
 * access requests and appeals, the action plan, the challenges) are filed by themselves as the later demos run; and the
 * judiciary's published instruments (DGO-03 "Archivo judicial ordenado y consultable"); last year's PADA with its
 * annual report, this year's PADA, training sessions and a verification visit. Runs after the directory and
 * before the secretariat; loaded once, on a database without instruments.
 */
@DemoSeed.Seed(name = "archives", needs = "jurisdiction")
class ArchivesDemo implements DemoSeed {

    static final String STATE = "poder-ejecutivo-durango";
    static final String JUDICIARY = "poder-judicial-durango";
    static final String BODY = "stl-durango";
    /** How long before the load day the Grupo met to approve the executive's instruments. */
    static final int FIRST_SESSION_MONTHS_AGO = 4;
    private static final String HEADER = "Nivel,Código,Nombre,Unidad productora,Atribución,Valor documental,"
            + "Años de trámite,Años de concentración,Total,Técnica de selección,Clasificación,Datos personales\n";
    private static final String MEMBERS = """
            Lic. Ana Sofía Herrera Galindo, Coordinadora de Archivos
            Mtro. Julio César Ríos Salas, Director Jurídico
            C.P. Rosa Elena Campos Ibarra, Titular del Órgano Interno de Control
            Ing. Marco Antonio Vela Ruiz, Director de Tecnologías de la Información
            Lic. Daniela Ortiz Meraz, Titular de la Unidad de Transparencia""";

    private final Instruments instruments;
    private final CaseFiles files;
    private final Transfers transfers;
    private final Disposals disposals;
    private final Holds holds;
    private final FilingRuleRepository rules;
    private final ArchivalDevelopment development;
    private final InstrumentRepository versions;
    private final Today today;
    private final ValuationSheets fichas;
    private final ArchiveAreas areas;
    private final InterdisciplinaryGroup group;

    ArchivesDemo(Instruments instruments, CaseFiles files, Transfers transfers, Disposals disposals, Holds holds,
            FilingRuleRepository rules, ArchivalDevelopment development, InstrumentRepository versions, Today today,
            ValuationSheets fichas, ArchiveAreas areas, InterdisciplinaryGroup group) {
        this.group = group;
        this.fichas = fichas;
        this.areas = areas;
        this.instruments = instruments;
        this.files = files;
        this.transfers = transfers;
        this.disposals = disposals;
        this.holds = holds;
        this.rules = rules;
        this.development = development;
        this.versions = versions;
        this.today = today;
    }

    /** The executive's CGCA and catálogo: 7 sections, 29 series and 2 subseries. */
    static String stateCatalog() {
        return HEADER + """
                Fondo,PEED,Poder Ejecutivo del Estado de Durango,,,,,,,,,
                Sección,PEED.1C,Gobierno y coordinación,,,,,,,,,
                Serie,PEED.1C.1,Acuerdos del Ejecutivo,Secretaría General de Gobierno,Ley Orgánica de la Administración Pública art. 28,A/L,2,10,12,Conservación,Pública,No
                Serie,PEED.1C.2,Correspondencia,Oficialía de Partes,Reglamento Interior art. 12,A,1,2,3,Baja,Pública,No
                Serie,PEED.1C.3,Actas de órganos colegiados,Secretaría General de Gobierno,Ley de Transparencia del Estado art. 70,A/L,2,10,12,Conservación,Pública,No
                Serie,PEED.1C.4,Convenios de coordinación,Secretaría General de Gobierno,Ley de Planeación art. 33,A/L,3,7,10,Conservación,Pública,No
                Serie,PEED.1C.5,Iniciativas y decretos,Consejería Jurídica,Constitución Política del Estado art. 98,L,2,10,12,Conservación,Pública,No
                Sección,PEED.2C,Recursos humanos,,,,,,,,,
                Serie,PEED.2C.1,Expedientes de personal,Dirección de Recursos Humanos,Ley del Servicio Civil art. 9,,,,,,,
                Subserie,PEED.2C.1.1,Nombramientos,,,A/L,5,30,35,Muestreo,Confidencial,Sí
                Subserie,PEED.2C.1.2,Incidencias,,,A,1,4,5,Baja,Confidencial,Sí
                Serie,PEED.2C.2,Nómina,Dirección de Recursos Humanos,Ley de Egresos art. 15,A/F-C,2,10,12,Baja,Pública,Sí
                Serie,PEED.2C.3,Capacitación,Dirección de Recursos Humanos,Ley del Servicio Civil art. 40,A,1,3,4,Baja,Pública,No
                Serie,PEED.2C.4,Prestaciones,Dirección de Recursos Humanos,Ley de Pensiones art. 5,A/F-C,2,5,7,Baja,Confidencial,Sí
                Sección,PEED.3C,Recursos financieros,,,,,,,,,
                Serie,PEED.3C.1,Presupuesto de egresos,Secretaría de Finanzas,Ley de Disciplina Financiera art. 5,A/F-C,2,10,12,Conservación,Pública,No
                Serie,PEED.3C.2,Pólizas contables,Secretaría de Finanzas,Ley General de Contabilidad Gubernamental art. 42,F-C,2,10,12,Baja,Pública,No
                Serie,PEED.3C.3,Cuenta pública,Secretaría de Finanzas,Ley General de Contabilidad Gubernamental art. 52,A/L/F-C,2,10,12,Conservación,Pública,No
                Serie,PEED.3C.4,Ingresos,Secretaría de Finanzas,Código Fiscal del Estado art. 30,F-C,2,8,10,Baja,Pública,No
                Sección,PEED.4C,Recursos materiales y adquisiciones,,,,,,,,,
                Serie,PEED.4C.1,Licitaciones públicas,Secretaría de Administración,Ley de Adquisiciones del Estado art. 30,A/L/F-C,2,10,12,Muestreo,Pública,No
                Serie,PEED.4C.2,Contratos,Secretaría de Administración,Ley de Adquisiciones del Estado art. 46,A/L/F-C,3,9,12,Baja,Pública,No
                Serie,PEED.4C.3,Inventario de bienes muebles,Secretaría de Administración,Ley General de Contabilidad Gubernamental art. 27,A,2,5,7,Baja,Pública,No
                Serie,PEED.4C.4,Obra pública,Secretaría de Comunicaciones y Obras Públicas,Ley de Obras Públicas del Estado art. 20,A/L/F-C,3,12,15,Conservación,Pública,No
                Sección,PEED.5C,Transparencia y acceso a la información,,,,,,,,,
                Serie,PEED.5C.1,Solicitudes de acceso a la información,Unidad de Transparencia,Ley General de Transparencia art. 41,A/L,2,3,5,Baja,Pública,No
                Serie,PEED.5C.2,Recursos de revisión,Unidad de Transparencia,Ley General de Transparencia art. 144,A/L,2,5,7,Baja,Pública,No
                Serie,PEED.5C.3,Comité de Transparencia,Unidad de Transparencia,Ley General de Transparencia art. 39,A/L,2,5,7,Conservación,Pública,No
                Serie,PEED.5C.4,Obligaciones de transparencia,Unidad de Transparencia,Ley General de Transparencia art. 65,A,1,2,3,Baja,Pública,No
                Serie,PEED.5C.5,Versiones públicas,Unidad de Transparencia,Ley General de Transparencia art. 120,A/L,2,3,5,Baja,Pública,No
                Sección,PEED.6C,Planeación y gobierno abierto,,,,,,,,,
                Serie,PEED.6C.1,Plan de acción de gobierno abierto,Secretaría de Planeación,Declaración de gobierno abierto local,A,2,5,7,Conservación,Pública,No
                Serie,PEED.6C.2,Retos públicos,Secretaría de Planeación,Declaración de gobierno abierto local,A,2,3,5,Conservación,Pública,No
                Serie,PEED.6C.3,Programas sectoriales,Secretaría de Planeación,Ley de Planeación art. 22,A,2,5,7,Conservación,Pública,No
                Serie,PEED.6C.4,Evaluaciones de programas,Secretaría de Planeación,Ley de Planeación art. 40,A,2,5,7,Conservación,Pública,No
                Sección,PEED.7C,Control interno y asuntos jurídicos,,,,,,,,,
                Serie,PEED.7C.1,Auditorías,Secretaría de Contraloría,Ley de Fiscalización Superior art. 7,A/L/F-C,2,10,12,Baja,Reservada,No
                Serie,PEED.7C.2,Juicios y procedimientos,Consejería Jurídica,Código de Procedimientos Civiles art. 1,L,3,10,13,Conservación,Reservada,Sí
                Serie,PEED.7C.3,Quejas y denuncias,Secretaría de Contraloría,Ley General de Responsabilidades Administrativas art. 91,A/L,2,5,7,Baja,Confidencial,Sí
                """;
    }

    /** The judiciary's instruments, the evidence of DGO-03. */
    static String judiciaryCatalog() {
        return HEADER + """
                Fondo,PJED,Poder Judicial del Estado de Durango,,,,,,,,,
                Sección,PJED.1C,Función jurisdiccional,,,,,,,,,
                Serie,PJED.1C.1,Expedientes de juicios civiles,Juzgados civiles,Ley Orgánica del Poder Judicial art. 40,L,5,15,20,Muestreo,Reservada,Sí
                Serie,PJED.1C.2,Expedientes de juicios familiares,Juzgados familiares,Ley Orgánica del Poder Judicial art. 45,L,5,20,25,Muestreo,Confidencial,Sí
                Serie,PJED.1C.3,Sentencias,Secretaría de Acuerdos del Pleno,Ley Orgánica del Poder Judicial art. 12,L,5,25,30,Conservación,Pública,No
                Sección,PJED.2C,Administración,,,,,,,,,
                Serie,PJED.2C.1,Correspondencia,Oficialía de Partes Común,Reglamento Interior art. 8,A,1,2,3,Baja,Pública,No
                Serie,PJED.2C.2,Versiones públicas de sentencias,Unidad de Transparencia,Ley General de Transparencia art. 69,A/L,2,5,7,Conservación,Pública,No
                """;
    }

    @Override
    public void seed() {
        if (versions.count() > 0) {
            return;
        }
        // the Grupo's first session approved the executive's instruments months before the second one, held on the
        // load day, approved its bajas: both are recorded as of their own days
        LocalDate firstSession = today.date().minusMonths(FIRST_SESSION_MONTHS_AGO);
        as(Role.COORDINATING_ARCHIVIST, STATE, this::group);
        today.on(firstSession, () -> {
            as(Role.COORDINATING_ARCHIVIST, STATE, this::firstSession);
            approve(STATE, "catalogo-ejecutivo-2026.csv", stateCatalog(), act("GI-PEED-01", firstSession));
        });
        approve(JUDICIARY, "cadido-poder-judicial.csv", judiciaryCatalog(), act("GI-PJED-03", today.date()));
        rules.saveAll(List.of(new FilingRule(STATE, RecordKind.SESSION, BODY, "PEED.1C.3"),
                new FilingRule(STATE, RecordKind.ACCESS_REQUEST, null, "PEED.5C.1"),
                new FilingRule(STATE, RecordKind.APPEAL, null, "PEED.5C.2"),
                new FilingRule(STATE, RecordKind.ACTION_PLAN, null, "PEED.6C.1"),
                new FilingRule(STATE, RecordKind.CHALLENGE, null, "PEED.6C.2")));
        as(Role.ARCHIVIST, STATE, this::files);
        as(Role.COORDINATING_ARCHIVIST, STATE, this::development);
        as(Role.COORDINATING_ARCHIVIST, STATE, this::archives);
    }

    /**
     * The executive's Grupo Interdisciplinario: the heads of the areas the law lists (fictional people), since a year
     * ago, and one who left after three months (the judiciary's approval records its own session).
     */
    private Void group() {
        LocalDate since = today.date().minusYears(1);
        group.join(STATE, "Lic. Ana Sofía Herrera Galindo", "Coordinadora de Archivos",
                GroupArea.ARCHIVES.name(), since);
        group.join(STATE, "Mtro. Julio César Ríos Salas", "Director Jurídico",
                GroupArea.LEGAL.name(), since);
        group.join(STATE, "C.P. Rosa Elena Campos Ibarra",
                "Titular del Órgano Interno de Control", GroupArea.INTERNAL_CONTROL.name(), since);
        group.join(STATE, "Ing. Marco Antonio Vela Ruiz",
                "Director de Tecnologías de la Información", GroupArea.IT.name(), since);
        group.join(STATE, "Lic. Daniela Ortiz Meraz",
                "Titular de la Unidad de Transparencia", GroupArea.TRANSPARENCY.name(), since);
        group.join(STATE, "Mtra. Claudia Reyes Soto", "Directora de Planeación y Evaluación",
                GroupArea.PLANNING.name(), since);
        group.join(STATE, "Lic. Héctor Nevárez Quiñones", "Titular de la Oficialía de Partes",
                GroupArea.PRODUCING.name(), since);
        GroupMember former = group.join(STATE, "Lic. Jorge Luis Arreola Díaz", "Director de Planeación",
                GroupArea.PLANNING.name(), since);
        group.leave(STATE, former.getId(), since.plusMonths(3));
        return null;
    }

    /** An act's or a dictamen's number as the demo writes it: its number in the year, then the year of its own day. */
    static String act(String number, LocalDate day) {
        return number + "/" + day.getYear();
    }

    /** The Grupo's first session, whose minutes approve the executive's instruments (run on its own day). */
    private Void firstSession() {
        group.record(STATE, act("GI-PEED-01", today.date()), today.date(), group.members(STATE).stream()
                .filter(m -> m.sitsOn(today.date())).map(GroupMember::getId).toList(),
                "Primero. Se aprueban el cuadro general de clasificación archivística, las 30 fichas técnicas de "
                        + "valoración y el catálogo de disposición documental construido con ellas.\n"
                        + "Segundo. La Coordinación de Archivos los publicará y los dará a conocer a las áreas.");
        return null;
    }

    private void approve(String slug, String name, String csv, String act) {
        Instrument draft = as(Role.ARCHIVIST, slug, () -> instruments.importFile(slug, name,
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        as(Role.ARCHIVIST, slug, () -> fichas.importFile(slug, draft.getNumber(),
                fichasOf(instruments.nodes(draft)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        as(Role.COORDINATING_ARCHIVIST, slug, () -> instruments.approve(slug, draft.getNumber(), act, today.date(),
                MEMBERS));
    }

    /**
     * A ficha técnica de valoración for each series of a demo catalog, written from its row: who produces it, on which
     * attribution, and why it is kept as the catálogo says (fictional wording, in the shape a Grupo writes).
     */
    static String fichasOf(List<ClassificationNode> nodes) {
        StringBuilder csv = new StringBuilder("Código,Áreas productoras,Contexto,Contenido,Valores secundarios,"
                + "Justificación de la valoración,Condiciones de acceso,Ubicación,Responsable de la custodia\n");
        for (ClassificationNode n : nodes) {
            if (!n.hasDisposition()) {
                continue;
            }
            String unit = n.getProducingUnit();
            String values = (n.isValueAdmin() ? "administrativo, " : "") + (n.isValueLegal() ? "legal, " : "")
                    + (n.isValueFiscal() ? "fiscal y contable, " : "");
            String keep = switch (n.getDestination()) {
                case BAJA -> "Sin valores secundarios: al terminar sus vigencias se da de baja con dictamen y acta.";
                case CONSERVACION -> "Testimonia decisiones de la institución: se conserva en el archivo histórico.";
                case MUESTREO -> "Serie voluminosa y repetitiva: se conserva una muestra en el archivo histórico.";
            };
            String access = switch (n.getClassification()) {
                case PUBLIC -> "Pública.";
                case RESERVED -> "Reservada mientras corra el plazo de reserva; después, pública.";
                case CONFIDENTIAL -> "Confidencial: contiene datos personales de particulares.";
            };
            csv.append(String.join(",", List.of(quoted(n.getCode()), quoted(unit), quoted(n.getAttribution()),
                    quoted("Expedientes de " + n.getName().toLowerCase(java.util.Locale.ROOT) + ", producidos o recibidos "
                            + "por el área: " + unit + "."),
                    quoted(n.getDestination() == Destination.BAJA ? "" : "Evidencial e informativo."),
                    quoted("Valor " + values.substring(0, Math.max(0, values.length() - 2)) + ": sustenta el trámite "
                            + n.getYearsActive() + " años y se consulta " + n.getYearsSemiactive()
                            + " años más en concentración. " + keep),
                    quoted(access), quoted("Archivo de trámite de " + unit), quoted("Responsable del archivo de trámite de "
                            + unit)))).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
    }

    /** The executive's archives for its guía: two units' archivos de trámite, concentración and histórico. */
    private Void archives() {
        areas.designate(STATE, "TRAMITE", "Secretaría General de Gobierno", "Lic. Teresa Valdez Soto",
                "Responsable del archivo de trámite", "Palacio de Gobierno, planta baja, oficina 4");
        areas.designate(STATE, "TRAMITE", "Secretaría de Finanzas", "C.P. Héctor Luna Arreola",
                "Responsable del archivo de trámite", "Edificio de Finanzas, segundo piso");
        areas.designate(STATE, "CONCENTRACION", null, "Mtra. Laura Estela Reyes Núñez",
                "Jefa del archivo de concentración", "Calle Negrete 500, Zona Centro, Durango");
        areas.designate(STATE, "HISTORICO", null, "Dr. Ignacio Soto Carrillo", "Director del Archivo Histórico",
                "Archivo Histórico del Estado, Durango");
        return null;
    }

    private Void files() {
        LocalDate now = today.date();
        // open files in trámite
        open("PEED.1C.2", "Oficios recibidos de los municipios", now.minusMonths(3), 2, false);
        open("PEED.4C.2", "Contrato de mantenimiento de oficinas centrales", now.minusMonths(8), 3, false);
        open("PEED.2C.1.1", "Nombramiento de la titular de la Dirección de Archivo", now.minusMonths(5), 1, false);
        // closed, due for their primary transfer
        open("PEED.2C.3", "Curso de organización de archivos de trámite", now.minusYears(2).minusMonths(3), 3, true);
        open("PEED.1C.4", "Convenio de coordinación con el municipio de Lerdo", now.minusYears(4), 2, true);
        // in concentración through a primary transfer: correspondence (baja) and agreements (conservación)
        List<CaseFile> old = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            old.add(open("PEED.1C.2", "Correspondencia con dependencias federales, legajo " + i,
                    now.minusYears(6).plusMonths(i), 2, true));
        }
        CaseFile decree = open("PEED.1C.1", "Acuerdo de creación del Consejo Estatal de Archivos",
                now.minusYears(14), 3, true);
        CaseFile audit = open("PEED.7C.1", "Auditoría a la obra pública del ejercicio 2012", now.minusYears(13), 2,
                true);
        List<Long> ids = new ArrayList<>(old.stream().map(CaseFile::getId).toList());
        ids.add(decree.getId());
        ids.add(audit.getId());
        Transfer primary = transfers.send(STATE, TransferKind.PRIMARY, ids);
        transfers.accept(STATE, TransferKind.PRIMARY, primary.getNumber(),
                "Archivo de concentración, Calle Negrete 500, caja 14, anaquel C");
        transfers.lend(STATE, audit.getId(), "Secretaría de Contraloría", now.plusDays(10));
        // the decree goes on to the archivo histórico
        Transfer secondary = transfers.send(STATE, TransferKind.SECONDARY, List.of(decree.getId()));
        transfers.accept(STATE, TransferKind.SECONDARY, secondary.getNumber(),
                "Archivo Histórico del Estado, fondo Ejecutivo, caja 3");
        // two bajas approved in one session of the Grupo: one executed with its acta, one refused at execution
        // because an access request came up
        Disposal first = confirmedDisposal(old.subList(0, 3));
        Disposal second = confirmedDisposal(old.subList(3, 5));
        String act = act("GI-PEED-02", today.date());
        as(Role.COORDINATING_ARCHIVIST, STATE, () -> group.record(STATE, act, today.date(), group.members(STATE)
                .stream().filter(GroupMember::isCurrent)
                .map(GroupMember::getId).toList(),
                "Primero. Con el dictamen " + act("DICT-BD-" + first.getNumber(), today.date())
                        + " se aprueba la baja documental " + first.getNumber() + " de la correspondencia con vigencias cumplidas.\n"
                        + "Segundo. Con el dictamen " + act("DICT-BD-" + second.getNumber(), today.date())
                        + " se aprueba la baja "
                        + "documental " + second.getNumber() + ".\n"
                        + "Tercero. Antes de ejecutarlas, el archivo de concentración revisará otra vez las retenciones."));
        Disposal executed = approved(first, act);
        disposals.execute(STATE, executed.getNumber());
        Disposal refused = approved(second, act);
        holds.placeChecked(old.get(3).getId(), HoldKind.ACCESS_REQUEST,
                "Solicitud de acceso 100200500014 sobre la correspondencia con dependencias federales, en trámite",
                "request:100200500014");
        disposals.execute(STATE, refused.getNumber());
        return null;
    }

    /**
     * Last year's PADA, published in January with its activities and, the next January, its annual report; this
     * year's PADA; two training sessions and a verification visit by the internal control body.
     */
    private Void development() {
        int year = today.date().getYear();
        today.on(LocalDate.of(year - 1, 1, 20), () -> {
            development.draft(STATE, year - 1, "Organizar los archivos de trámite de las siete secciones, aprobar el "
                    + "catálogo de disposición documental y capacitar a las personas responsables de archivo.");
            development.addActivity(STATE, year - 1, "Aprobar el cuadro general de clasificación y el catálogo",
                    LocalDate.of(year - 1, 4, 30));
            development.addActivity(STATE, year - 1, "Capacitar a los responsables de archivo de trámite",
                    LocalDate.of(year - 1, 8, 31));
            development.addActivity(STATE, year - 1, "Primera transferencia primaria al archivo de concentración",
                    LocalDate.of(year - 1, 11, 30));
            development.publish(STATE, year - 1);
        });
        today.on(LocalDate.of(year - 1, 12, 15), () -> {
            development.done(STATE, year - 1, 1, LocalDate.of(year - 1, 4, 22));
            development.done(STATE, year - 1, 2, LocalDate.of(year - 1, 9, 12));
            development.recordTraining(STATE, LocalDate.of(year - 1, 9, 12),
                    "Organización y descripción de expedientes de archivo de trámite", 42);
        });
        today.on(LocalDate.of(year, 1, 22), () -> {
            development.publishReport(STATE, year - 1, "Se aprobaron los instrumentos y se capacitó a 42 personas; la "
                    + "primera transferencia primaria se hizo hasta este año, por lo que esa actividad quedó pendiente.");
            development.draft(STATE, year, "Hacer la primera baja documental con su acta, publicar los inventarios "
                    + "y llevar a cabo una visita de verificación del Órgano Interno de Control.");
            development.addActivity(STATE, year, "Transferencia primaria de la correspondencia",
                    LocalDate.of(year, 6, 30));
            development.addActivity(STATE, year, "Baja documental de la correspondencia con vigencias cumplidas",
                    LocalDate.of(year, 11, 30));
            development.publish(STATE, year);
        });
        development.done(STATE, year, 1, today.date());
        development.recordTraining(STATE, today.date().minusDays(20), "Valoración documental y baja",
                "Lic. Ana Sofía Reyes Castro, Jefa del Archivo de Concentración\n"
                        + "Mtro. Julio César Soto Medina, Coordinador de Archivos\n"
                        + "C. Laura Patricia Núñez Olvera, Responsable del Archivo de Trámite de Finanzas", 15);
        development.recordVisit(STATE, new ArchivalDevelopment.Observation(today.date(),
                "C.P. Rosa Elena Campos Ibarra, Órgano Interno de Control", true, false, true,
                "Los inventarios de transferencia de la Secretaría de Finanzas no están actualizados.",
                "La Secretaría de Finanzas actualizará sus inventarios en 30 días."));
        return null;
    }

    private Disposal confirmedDisposal(List<CaseFile> list) {
        Disposal proposed = disposals.propose(STATE, list.stream().map(CaseFile::getId).toList());
        return disposals.confirm(STATE, proposed.getNumber(),
                "Lic. Pedro Salas Núñez, Titular de la Oficialía de Partes", today.date());
    }

    /** The Grupo's dictamen and the acta of its session (on the register, so it brings its attendees). */
    private Disposal approved(Disposal confirmed, String act) {
        return as(Role.COORDINATING_ARCHIVIST, STATE, () -> disposals.approve(STATE, confirmed.getNumber(),
                act("DICT-BD-" + confirmed.getNumber(), today.date()), act, today.date(), null));
    }

    private CaseFile open(String series, String title, LocalDate opened, int documents, boolean close) {
        CaseFile file = files.open(STATE, new CaseFiles.Opening(series, title, null, null, opened));
        for (int i = 1; i <= documents; i++) {
            files.addLink(STATE, file.getId(), "Documento " + i + " de " + title, opened.plusDays(i * 7L),
                    "/archivos/" + STATE);
        }
        return close ? files.close(STATE, file.getId(), opened.plusMonths(2)) : file;
    }

    private static <T> T as(Role role, String institution, Supplier<T> work) {
        return SystemActor.callAs("demo", SystemActor.grants(Authority.of(role, institution),
                Authority.of(Role.ARCHIVIST, institution)), work);
    }
}
