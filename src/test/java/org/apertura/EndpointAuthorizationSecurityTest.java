package org.apertura;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.security.Authority;
import org.apertura.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix of the HTTP surface: every state-changing endpoint the application maps (every
 * POST, PUT, PATCH and DELETE, read from the handler mapping itself) is either declared public here with a
 * reason, or refuses a person who is not signed in and a person holding every role in some other scope — and
 * then nothing changed (no row anywhere was added or removed, the ledger did not grow). A new endpoint fails
 * this test until it is declared, so none ships without its authorisation.
 */
@IntegrationTest
class EndpointAuthorizationSecurityTest {

    /** How an endpoint is authorised. */
    enum Access {
        /** Anyone, signed in or not: the reason says why. */
        PUBLIC,
        /** Any signed-in person, for their own things: anonymous is refused. */
        SIGNED_IN,
        /** Only a role in the thing's own scope, or a party to it: anonymous and other scopes are refused. */
        RESTRICTED
    }

    /**
     * @param reason why it is public or open to any signed-in person
     * @param otherScopeTestedBy for a restricted endpoint whose scope is only known from a valid body (an OCDS
     *     release's buyer), the test that refuses other scopes with such a body; null: refused here
     */
    record Declared(Access access, String reason, String otherScopeTestedBy) {

        Declared(Access access, String reason) {
            this(access, reason, null);
        }
    }

    static Declared open(String reason) {
        return new Declared(Access.PUBLIC, reason);
    }

    static Declared own(String reason) {
        return new Declared(Access.SIGNED_IN, reason);
    }

    static final Declared RESTRICTED = new Declared(Access.RESTRICTED, "");

    /** Every state-changing endpoint and how it is authorised; the policies say by whom. */
    static final Map<String, Declared> ENDPOINTS = new TreeMap<>();

    static {
        Map<String, Declared> e = ENDPOINTS;
        // ---- public, with a reason
        e.put("POST /registro", open("signing up"));
        e.put("POST /recuperar", open("asking for a password reset link (the answer never says whether the account exists)"));
        e.put("POST /recuperar/{token}", open("the reset link's secret token is the authorisation"));
        e.put("POST /registro/confirmar/{token}", open("the confirmation link's secret token is the authorisation"));
        e.put("POST /solicitudes", open("anyone files an access request, without a name (LGTAIP art. 126)"));
        e.put("POST /opiniones/{kind}/{id}", open("anyone gives feedback; anonymous visitors only vote"));
        e.put("POST /lenguaje-ciudadano", open("a free text analysis; it stores nothing"));
        e.put("POST /recursos/{folio}/inconformidad", open("the objection's old path: a 308 redirect to /objecion; it stores nothing"));
        e.put("POST /api/v1/plain-language/analysis", open("a free text analysis; it stores nothing"));
        e.put("POST /contrataciones/herramientas", open("the free OCDS compile tool; it stores nothing"));
        e.put("POST /api/v1/ocds/compile", open("the free OCDS compile tool; it stores nothing"));
        for (String ckan : List.of("POST /api/3/action/{action}", "POST /api/action/{action}")) {
            e.put(ckan, open("CKAN's Action API: clients POST the read actions too; its writes (package_create, "
                    + "package_patch, resource_create) refuse anyone but a DATA_PUBLISHER of the institution and change "
                    + "nothing: opendata.api.CkanWritesTest"));
        }
        // ---- any signed-in person, for their own things
        e.put("POST /cuenta/nombre", own("their own name"));
        e.put("POST /cuenta/tokens", own("their own API tokens"));
        e.put("POST /cuenta/tokens/{id}/revocar", own("their own API tokens"));
        e.put("POST /cuenta/contrasena", own("their own password"));
        e.put("POST /entrar/codigo", own("the second step of their own sign-in, after the password"));
        e.put("POST /cuenta/dos-pasos/activar", own("setting up their own two-step sign-in"));
        e.put("POST /cuenta/dos-pasos/codigos", own("their own recovery codes, against a code of their app"));
        e.put("POST /cuenta/dos-pasos/desactivar", own("their own two-step sign-in, against a code of their app"));
        e.put("POST /cuenta/notificaciones/ajustes", own("their own notice settings"));
        e.put("POST /cuenta/notificaciones/{id}/leida", own("marking their own notice read (someone else's is left alone)"));
        e.put("POST /cuenta/notificaciones/leidas", own("marking their own notices read"));
        e.put("POST /cuenta/perfil", own("their own nickname, supports shown or not, newsletter subscription"));
        e.put("POST /personas/{nickname}/seguir", own("their own following of a profile"));
        e.put("POST /personas/{nickname}/dejar-de-seguir", own("ending their own following of a profile"));
        e.put("POST /seguir", own("their own following of a public item"));
        e.put("POST /cuenta/apelaciones", own("an appeal of their own hidden content (someone else's is refused: "
                + "community.CommunityFlowTest)"));
        e.put("POST /boletin/baja", open("unsubscribing from the newsletter: the link's signed token is the authorisation"));
        e.put("POST /compromisos/{id}/seguir", own("following a commitment by e-mail"));
        e.put("POST /compromisos/{id}/dejar-de-seguir", own("following a commitment by e-mail"));
        e.put("POST /convocatorias/{slug}/propuestas", own("a proposal under their name, while the call takes them"));
        e.put("POST /propuestas/{id}/apoyo", own("their support, within the call's limits"));
        e.put("POST /propuestas/{id}/retirar-apoyo", own("their support"));
        e.put("POST /api/v1/proposals/{id}/support", own("their support, within the call's limits"));
        e.put("DELETE /api/v1/proposals/{id}/support", own("their support"));
        e.put("POST /presupuestos-participativos/{slug}/proyectos/parecidos", open("similar projects while writing "
                + "one; it stores nothing (ADR 0088)"));
        e.put("POST /convocatorias/{slug}/propuestas/parecidas", open("similar proposals while writing one; it stores "
                + "nothing"));
        e.put("POST /propuestas/{id}/enmiendas", own("an amendment to someone else's proposal, while the call takes "
                + "proposals (their own: refused, cocreation.AmendmentFlowTest)"));
        e.put("POST /api/v1/proposals/{id}/amendments", own("an amendment to someone else's proposal"));
        for (String decide : List.of("POST /enmiendas/{id}/aceptar", "POST /enmiendas/{id}/rechazar",
                "POST /api/v1/amendments/{id}/accept", "POST /api/v1/amendments/{id}/reject")) {
            e.put(decide, own("deciding an amendment to their own proposal (someone else's: 403, "
                    + "cocreation.AmendmentFlowTest)"));
        }
        e.put("POST /enmiendas/{id}/retirar", own("withdrawing their own pending amendment"));
        e.put("POST /api/v1/amendments/{id}/withdraw", own("withdrawing their own pending amendment"));
        e.put("POST /retos/{slug}/equipos", own("forming their team, while registration is open"));
        e.put("POST /retos/{slug}/equipos/unirse", own("joining a team with its code"));
        e.put("POST /retos/{slug}/entrega", own("their own team's submission (without a team they are told to form one)"));
        e.put("POST /api/v1/feedback", own("their feedback (offline registrations are checked by FeedbackPolicy)"));
        e.put("POST /api/v1/requests", own("filing through the API with a token (the page needs none)"));
        e.put("POST /presupuestos-participativos/{slug}/proyectos", own("a project they propose, while proposals are open"));
        e.put("POST /presupuestos-participativos/{slug}/residencia", own("their own residence declaration, to vote"));
        e.put("POST /presupuestos-participativos/{slug}/papeleta", own("their own ballot, as a verified voter, while the vote is open"));
        e.put("POST /presupuestos-participativos/{slug}/proyectos/{number}/apoyo", own("their own support, as a verified voter, during the support phase"));
        e.put("POST /presupuestos-participativos/{slug}/proyectos/{number}/apoyo/retirar", own("withdrawing their own support, during the support phase"));
        e.put("POST /presupuestos-participativos/{slug}/problemas/{number}/puntos",
                own("their own dots in a problem selection, as a verified voter, while it is open"));
        e.put("POST /presupuestos-participativos/{slug}/debates/{number}/reportar",
                own("their own report of a debate, once, with a reason"));
        e.put("POST /presupuestos-participativos/{slug}/consultas/{number}/respuesta",
                own("their own answer, as a verified voter of the population asked, while the consultation is open"));
        e.put("POST /consultas/{slug}/residencia",
                own("their own residence declaration, to answer a consultation of its own (ADR 0054)"));
        e.put("POST /consultas/{slug}/respuesta",
                own("their own answer to a consultation of its own, as its verified voter, while it is open"));
        // ---- everything else: only who the module's policy entitles, in the thing's own scope
        for (String restricted : List.of(
                "POST /admin/cuentas/{id}/roles", "POST /admin/cuentas/{id}/roles/{membershipId}/retirar",
                "POST /admin/cuentas/{id}/desactivar", "POST /admin/cuentas/{id}/activar",
                "POST /admin/cuentas/{id}/dos-pasos/restablecer",
                "POST /admin/plazos", "POST /admin/calendarios", "POST /admin/calendarios/{slug}/dias",
                "POST /admin/calendarios/{slug}/dias/{id}/retiro", "POST /admin/calendarios/{slug}/corte",
                "POST /admin/zonas-horarias", "POST /admin/jurisdicciones",
                "POST /admin/jurisdicciones/{slug}", "POST /admin/instituciones", "POST /admin/instituciones/{slug}",
                "POST /api/v1/calendars", "POST /api/v1/calendars/{calendar}/days",
                "POST /api/v1/calendars/{calendar}/days/{id}/withdrawal", "POST /api/v1/law-rules/adoptions",
                "POST /api/v1/jurisdictions", "PUT /api/v1/jurisdictions/{slug}", "POST /api/v1/institutions",
                "PUT /api/v1/institutions/{slug}",
                "POST /admin/autoridades-garantes", "POST /admin/autoridades-garantes/asignaciones",
                "POST /admin/autoridades-garantes/sucesion", "POST /api/v1/guarantor-authorities",
                "POST /api/v1/guarantor-assignments", "POST /api/v1/guarantor-authorities/{slug}/succession",
                "POST /recursos/{folio}/prevencion", "POST /recursos/{folio}/admision",
                "POST /recursos/{folio}/desechamiento", "POST /recursos/{folio}/ampliacion",
                "POST /recursos/{folio}/resolucion", "POST /recursos/{folio}/verificacion",
                "POST /recursos/{folio}/alegatos-unidad", "POST /recursos/{folio}/cumplimiento",
                "POST /recursos/{folio}/alegatos", "POST /recursos/{folio}/aclaracion",
                "POST /recursos/{folio}/objecion", "POST /solicitudes/{folio}/recurso",
                "POST /recursos/{folio}/sobreseimiento", "POST /recursos/{folio}/cierre-instruccion",
                "POST /recursos/{folio}/notificacion", "POST /recursos/{folio}/ampliacion-cumplimiento",
                "POST /recursos/{folio}/ampliacion-cumplimiento/decision", "POST /recursos/{folio}/desistimiento",
                "POST /api/v1/appeals/{folio}/withdrawal", "POST /api/v1/appeals/{folio}/discontinuance",
                "POST /api/v1/appeals/{folio}/instruction-closure", "POST /api/v1/appeals/{folio}/notification",
                "POST /api/v1/appeals/{folio}/compliance-extension",
                "POST /api/v1/appeals/{folio}/compliance-extension/decision",
                // the recurso de inconformidad: InconformityPolicy decides in InconformityService (docs/adr/0025)
                "POST /inconformidades/nueva", "POST /inconformidades/{folio}/prevencion",
                "POST /inconformidades/{folio}/admision", "POST /inconformidades/{folio}/desechamiento",
                "POST /inconformidades/{folio}/ampliacion", "POST /inconformidades/{folio}/sobreseimiento",
                "POST /inconformidades/{folio}/resolucion", "POST /inconformidades/{folio}/informe",
                "POST /inconformidades/{folio}/nueva-resolucion", "POST /inconformidades/{folio}/cumplimiento",
                "POST /inconformidades/{folio}/desahogo", "POST /inconformidades/{folio}/alegatos",
                "POST /inconformidades/{folio}/desistimiento", "POST /api/v1/inconformities",
                "POST /api/v1/inconformities/{folio}/prevention", "POST /api/v1/inconformities/{folio}/prevention/reply",
                "POST /api/v1/inconformities/{folio}/admission", "POST /api/v1/inconformities/{folio}/dismissal",
                "POST /api/v1/inconformities/{folio}/extension", "POST /api/v1/inconformities/{folio}/discontinuance",
                "POST /api/v1/inconformities/{folio}/resolution", "POST /api/v1/inconformities/{folio}/report",
                "POST /api/v1/inconformities/{folio}/allegation", "POST /api/v1/inconformities/{folio}/withdrawal",
                "POST /api/v1/inconformities/{folio}/new-ruling", "POST /api/v1/inconformities/{folio}/compliance",
                // its acts of docs/adr/0038, decided the same way
                "POST /inconformidades/{folio}/notificacion", "POST /inconformidades/{folio}/cierre-instruccion",
                "POST /inconformidades/{folio}/tercero", "POST /inconformidades/{folio}/tercero/alegatos",
                "POST /inconformidades/{folio}/mas-tiempo", "POST /inconformidades/{folio}/mas-tiempo/decision",
                "POST /inconformidades/{folio}/alegatos/ampliacion", "POST /api/v1/inconformities/{folio}/notice",
                "POST /api/v1/inconformities/{folio}/allegation/extension",
                "POST /api/v1/inconformities/{folio}/instruction-close",
                "POST /api/v1/inconformities/{folio}/third-party",
                "POST /api/v1/inconformities/{folio}/third-party/allegation",
                "POST /api/v1/inconformities/{folio}/new-ruling/extension",
                "POST /api/v1/inconformities/{folio}/new-ruling/extension/decision",
                "POST /solicitudes/{folio}/turnar", "POST /solicitudes/{folio}/aclaracion",
                "POST /solicitudes/{folio}/aclaracion/respuesta", "POST /solicitudes/{folio}/comite",
                "POST /solicitudes/{folio}/respuesta", "POST /solicitudes/{folio}/pago",
                "POST /api/v1/requests/registrations", "POST /api/v1/requests/{folio}/clarification",
                "POST /api/v1/requests/{folio}/committee-resolutions", "POST /api/v1/requests/{folio}/answer",
                "POST /api/v1/requests/{folio}/committee-resolutions/{id}/reserve-extension",
                "POST /solicitudes/{folio}/reservas/{id}/ampliacion",
                // ADR 0046: the guarantor authority's further reserve extension (art. 104 ¶4), a written inconformidad
                // forwarded by the local authority (art. 164 ¶2)
                "POST /solicitudes/{folio}/reservas/{id}/ampliacion-garante",
                "POST /solicitudes/{folio}/reservas/{id}/ampliacion-garante/resolucion",
                "POST /api/v1/requests/{folio}/committee-resolutions/{id}/guarantor-reserve-extension",
                "POST /api/v1/requests/{folio}/committee-resolutions/{id}/guarantor-reserve-extension/decision",
                "POST /recursos/{folio}/inconformidad-escrita", "POST /api/v1/inconformities/forwarded",
                // ADR 0053: an appeal filed before the Transparency Unit, forwarded by it (art. 144 ¶2)
                "POST /solicitudes/{folio}/recurso/remitir",
                // ADR 0053: medidas de apremio after non-compliance (arts. 193 fr. III, 196–202)
                "POST /recursos/{folio}/medidas", "POST /recursos/{folio}/medidas/{id}/notificacion",
                "POST /recursos/{folio}/medidas/{id}/ejecucion", "POST /recursos/{folio}/medidas/requerimiento",
                "POST /unidad/{institution}/registrar",
                "POST /admin/organos", "POST /organos/{slug}/integrantes", "POST /organos/{slug}/sesiones",
                "POST /organos/{slug}/sesiones/{number}/asistencia", "POST /organos/{slug}/sesiones/{number}/acuerdos",
                "POST /organos/{slug}/sesiones/{number}/acuerdos/{agreement}/votos",
                "POST /organos/{slug}/sesiones/{number}/acta",
                "POST /ejercicios", "POST /ejercicios/{slug}/planes", "POST /planes/{id}/compromisos",
                "POST /planes/{id}/compromisos/importar", "POST /planes/{id}/importar-plan",
                "POST /compromisos/{id}/hitos", "POST /compromisos/{id}", "POST /planes/{id}/aprobar",
                "POST /planes/{id}/publicar", "POST /compromisos/{commitment}/valoraciones",
                "POST /compromisos/{commitment}/hitos/{milestone}/evidencias",
                "POST /compromisos/{commitment}/evidencias/{id}/revision",
                "POST /api/v1/milestones/{id}/evidence", "POST /api/v1/evidence/{id}/review",
                "POST /api/v1/commitments/{id}/assessments",
                "POST /ejercicios/{slug}/convocatorias", "POST /convocatorias/{slug}",
                "POST /ejercicios/{slug}/convocatorias/importar", "POST /api/v1/exercises/{slug}/calls/kit",
                "POST /convocatorias/{slug}/publicar", "POST /api/v1/calls/{slug}/publish",
                "POST /convocatorias/{slug}/propuestas/registradas", "POST /propuestas/{id}",
                "POST /propuestas/{id}/respuesta",
                // ADR 0080: a proposal's author adds files and a point; those who run the exercise remove files
                "POST /propuestas/{id}/imagenes", "POST /propuestas/{id}/documentos", "POST /propuestas/{id}/ubicacion",
                "POST /propuestas/{id}/archivos/{file}/quitar",
                // ADR 0088: a budget project's author adds files while proposals are open; the runners remove them
                "POST /presupuestos-participativos/{slug}/proyectos/{number}/imagenes",
                "POST /presupuestos-participativos/{slug}/proyectos/{number}/documentos",
                "POST /presupuestos-participativos/{slug}/proyectos/{number}/archivos/{file}/quitar",
                "POST /convocatorias/{slug}/mesas", "POST /mesas/{id}",
                "POST /ejercicios/{slug}/presupuestos-participativos",
                "POST /presupuestos-participativos/{slug}/proyectos/{number}/revision",
                "POST /presupuestos-participativos/{slug}/mesa", "POST /presupuestos-participativos/{slug}/resultados",
                "POST /presupuestos-participativos/{slug}/ejecucion",
                "POST /presupuestos-participativos/{slug}/mesas",
                "POST /presupuestos-participativos/{slug}/consultas", "POST /presupuestos-participativos/{slug}/debates",
                "POST /presupuestos-participativos/{slug}/debates/{number}/ocultar",
                "POST /presupuestos-participativos/{slug}/debates/{number}/restaurar",
                "POST /presupuestos-participativos/{slug}/debates/{number}/compromiso",
                "POST /presupuestos-participativos/{slug}/moderacion/reportes",
                "POST /presupuestos-participativos/{slug}/problemas",
                "POST /presupuestos-participativos/{slug}/problemas/{number}/resultado",
                "POST /presupuestos-participativos/{slug}/problemas/{number}/convocatoria",
                "POST /presupuestos-participativos/{slug}/consultas/{number}/mesa",
                "POST /presupuestos-participativos/{slug}/consultas/{number}/resultados",
                "POST /presupuestos-participativos/{slug}/consultas/{number}/mesas",
                "POST /consultas", "POST /consultas/{slug}/mesa", "POST /consultas/{slug}/resultados",
                "POST /consultas/{slug}/mesas",
                "POST /retos", "POST /retos/importar", "POST /api/v1/challenges/kit",
                "POST /retos/{slug}/editar", "POST /retos/{slug}/publicar", "POST /api/v1/challenges/{slug}/publish",
                "POST /retos/{slug}/criterios",
                "POST /retos/{slug}/criterios/{id}/quitar", "POST /retos/{slug}/jurado",
                "POST /retos/{slug}/jurado/{id}/quitar", "POST /retos/{slug}/resultados",
                "POST /retos/{slug}/seguimiento",
                "POST /retos/{slug}/entregas/{id}/calificacion",
                "POST /opiniones/{kind}/{id}/registro", "POST /opiniones/{kind}/{id}/{feedbackId}/respuesta",
                "POST /api/v1/feedback/{id}/reply")) {
            e.put(restricted, RESTRICTED);
        }
        for (String national : List.of("POST /admin/nacional/nodo", "POST /admin/nacional/miembros",
                "POST /admin/nacional/miembros/{id}/cosecha", "POST /admin/nacional/miembros/{id}/baja",
                "POST /admin/nacional/cosecha")) {
            e.put(national, RESTRICTED);
        }
        e.put("POST /admin/historial/firma", RESTRICTED);
        // meetings (ADR 0066): a person's own registration; the space's coordinators run the meeting
        e.put("POST /reuniones/{id}/inscripcion", own("their own registration for a meeting"));
        e.put("POST /reuniones/{id}/inscripcion/cancelar", own("giving up their own registration"));
        e.put("POST /api/v1/meetings/{id}/registration", own("their own registration for a meeting"));
        e.put("POST /api/v1/meetings/{id}/registration/cancel", own("giving up their own registration"));
        for (String meetings : List.of("POST /reuniones", "POST /reuniones/{id}/editar", "POST /reuniones/{id}/cancelar",
                "POST /reuniones/{id}/minuta")) {
            e.put(meetings, RESTRICTED);
        }
        // a moderator of the hidden content who did not hide it: refused to the author, the hider and others
        e.put("POST /moderacion/apelaciones/{id}", RESTRICTED);
        // the comment engine (ADR 0067): anyone signed in comments, votes and flags while the subject takes comments;
        // only the subject's moderators, as its owning module says, hide and restore (comments.CommitmentCommentsTest)
        e.put("POST /conversacion/{kind}/{id}", own("a comment under their nickname, while the subject takes comments"));
        e.put("POST /conversacion/comentario/{id}/votar", own("their own vote on someone else's comment, changeable"));
        e.put("POST /conversacion/comentario/{id}/marcar", own("flagging someone else's comment once"));
        e.put("POST /conversacion/comentario/{id}/ocultar", new Declared(Access.RESTRICTED, "",
                "comments.CommitmentCommentsTest (the subject, hence who moderates it, is known from the comment)"));
        e.put("POST /conversacion/comentario/{id}/restaurar", new Declared(Access.RESTRICTED, "",
                "comments.CommitmentCommentsTest (the subject, hence who moderates it, is known from the comment)"));
        e.put("POST /conversacion/comentario/{id}/mantener", new Declared(Access.RESTRICTED, "",
                "cocreation.CocreationFlowTest (the subject, hence who moderates it, is known from the comment)"));
        // the platform's newsletter belongs to no one scope: administrators and any secretariat's coordinator write
        // and send it; everybody else is refused (community.CommunityFlowTest)
        e.put("POST /boletin", new Declared(Access.RESTRICTED, "", "community.CommunityFlowTest"));
        e.put("POST /boletin/{id}/enviar", new Declared(Access.RESTRICTED, "", "community.CommunityFlowTest"));
        e.put("POST /api/v1/ocds/releases", new Declared(Access.RESTRICTED, "",
                "contracting.ContractingSecurityTest (the buyer, hence the scope, is read from a valid release)"));
        for (String publishing : List.of("POST /contrataciones/publicar/nuevo", "POST /contrataciones/publicar/{ocid}/{step}",
                "POST /contrataciones/publicar/subir", "POST /contrataciones/publicar/hoja",
                "POST /contrataciones/publicar/hoja/confirmar")) {
            e.put(publishing, new Declared(Access.RESTRICTED, "", "contracting.PublishSecurityTest (the institution, "
                    + "hence the scope, is chosen in the form or read from the process and the release)"));
        }
        for (String importing : List.of("POST /presupuesto/importar", "POST /presupuesto/importar/{token}",
                "POST /api/v1/budget/imports")) {
            e.put(importing, new Declared(Access.RESTRICTED, "", "budget.BudgetSecurityTest (the institution, hence "
                    + "the scope, is chosen in the upload)"));
        }
        for (String archive : List.of("POST /archivos/{slug}/gestion/instrumentos",
                "POST /archivos/{slug}/instrumentos/{number}/aprobacion", "POST /archivos/{slug}/gestion/expedientes",
                "POST /archivos/{slug}/expedientes/{id}/documentos", "POST /archivos/{slug}/expedientes/{id}/cierre",
                "POST /archivos/{slug}/gestion/transferencias",
                "POST /archivos/{slug}/transferencias/{kind}/{number}/aceptacion", "POST /archivos/{slug}/gestion/bajas",
                "POST /archivos/{slug}/bajas/{number}/{step}",
                "POST /archivos/{slug}/expedientes/{id}/retenciones",
                "POST /archivos/{slug}/retenciones/{holdId}/levantamiento",
                "POST /archivos/{slug}/expedientes/{id}/prestamo", "POST /archivos/{slug}/gestion/pada",
                "POST /archivos/{slug}/pada/{year}/actividades", "POST /archivos/{slug}/pada/{year}/publicacion",
                "POST /archivos/{slug}/pada/{year}/actividades/{position}/hecha",
                "POST /archivos/{slug}/pada/{year}/informe", "POST /archivos/{slug}/gestion/capacitaciones",
                "POST /archivos/{slug}/gestion/visitas", "POST /archivos/{slug}/gestion/archivo-automatico",
                "POST /archivos/{slug}/gestion/archivo-automatico/{id}/quitar",
                "POST /archivos/{slug}/instrumentos/{number}/fichas", "POST /archivos/{slug}/guia/archivos",
                "POST /archivos/{slug}/grupo/integrantes", "POST /archivos/{slug}/grupo/integrantes/{id}/salida",
                "POST /archivos/{slug}/grupo/sesiones", "POST /archivos/{slug}/gestion/importar-kit",
                "POST /api/v1/archives/institutions/{slug}/versions/kit")) {
            e.put(archive, new Declared(Access.RESTRICTED, "", "archives.InstrumentsTest, CaseFilesTest, "
                    + "DisposalFlowTest, ArchivalDevelopmentTest, AutoFilingTest, ValuationSheetsTest, "
                    + "ArchiveAreasTest, InterdisciplinaryGroupTest and CatalogKitTest (the institution, hence the scope, is in the path; its archivists only, the "
                    + "Grupo's acts by its área coordinadora)"));
        }
        e.put("POST /normas/gestion/nueva", new Declared(Access.RESTRICTED, "", "infographics.NormServiceTest (the "
                + "institution, hence the scope, is chosen in the form; only its NORMS_EDITOR writes its norms)"));
        e.put("POST /normas/gestion/importar", new Declared(Access.RESTRICTED, "", "infographics.NormKitTest (the "
                + "institution, hence the scope, is chosen in the form; only its NORMS_EDITOR reads a kit into its form, "
                + "and reading writes nothing)"));
        e.put("POST /normas/{slug}/editar", RESTRICTED);
        e.put("POST /datos/publicar/nuevo", new Declared(Access.RESTRICTED, "", "opendata.PublisherPagesTest (the "
                + "institution, hence the scope, is chosen in the form)"));
        for (String publishing : List.of("POST /datos/publicar/{name}/editar", "POST /datos/publicar/{name}/publicar",
                "POST /datos/publicar/{name}/retirar", "POST /datos/publicar/{name}/enlaces",
                "POST /datos/publicar/{name}/archivos", "POST /datos/publicar/{name}/recursos/{id}/diccionario",
                "POST /datos/publicar/{name}/recursos/{id}/reemplazar")) {
            e.put(publishing, RESTRICTED);
        }
    }

    /** What a form or a body must carry for the request to reach the authorisation (else it is refused as malformed). */
    static final Map<String, Map<String, String>> PARAMS = Map.of(
            "POST /planes/{id}/aprobar", Map.of("session", "1", "agreement", "1"),
            "POST /solicitudes/{folio}/comite", Map.of("resolvedOn", "2026-01-05"),
            "POST /retos", Map.of("compromiso", "{commitment}"),
            "POST /consultas", Map.of("exerciseSlug", "{exercise}"),
            "POST /retos/importar", Map.of("compromiso", "{commitment}"),
            "POST /api/v1/challenges/kit", Map.of("commitment", "{commitment}"),
            "POST /reuniones", Map.of("spaceKind", "call", "spaceId", "{call}"));
    static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/evidence/{id}/review", "{\"accept\": true, \"reason\": \"Revisada.\"}");

    /**
     * Rows written by the platform itself, whatever the request: the key that signs sessions' links (on first use),
     * the rate limits' and sign-in delays' counts (every limited post counts, refused or not, and old ones expire),
     * the scheduled jobs' cluster locks, the ledger's verified checkpoint (moved by any view of the history) and its
     * signed checkpoints (signed every hour, at minute 23, whatever request is under way: a run of this test across
     * that minute saw one appear; one signed on request also writes a ledger entry, which is checked).
     */
    static final Set<String> INFRASTRUCTURE = Set.of("signing_key", "rate_limit_hit", "sign_in_failure", "shedlock",
            "ledger_checkpoint", "ledger_signed_checkpoint");

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;

    /** Every state-changing endpoint the application maps: "POST /path/{var}". */
    Set<String> mapped() {
        Set<String> out = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods) {
                if (WRITES.contains(method)) {
                    info.getPatternValues().forEach(pattern -> out.add(method + " " + pattern));
                }
            }
        }
        return out;
    }

    @Test
    void everyStateChangingEndpointIsDeclaredWithItsAuthorisation() {
        Set<String> mapped = mapped();
        assertThat(mapped).as("endpoints that change state but say nothing here about who may call them")
                .isSubsetOf(ENDPOINTS.keySet());
        assertThat(ENDPOINTS.keySet()).as("declared endpoints that no longer exist").isSubsetOf(mapped);
        ENDPOINTS.forEach((endpoint, declared) -> assertThat(declared.access() != Access.PUBLIC
                || !declared.reason().isBlank()).as(endpoint + " is public with a reason").isTrue());
    }

    @Test
    void anonymousPeopleAndPeopleOfAnotherScopeAreRefusedEverywhereAndNothingChanges() throws Exception {
        Map<String, String> samples = samples();
        Account outsider = TestAccounts.person(accounts, "Persona de otro ámbito");
        RequestPostProcessor otherScope = details.signedIn(outsider, everyRoleElsewhere());
        // The person of another scope is signed in, on the pages and on the API: their refusals are the policies'.
        assertThat(mvc.perform(get("/api/v1/me").with(otherScope)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/cuenta").with(otherScope)).andReturn().getResponse().getStatus()).isEqualTo(200);
        lastCounted = null;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Declared> endpoint : ENDPOINTS.entrySet()) {
            if (endpoint.getValue().access() == Access.PUBLIC) {
                continue;
            }
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String pattern = endpoint.getKey().substring(method.length() + 1);
            String path = concrete(pattern, samples);
            check(wrong, "anonymous", endpoint.getKey(), sendTwiceIfOnlyTheLedgerMoved(endpoint.getKey(), method, path,
                    samples, null));
            if (endpoint.getValue().access() == Access.RESTRICTED && endpoint.getValue().otherScopeTestedBy() == null) {
                check(wrong, "every role in another scope", endpoint.getKey(),
                        sendTwiceIfOnlyTheLedgerMoved(endpoint.getKey(), method, path, samples, otherScope));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, String who, String endpoint, Outcome outcome) {
        if (!outcome.refused()) {
            wrong.add(endpoint + " as " + who + ": answered " + outcome.status() + " " + outcome.location());
        }
        if (!outcome.before().equals(outcome.after())) {
            wrong.add(endpoint + " as " + who + ": the data changed " + difference(outcome.before(), outcome.after()));
        }
    }

    record Outcome(int status, String location, Map<String, Long> before, Map<String, Long> after) {

        /** Refused: 401, 403, or sent to sign in. */
        boolean refused() {
            return status == 401 || status == 403
                    || status / 100 == 3 && location != null && location.contains("/entrar");
        }
    }

    /**
     * A refused request that moved only the ledger's entry count may have raced a scheduled job of the shared context
     * writing to the ledger (the support tallies every five minutes): it is sent once more, and what that second
     * attempt does is the outcome. A refused request that writes anything writes again, so it is still caught.
     */
    private Outcome sendTwiceIfOnlyTheLedgerMoved(String endpoint, String method, String path,
            Map<String, String> samples, RequestPostProcessor as) throws Exception {
        Outcome first = send(endpoint, method, path, samples, as);
        Map<String, Long> without = new TreeMap<>(first.before());
        Map<String, Long> after = new TreeMap<>(first.after());
        without.keySet().removeIf(t -> t.toLowerCase().startsWith("ledger_"));
        after.keySet().removeIf(t -> t.toLowerCase().startsWith("ledger_"));
        if (first.before().equals(first.after()) || !without.equals(after)) {
            return first;
        }
        return send(endpoint, method, path, samples, as);
    }

    private Outcome send(String endpoint, String method, String path, Map<String, String> samples,
            RequestPostProcessor as) throws Exception {
        // the rows counted after the previous request are the rows before this one: the loop does nothing else between
        Map<String, Long> before = lastCounted != null ? lastCounted : fingerprint();
        AbstractMockHttpServletRequestBuilder<?> request;
        if (path.endsWith("/evidence") && path.startsWith("/api/")) {
            request = multipart(path).file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                    .param("title", "Evidencia");
        } else {
            request = request(HttpMethod.valueOf(method), path);
        }
        if (path.startsWith("/api/") && !path.endsWith("/evidence")) {
            request.contentType(MediaType.APPLICATION_JSON).content(BODIES.getOrDefault(endpoint, "{}"));
        }
        PARAMS.getOrDefault(endpoint, Map.of()).forEach((name, value) -> request.param(name, concrete(value, samples)));
        request.with(csrf());
        if (as != null) {
            request.with(as);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        lastCounted = fingerprint();
        return new Outcome(response.getStatus(), response.getRedirectedUrl(), before, lastCounted);
    }

    /** The rows of every table after the last request the loop sent (none before the loop starts). */
    private Map<String, Long> lastCounted;

    /** Roles everywhere but here: each role (not the administrator) in scopes that hold none of the samples. */
    static List<GrantedAuthority> everyRoleElsewhere() {
        List<GrantedAuthority> out = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            out.add(new SimpleGrantedAuthority(Authority.of(role, "otro-ambito").value()));
            if (role.needsSector()) {
                for (String sector : List.of("CIVIL_SOCIETY", "GOVERNMENT", "GUARANTOR")) {
                    out.add(new SimpleGrantedAuthority(Authority.ofSector(role, sector, "otro-ambito").value()));
                }
            }
        }
        return out;
    }

    /** The rows of every table: a request that was refused adds and removes none. */
    private Map<String, Long> fingerprint() throws Exception {
        if (countAll == null) {
            countAll = String.join(" UNION ALL ", tables().stream().filter(t -> !INFRASTRUCTURE.contains(t.toLowerCase()))
                    .map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM " + t).toList());
        }
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query(countAll, rs -> {
            rows.put(rs.getString(1), rs.getLong(2));
        });
        return rows;
    }

    private String countAll;

    private List<String> tables;

    private List<String> tables() throws Exception {
        if (tables == null) {
            tables = new ArrayList<>();
            try (var connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        String schema = rs.getString("TABLE_SCHEM");
                        if (schema != null && schema.equalsIgnoreCase("public")) {
                            tables.add(rs.getString("TABLE_NAME"));
                        }
                    }
                }
            }
            tables.removeIf(t -> t.toLowerCase().startsWith("flyway"));
        }
        return tables;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + count);
            }
        });
        return changed.toString();
    }

    // ---- real things to aim at (a refusal must come from the authorisation, never from a missing thing)

    private String one(String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql, String.class, args);
        assertThat(found).as("a sample for: " + sql).isNotEmpty();
        return found.get(0);
    }

    private Map<String, String> samples() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("request", one("SELECT folio FROM access_request ORDER BY id"));
        s.put("appeal", one("SELECT folio FROM appeal ORDER BY id"));
        s.put("inconformity", one("SELECT folio FROM inconformity ORDER BY id"));
        s.put("reserve", jdbc.queryForList("SELECT id FROM committee_resolution ORDER BY id", String.class).stream()
                .findFirst().orElse("1"));
        s.put("institution", one("SELECT slug FROM institution ORDER BY id"));
        s.put("jurisdiction", one("SELECT slug FROM jurisdiction ORDER BY id"));
        s.put("calendar", one("SELECT slug FROM business_calendar ORDER BY id"));
        s.put("day", one("SELECT CAST(d.id AS VARCHAR(20)) FROM calendar_day d JOIN business_calendar c ON c.id = d.calendar_id"
                + " WHERE c.slug = ? ORDER BY d.id", s.get("calendar")));
        s.put("account", one("SELECT CAST(account_id AS VARCHAR(20)) FROM membership ORDER BY id"));
        s.put("membership", one("SELECT CAST(id AS VARCHAR(20)) FROM membership WHERE account_id = CAST(? AS BIGINT) ORDER BY id",
                s.get("account")));
        s.put("body", one("SELECT b.slug FROM collegiate_body b JOIN body_session x ON x.body_id = b.id"
                + " JOIN agreement a ON a.session_id = x.id ORDER BY b.id"));
        s.put("session", one("SELECT CAST(x.number AS VARCHAR(20)) FROM body_session x JOIN collegiate_body b ON b.id = x.body_id"
                + " JOIN agreement a ON a.session_id = x.id WHERE b.slug = ? ORDER BY x.id", s.get("body")));
        s.put("agreement", one("SELECT CAST(a.number AS VARCHAR(20)) FROM agreement a JOIN body_session x ON x.id = a.session_id"
                + " JOIN collegiate_body b ON b.id = x.body_id WHERE b.slug = ? AND x.number = CAST(? AS INT) ORDER BY a.id",
                s.get("body"), s.get("session")));
        s.put("exercise", one("SELECT slug FROM exercise ORDER BY id"));
        s.put("plan", one("SELECT CAST(id AS VARCHAR(20)) FROM action_plan ORDER BY id"));
        s.put("commitment", one("SELECT CAST(m.commitment_id AS VARCHAR(20)) FROM evidence e"
                + " JOIN milestone m ON m.id = e.milestone_id ORDER BY e.id"));
        s.put("milestone", one("SELECT CAST(id AS VARCHAR(20)) FROM milestone WHERE commitment_id = CAST(? AS BIGINT) ORDER BY id",
                s.get("commitment")));
        s.put("evidence", one("SELECT CAST(e.id AS VARCHAR(20)) FROM evidence e JOIN milestone m ON m.id = e.milestone_id"
                + " WHERE m.commitment_id = CAST(? AS BIGINT) ORDER BY e.id", s.get("commitment")));
        s.put("call", one("SELECT slug FROM cocreation_call ORDER BY id"));
        s.put("pbProcess", one("SELECT slug FROM pb_process ORDER BY id"));
        s.put("pcConsultation", one("SELECT slug FROM pc_consultation WHERE slug IS NOT NULL ORDER BY id"));
        s.put("ocid", one("SELECT ocid FROM ocds_record ORDER BY ocid"));
        s.put("table", one("SELECT CAST(id AS VARCHAR(20)) FROM working_table ORDER BY id"));
        s.put("proposal", one("SELECT CAST(id AS VARCHAR(20)) FROM proposal ORDER BY id"));
        s.put("comment", one("SELECT CAST(id AS VARCHAR(20)) FROM discussion_comment WHERE subject_kind = 'proposal' ORDER BY id"));
        s.put("amendment", one("SELECT CAST(id AS VARCHAR(20)) FROM proposal_amendment ORDER BY id"));
        s.put("challenge", one("SELECT c.slug FROM challenge c JOIN challenge_submission x ON x.challenge_id = c.id ORDER BY c.id"));
        s.put("criterion", one("SELECT CAST(k.id AS VARCHAR(20)) FROM challenge_criterion k JOIN challenge c ON c.id = k.challenge_id"
                + " WHERE c.slug = ? ORDER BY k.id", s.get("challenge")));
        s.put("juror", one("SELECT CAST(j.id AS VARCHAR(20)) FROM challenge_juror j JOIN challenge c ON c.id = j.challenge_id"
                + " WHERE c.slug = ? ORDER BY j.id", s.get("challenge")));
        s.put("submission", one("SELECT CAST(x.id AS VARCHAR(20)) FROM challenge_submission x JOIN challenge c ON c.id = x.challenge_id"
                + " WHERE c.slug = ? ORDER BY x.id", s.get("challenge")));
        s.put("feedback", one("SELECT CAST(id AS VARCHAR(20)) FROM feedback ORDER BY id"));
        s.put("feedbackKind", one("SELECT item_kind FROM feedback WHERE id = CAST(? AS BIGINT)", s.get("feedback")));
        s.put("feedbackItem", one("SELECT item_id FROM feedback WHERE id = CAST(? AS BIGINT)", s.get("feedback")));
        s.put("token", "1");
        s.put("meeting", jdbc.queryForList("SELECT CAST(id AS VARCHAR(20)) FROM meeting WHERE cancelled_at IS NULL "
                + "ORDER BY starts_at DESC", String.class).stream().findFirst().orElse("1"));
        s.put("norm", one("SELECT slug FROM infographics_norm ORDER BY id"));
        s.put("archiveFile", one("SELECT CAST(id AS VARCHAR(20)) FROM archives_file ORDER BY id"));
        s.put("dataset", jdbc.queryForList("SELECT d.name FROM opendata_dataset d JOIN opendata_resource r ON "
                + "r.dataset_id = d.id WHERE d.state = 'PUBLISHED' AND d.kind = 'UPLOADED' AND r.kind = 'FILE' "
                + "ORDER BY d.id", String.class).stream().findFirst().orElse("no-existe"));
        s.put("datasetResource", jdbc.queryForList("SELECT r.id FROM opendata_resource r JOIN opendata_dataset d ON "
                + "d.id = r.dataset_id WHERE d.name = ? AND r.kind = 'FILE' ORDER BY r.position", String.class,
                s.get("dataset")).stream().findFirst().orElse("no-existe"));
        return s;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");

    /** The pattern with its variables replaced by real things of the kind its path names. */
    static String concrete(String pattern, Map<String, String> s) {
        String kind = pattern.startsWith("/api/v1/") ? pattern.substring(8) : pattern.substring(1);
        Map<String, String> byName = new LinkedHashMap<>();
        if (kind.startsWith("solicitudes") || kind.startsWith("requests")) {
            byName.put("folio", s.get("request"));
            byName.put("id", s.get("reserve"));
        } else if (kind.startsWith("recursos") || kind.startsWith("appeals")) {
            byName.put("folio", s.get("appeal"));
            byName.put("id", "1"); // a measure: the other people are refused before it is looked up (ADR 0053)
        } else if (kind.startsWith("inconformidades") || kind.startsWith("inconformities")) {
            byName.put("folio", s.get("inconformity"));
        } else if (kind.startsWith("organos")) {
            byName.put("slug", s.get("body"));
        } else if (kind.startsWith("ejercicios") || kind.startsWith("exercises")) {
            byName.put("slug", s.get("exercise"));
        } else if (kind.startsWith("presupuestos-participativos")) {
            byName.put("slug", s.get("pbProcess"));
            byName.put("number", "1");
            byName.put("id", "1"); // a comment: anonymous and other scopes are refused before it is looked up
            byName.put("file", "1"); // a project's file: refused before it is looked up too (ADR 0088)
        } else if (kind.startsWith("calls")) {
            byName.put("slug", s.get("call"));
        } else if (kind.startsWith("challenges/{slug}")) {
            byName.put("slug", s.get("challenge"));
        } else if (kind.startsWith("consultas")) {
            byName.put("slug", s.get("pcConsultation"));
        } else if (kind.startsWith("reuniones") || kind.startsWith("meetings")) {
            byName.put("id", s.get("meeting"));
        } else if (kind.startsWith("convocatorias")) {
            byName.put("slug", s.get("call"));
        } else if (kind.startsWith("retos")) {
            byName.put("slug", s.get("challenge"));
            byName.put("id", kind.contains("criterios") ? s.get("criterion") : kind.contains("jurado") ? s.get("juror")
                    : s.get("submission"));
        } else if (kind.startsWith("admin/calendarios") || kind.startsWith("calendars")) {
            byName.put("slug", s.get("calendar"));
            byName.put("calendar", s.get("calendar"));
            byName.put("id", s.get("day"));
        } else if (kind.startsWith("admin/jurisdicciones") || kind.startsWith("jurisdictions")) {
            byName.put("slug", s.get("jurisdiction"));
        } else if (kind.startsWith("admin/instituciones") || kind.startsWith("institutions") || kind.startsWith("unidad")
                || kind.startsWith("guarantor-authorities")) {
            byName.put("slug", s.get("institution"));
        } else if (kind.startsWith("admin/cuentas")) {
            byName.put("id", s.get("account"));
        } else if (kind.startsWith("planes")) {
            byName.put("id", s.get("plan"));
        } else if (kind.startsWith("compromisos") || kind.startsWith("commitments")) {
            byName.put("id", kind.contains("evidencias/") ? s.get("evidence") : s.get("commitment"));
        } else if (kind.startsWith("milestones")) {
            byName.put("id", s.get("milestone"));
        } else if (kind.startsWith("evidence")) {
            byName.put("id", s.get("evidence"));
        } else if (kind.startsWith("mesas")) {
            byName.put("id", s.get("table"));
        } else if (kind.startsWith("propuestas") || kind.startsWith("proposals")) {
            byName.put("id", s.get("proposal"));
            byName.put("file", "1"); // a proposal's file: anyone but its author and moderators is refused first
        } else if (kind.startsWith("comentarios")) {
            byName.put("id", s.get("comment"));
        } else if (kind.startsWith("enmiendas") || kind.startsWith("amendments")) {
            byName.put("id", s.get("amendment"));
        } else if (kind.startsWith("opiniones") || kind.startsWith("feedback")) {
            byName.put("kind", s.get("feedbackKind"));
            byName.put("id", kind.startsWith("feedback") ? s.get("feedback") : s.get("feedbackItem"));
            byName.put("feedbackId", s.get("feedback"));
        } else if (kind.startsWith("archivos") || kind.startsWith("archives")) {
            byName.put("slug", "poder-ejecutivo-durango");
            byName.put("id", s.get("archiveFile"));
            byName.put("number", "1");
            byName.put("kind", "primarias");
            byName.put("holdId", "1");
            byName.put("year", "2026");
            byName.put("position", "1");
            byName.put("step", kind.contains("bajas") ? "confirmacion" : "licitacion");
        } else if (kind.startsWith("normas")) {
            byName.put("slug", s.get("norm"));
        } else if (kind.startsWith("datos/publicar")) {
            byName.put("name", s.get("dataset"));
            byName.put("id", s.get("datasetResource"));
        } else if (kind.startsWith("admin/nacional")) {
            byName.put("id", "1");
        } else if (kind.startsWith("cuenta/tokens")) {
            byName.put("id", s.get("token"));
        } else if (kind.startsWith("boletin") || kind.startsWith("moderacion/apelaciones")
                || kind.startsWith("cuenta/notificaciones")) {
            byName.put("id", "1"); // refused before it is looked up
        } else if (kind.startsWith("conversacion")) {
            byName.put("kind", "commitment"); // a comment on a commitment of the demo's published plan
            byName.put("id", s.get("commitment")); // a subject, or a comment: refused before it is looked up
        } else if (kind.startsWith("personas")) {
            byName.put("nickname", "vecina-centro"); // the demo's profile
        }
        byName.putIfAbsent("institution", s.get("institution"));
        byName.putIfAbsent("number", s.get("session"));
        byName.putIfAbsent("agreement", s.get("agreement"));
        byName.putIfAbsent("membershipId", s.get("membership"));
        byName.putIfAbsent("commitment", s.get("commitment"));
        byName.putIfAbsent("exercise", s.get("exercise"));
        byName.putIfAbsent("call", s.get("call"));
        byName.putIfAbsent("milestone", s.get("milestone"));
        byName.putIfAbsent("ocid", s.get("ocid"));
        byName.putIfAbsent("step", "licitacion");
        byName.putIfAbsent("token", "no-existe");
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = byName.get(m.group(1));
            assertThat(value).as("a sample for {" + m.group(1) + "} in " + pattern).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
