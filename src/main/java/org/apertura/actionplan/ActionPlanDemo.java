package org.apertura.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.actionplan.Drafts.ExerciseDraft;
import org.apertura.actionplan.Drafts.MilestoneDraft;
import org.apertura.actionplan.Drafts.PlanDraft;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.security.Role;
import org.apertura.identity.Sector;
import org.apertura.platform.security.SystemActor;
import org.apertura.secretariat.Agreement;
import org.apertura.secretariat.BodyMember;
import org.apertura.secretariat.BodySession;
import org.apertura.secretariat.CollegiateBody;
import org.apertura.secretariat.Drafts.SessionDraft;
import org.apertura.secretariat.SecretariatService;
import org.apertura.secretariat.SessionKind;
import org.apertura.secretariat.VoteChoice;

/**
 * The demo exercise "Durango 2025-2026": six commitments on different themes with their milestones — the
 * declaration's five and the city of Durango's participatory budget (DGO-06), whose winning projects the
 * participation demo adds as milestones decided by the vote and follows with evidence (ADR 0081), so the plan shows
 * its departure from the declaration's five — approved by an agreement of the demo secretariat and published, then
 * evidence accepted on two milestones and two-voice assessments (diverging on one), all through the real services by
 * fictional people.
 */
@DemoSeed.Seed(name = "actionplan", needs = "secretariat")
class ActionPlanDemo implements DemoSeed {

    private static final String BODY = "stl-durango";

    private final ActionPlanService plans;
    private final SecretariatService secretariat;
    private final EvidenceService evidence;
    private final AssessmentService assessments;
    private final AccountService accounts;
    private final ActingAs actingAs;
    private final org.apertura.platform.PublicUrl publicUrl;

    ActionPlanDemo(ActionPlanService plans, SecretariatService secretariat, EvidenceService evidence,
            AssessmentService assessments, AccountService accounts, ActingAs actingAs,
            org.apertura.platform.PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.plans = plans;
        this.secretariat = secretariat;
        this.evidence = evidence;
        this.assessments = assessments;
        this.accounts = accounts;
        this.actingAs = actingAs;
    }

    @Override
    public void seed() {
        if (plans.isEmpty() && secretariat.bodies().stream().anyMatch(b -> b.getSlug().equals(BODY))) {
            SystemActor.run(this::load);
        }
    }

    private void load() {
        Map<Phase, LocalDate> phases = new EnumMap<>(Phase.class);
        phases.put(Phase.INSTALLATION, LocalDate.of(2025, 2, 20));
        phases.put(Phase.DIAGNOSIS, LocalDate.of(2025, 3, 15));
        phases.put(Phase.COCREATION, LocalDate.of(2025, 5, 1));
        phases.put(Phase.APPROVAL, LocalDate.of(2025, 8, 1));
        phases.put(Phase.IMPLEMENTATION, LocalDate.of(2025, 9, 1));
        phases.put(Phase.EVALUATION, LocalDate.of(2026, 9, 1));
        phases.put(Phase.CLOSED, LocalDate.of(2026, 12, 15));
        Exercise exercise = plans.createExercise(new ExerciseDraft("durango-2025-2026", "Durango 2025-2026", BODY,
                "Ejercicio local de gobierno abierto del estado de Durango. Datos de demostración.", phases));
        ActionPlan plan = plans.createPlan(exercise.getSlug(), new PlanDraft("Plan de Acción Local de Durango 2025-2026",
                "Seis compromisos creados con la sociedad en mesas de trabajo presenciales y en línea: los cinco que "
                        + "pide la declaración y el presupuesto participativo de la ciudad de Durango, que las mesas "
                        + "pidieron agregar.",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), 6, 12));

        commitment(plan, "DGO-01", "Compras públicas abiertas", EnumSet.of(Theme.A, Theme.E),
                "El gobierno publicará todas sus compras en datos abiertos. Así cualquiera podrá seguir el dinero.",
                "Las compras del estado se publican en documentos sueltos que no se pueden comparar.",
                "Hoy se publica el 20 % de los contratos, en PDF.", "poder-ejecutivo-durango",
                new BigDecimal("850000.00"), List.of(
                        milestone("Publicar las compras de 2025 en el estándar OCDS", "Conjunto de datos OCDS",
                                "Liga al conjunto de datos en el portal", "Secretaría de Finanzas", "2025-09-01", "2025-12-15", 2),
                        milestone("Tablero público de contratos", "Tablero en línea", "Liga al tablero",
                                "Secretaría de Finanzas", "2026-01-10", "2026-06-30", 1)));
        commitment(plan, "DGO-02", "Solicitudes de información con respuesta a tiempo", EnumSet.of(Theme.C),
                "Las personas sabrán en qué va su solicitud de información. Las respuestas llegarán dentro del plazo.",
                "Muchas solicitudes se responden tarde y sin explicar por qué.",
                "En 2024, 31 % de las respuestas del Congreso llegaron fuera de plazo.", "congreso-durango",
                null, List.of(
                        milestone("Tablero de plazos de solicitudes", "Tablero público", "Liga al tablero",
                                "Unidad de Transparencia", "2025-09-15", "2026-02-28", 1),
                        milestone("Capacitación a las unidades de transparencia", "Constancias de 40 personas",
                                "Lista de asistencia publicada", "Unidad de Transparencia", "2026-03-01", "2026-05-31", 1),
                        milestone("Informe de tiempos de respuesta", "Informe publicado", "Liga al informe",
                                "Unidad de Transparencia", "2026-06-01", "2026-08-15", 1)));
        commitment(plan, "DGO-03", "Archivo judicial ordenado y consultable", EnumSet.of(Theme.N, Theme.D),
                "El Poder Judicial ordenará su archivo. Cualquier persona podrá saber qué expedientes existen.",
                "El archivo judicial no tiene cuadro de clasificación ni catálogo de disposición.",
                "No existe inventario público del archivo de concentración.", "poder-judicial-durango",
                new BigDecimal("400000.00"), List.of(
                        milestone("Cuadro general de clasificación archivística", "Cuadro aprobado",
                                "Acta del grupo interdisciplinario", "Área coordinadora de archivos", "2025-10-01", "2026-01-31", 1),
                        milestone("Inventario del archivo de concentración", "Inventario en datos abiertos",
                                "Liga al inventario", "Área coordinadora de archivos", "2026-02-01", "2026-08-15", 2)));
        commitment(plan, "DGO-04", "Diseño participativo del parque de Gómez Palacio", EnumSet.of(Theme.G, Theme.M),
                "Vecinas y vecinos decidirán cómo será el parque. El municipio responderá cada propuesta.",
                "Los espacios públicos se diseñan sin preguntar a quienes los usan.",
                "Ningún espacio público del municipio se ha diseñado con participación.", "ayuntamiento-gomez-palacio",
                new BigDecimal("1200000.00"), List.of(
                        milestone("Mesas de trabajo con vecinos", "Relatoría de tres mesas", "Relatorías publicadas",
                                "Dirección de Obras Públicas", "2025-10-01", "2025-11-30", 1),
                        milestone("Proyecto del parque con respuesta a cada propuesta", "Proyecto ejecutivo",
                                "Proyecto y respuestas publicados", "Dirección de Obras Públicas", "2025-12-01", "2026-03-31", 2),
                        milestone("Obra terminada", "Parque abierto", "Fotos y acta de entrega",
                                "Dirección de Obras Públicas", "2026-04-01", "2026-08-31", 3)));
        commitment(plan, "DGO-05", "Datos abiertos del municipio de Durango", EnumSet.of(Theme.D, Theme.K),
                "El municipio publicará sus datos en formatos abiertos. Cualquiera podrá usarlos sin pedir permiso.",
                "Los datos del municipio están en formatos cerrados y no se actualizan.",
                "El municipio publica 3 conjuntos de datos, ninguno en formato abierto.", "ayuntamiento-durango",
                null, List.of(
                        milestone("Catálogo de datos abiertos", "Catálogo con 15 conjuntos", "Liga al catálogo",
                                "Dirección de Innovación", "2025-09-01", "2026-01-31", 1),
                        milestone("Hackatón ciudadano con los datos", "Memoria del hackatón", "Memoria publicada",
                                "Dirección de Innovación", "2026-03-01", "2026-04-30", 1)));
        // The city's participatory budget: the participation demo replays it and adds each winning project as a
        // milestone decided by the vote (ADR 0022), followed with evidence like any other (ADR 0081); it cites the
        // municipal programme E-017, as every commitment with a budget here does.
        commitment(plan, "DGO-06", "Presupuesto participativo en la ciudad de Durango", EnumSet.of(Theme.G, Theme.M),
                "Vecinas y vecinos de tres colonias proponen y votan proyectos. El municipio hace los que ganan y "
                        + "muestra cómo van.",
                "Las obras de las colonias se deciden sin preguntar a quienes viven en ellas.",
                "Ninguna obra del municipio se decide hoy por votación de sus vecinas y vecinos.", "ayuntamiento-durango",
                // the three colonias' 6,000,000, from the municipal budget's programme E-017 "Espacios públicos con
                // participación ciudadana" (the budget demo's), so its money trail shows what the winners cost
                new BigDecimal("6000000.00"), List.of(
                        milestone("Reglas y calendario del presupuesto participativo", "Reglas publicadas",
                                "Liga a las reglas y al calendario", "Dirección de Participación Ciudadana",
                                "2025-10-01", "2026-01-31", 1),
                        milestone("Votación y resultados publicados por colonia", "Resultados por colonia",
                                "Liga a los resultados con las actas de las mesas",
                                "Dirección de Participación Ciudadana", "2026-02-01", "2026-06-15", 1)));

        CollegiateBody body = secretariat.body(BODY);
        List<BodyMember> members = secretariat.members(body).stream()
                .filter(m -> m.getRole().counts()).toList();
        BodySession session = secretariat.callSession(BODY, new SessionDraft(SessionKind.ORDINARY,
                LocalDateTime.of(2025, 8, 20, 10, 0), "Sala de juntas de la autoridad garante, Victoria de Durango", null,
                LocalDate.of(2025, 8, 11), List.of("Lista de asistencia y quórum", "Aprobación del Plan de Acción Local 2025-2026")));
        secretariat.recordAttendance(BODY, session.getNumber(),
                members.stream().map(BodyMember::getId).collect(Collectors.toSet()));
        Agreement agreement = secretariat.proposeAgreement(BODY, session.getNumber(),
                "Se aprueba el Plan de Acción Local de Durango 2025-2026, con sus seis compromisos.");
        Map<Long, VoteChoice> votes = new HashMap<>();
        members.forEach(m -> votes.put(m.getId(), VoteChoice.FOR));
        secretariat.vote(BODY, session.getNumber(), agreement.getNumber(), votes, true);
        secretariat.approveMinutes(BODY, session.getNumber());
        plans.approve(plan.getId(), session.getNumber(), agreement.getNumber());
        plans.publish(plan.getId());
        implementation(plan);
    }

    /**
     * A year of implementation, by fictional people with real roles: liaisons submit evidence, a civil-society
     * member of the secretariat accepts it, and both voices assess; on DGO-04 they diverge.
     */
    private void implementation(ActionPlan plan) {
        Map<String, Commitment> byCode = plans.commitments(plan).stream()
                .collect(Collectors.toMap(Commitment::getCode, c -> c));
        Account congress = demoAccount("enlace.congreso", "Enlace de Transparencia del Congreso (ficticio)",
                Role.LIAISON, "congreso-durango", null);
        Account municipality = demoAccount("enlace.municipio", "Enlace de Innovación del Municipio (ficticio)",
                Role.LIAISON, "ayuntamiento-durango", null);
        Account gomez = demoAccount("enlace.gomez", "Enlace de Obras de Gómez Palacio (ficticio)",
                Role.LIAISON, "ayuntamiento-gomez-palacio", null);
        Account society = demoAccount("rodrigo.salas", "Rodrigo Salas Ontiveros", Role.STL_MEMBER, BODY,
                Sector.CIVIL_SOCIETY);

        Milestone board = plans.milestones(byCode.get("DGO-02")).get(0);
        Milestone catalogue = plans.milestones(byCode.get("DGO-05")).get(0);
        Evidence[] submitted = new Evidence[3];
        actingAs.run(congress.getId(), () -> submitted[0] = evidence.submitLink(board.getId(), Evidence.Kind.LINK,
                "Tablero de plazos de solicitudes", "https://transparencia.example.org/congreso/plazos"));
        // the municipal catalog's evidence: datasets of Apertura's own open data catalog (opendata's demo loads them)
        actingAs.run(municipality.getId(), () -> submitted[1] = evidence.submitLink(catalogue.getId(),
                Evidence.Kind.DATASET, "Obra pública del municipio de Durango 2025 (catálogo de datos abiertos)",
                publicUrl.of("/datos/obra-publica-municipio-durango-2025")));
        actingAs.run(municipality.getId(), () -> submitted[2] = evidence.submitLink(catalogue.getId(),
                Evidence.Kind.DATASET, "Luminarias de la ciudad de Durango (catálogo de datos abiertos)",
                publicUrl.of("/datos/luminarias-durango")));
        // DGO-03: the judiciary's archival instruments, approved by its Grupo Interdisciplinario and published on the
        // archives pages (the archives demo loads them before this one), submitted and awaiting the secretariat's review
        Account judiciary = demoAccount("enlace.judicial", "Enlace de Archivo del Poder Judicial (ficticio)",
                Role.LIAISON, "poder-judicial-durango", null);
        Milestone chart = plans.milestones(byCode.get("DGO-03")).get(0);
        actingAs.run(judiciary.getId(), () -> evidence.submitLink(chart.getId(), Evidence.Kind.LINK,
                "Cuadro general de clasificación y catálogo de disposición del Poder Judicial, con el acta de su "
                        + "Grupo Interdisciplinario", publicUrl.of("/archivos/poder-judicial-durango")));
        actingAs.run(judiciary.getId(), () -> evidence.submitLink(chart.getId(), Evidence.Kind.DATASET,
                "Catálogo de disposición documental del Poder Judicial (CSV)",
                publicUrl.of("/archivos/poder-judicial-durango/catalogo.csv")));
        actingAs.run(society.getId(), () -> {
            evidence.review(submitted[0].getId(), true, "El tablero está en línea y muestra los plazos de cada solicitud.");
            evidence.review(submitted[1].getId(), true, "El catálogo del municipio está en línea, en CSV y GeoJSON, con su diccionario de datos.");
            evidence.review(submitted[2].getId(), true, "El mapa de luminarias está en GeoJSON, con su licencia abierta.");
        });
        actingAs.run(gomez.getId(), () -> assessments.assess(byCode.get("DGO-04").getId(), Assessment.Voice.SELF,
                Completion.COMPLETE, OpenedGovernment.OUTSTANDING,
                "Las mesas de trabajo se hicieron y el proyecto recogió las propuestas de los vecinos."));
        actingAs.run(society.getId(), () -> assessments.assess(byCode.get("DGO-04").getId(), Assessment.Voice.INDEPENDENT,
                Completion.LIMITED, OpenedGovernment.DID_NOT_CHANGE,
                "No hay evidencia aceptada de ningún hito y la obra no ha empezado; las respuestas a las propuestas no se publicaron."));
        actingAs.run(congress.getId(), () -> assessments.assess(byCode.get("DGO-02").getId(), Assessment.Voice.SELF,
                Completion.LIMITED, OpenedGovernment.MARGINAL, "El tablero funciona; faltan la capacitación y el informe."));
    }

    private Account demoAccount(String user, String name, Role role, String scope, Sector sector) {
        Account account = accounts.signUpWithoutPassword(user + "@demo.apertura.local", name);
        accounts.grant(account.getId(), role, scope, sector);
        return account;
    }

    private void commitment(ActionPlan plan, String code, String title, Set<Theme> themes, String summary,
            String problem, String baseline, String lead, BigDecimal budget, List<MilestoneDraft> milestones) {
        Map<OgpValue, String> values = new EnumMap<>(OgpValue.class);
        values.put(OgpValue.TRANSPARENCY, "Hace pública información que hoy no lo es, en formatos que cualquiera puede usar.");
        values.put(OgpValue.ACCOUNTABILITY, "Permite a la sociedad comparar lo prometido con lo hecho.");
        Commitment commitment = plans.addCommitment(plan.getId(), new CommitmentDraft(code, title, summary, problem,
                "Falta de procesos y de datos estructurados.", baseline, title + ": meta medible en un año.",
                summary, "Información pública, útil y verificable.", themes, values, lead,
                List.of(new CoResponsible(ActorSector.CIVIL_SOCIETY, "Colectivo Ciudadanía Activa (ficticio)")),
                "enlace.gobiernoabierto@ejemplo.mx", budget, budget == null ? null : "E-017",
                plan.getPeriodStart(), plan.getPeriodEnd()));
        milestones.forEach(m -> plans.addMilestone(commitment.getId(), m));
    }

    private static MilestoneDraft milestone(String title, String deliverable, String means, String responsible,
            String start, String end, int weight) {
        return new MilestoneDraft(title, deliverable, means, responsible, LocalDate.parse(start), LocalDate.parse(end),
                weight);
    }
}
