package org.apertura.archives;

import static org.apertura.archives.ArchivesTesting.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.apertura.IntegrationTest;
import org.apertura.jurisdiction.Branch;
import org.apertura.jurisdiction.InstitutionDraft;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PADA of a year: drafted by the área coordinadora (not by an archivist), published with its activities within the
 * first 30 days, its report published once the year is over with the year's figures frozen (training held, activities
 * done); training sessions; a verification visit whose compliance figure Apertura computes from its checklist, partly
 * from what it records itself. Bad input is refused with its reason and nothing is saved.
 */
@IntegrationTest
class ArchivalDevelopmentTest {

    @Autowired
    ArchivalDevelopment development;
    @Autowired
    JurisdictionService directory;
    @Autowired
    Today today;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void aPadaIsPublishedOnTimeAndItsReportFreezesTheYearsFigures() throws Exception {
        String slug = institution();
        int year = today.date().getYear() - 1;
        assertThatThrownBy(() -> as(Role.ARCHIVIST, slug, () -> development.draft(slug, year, "Objetivos")))
                .isInstanceOf(AccessDeniedException.class);
        today.on(LocalDate.of(year, 1, 12), () -> coordinator(slug, () -> {
            development.draft(slug, year, "Ordenar los archivos de trámite.");
            assertProblem(() -> development.publish(slug, year), "archives.pada.error.noActivities");
            assertProblem(() -> development.addActivity(slug, year, "Cuadro", LocalDate.of(year + 1, 2, 1)),
                    "archives.pada.error.due");
            development.addActivity(slug, year, "Aprobar el cuadro de clasificación", LocalDate.of(year, 3, 31));
            development.addActivity(slug, year, "Capacitar a los responsables", LocalDate.of(year, 6, 30));
            return development.publish(slug, year);
        }));
        mvc.perform(get("/archivos/" + slug + "/pada/" + year)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Programa anual de desarrollo archivístico " + year),
                        Matchers.containsString("publicado a tiempo"),
                        Matchers.containsString("Aprobar el cuadro de clasificación"))));

        today.on(LocalDate.of(year, 7, 1), () -> as(Role.ARCHIVIST, slug, () -> {
            assertProblem(() -> development.recordTraining(slug, LocalDate.of(year, 7, 2), "Futuro", 3),
                    "archives.training.error.date");
            return development.recordTraining(slug, LocalDate.of(year, 6, 20), "Organización de expedientes", 27);
        }));
        today.on(LocalDate.of(year, 7, 1), () -> coordinator(slug, () -> {
            assertProblem(() -> development.publishReport(slug, year, "Informe"), "archives.pada.error.yearNotOver");
            return development.done(slug, year, 2, LocalDate.of(year, 6, 20));
        }));
        today.on(LocalDate.of(year, 7, 2), () -> coordinator(slug, () -> {
            assertProblem(() -> development.done(slug, year, 2, LocalDate.of(year, 7, 1)), "archives.pada.error.alreadyDone");
            assertProblem(() -> development.done(slug, year, 1, LocalDate.of(year - 1, 12, 31)), "archives.pada.error.doneOn");
            return null;
        }));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pada.activity.done' AND payload "
                + "LIKE ?", Long.class, "%\"institution\":\"" + slug + "\"%")).as("the activity done, in the ledger once")
                .isEqualTo(1);
        Pada reported = today.on(LocalDate.of(year + 1, 1, 20), () -> coordinator(slug,
                () -> development.publishReport(slug, year, "Se capacitó a 27 personas.")));
        assertThat(reported.isReportOnTime()).isTrue();
        assertThat(reported.getReport()).isEqualTo(new PadaReport(0, 0, 0, 0, 0, 1, 27, 1, 2));
        as(Role.ARCHIVIST, slug, () -> development.recordTraining(slug, LocalDate.of(year, 12, 1), "Tarde", 5));
        assertThat(development.pada(slug, year).getReport().attendees()).as("frozen when published").isEqualTo(27);
        mvc.perform(get("/archivos/" + slug + "/pada/" + year)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Se capacitó a 27 personas."),
                        Matchers.containsString("1 sesiones, 27 asistentes"),
                        Matchers.containsString("1 de 2 hechas (50 %)"))));
        coordinator(slug, () -> development.draft(slug, year + 1, "Borrador sin publicar"));
        coordinator(slug, () -> development.addActivity(slug, year + 1, "Depurar el archivo de concentración",
                LocalDate.of(year + 1, 12, 31)));
        coordinator(slug, () -> {
            assertProblem(() -> development.done(slug, year + 1, 1, today.date()), "archives.pada.error.notPublished");
            return null;
        });
        mvc.perform(get("/archivos/" + slug + "/pada/" + (year + 1))).andExpect(status().isNotFound());

        // the published programmes download with their progress; the draft does not
        String padas = mvc.perform(get("/archivos/" + slug + "/desarrollo/programas.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(padas).startsWith("\uFEFFAño,Publicado el,A tiempo,Actividades,Hechas,Informe publicado el\r\n")
                .contains(year + ",").contains(",true,2,1," + (year + 1) + "-01-20").doesNotContain((year + 1) + ",");
        mvc.perform(get("/archivos/" + slug + "/desarrollo/programas.json")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].activitiesDone")
                        .value(1));
        mvc.perform(get("/archivos/" + slug + "/desarrollo/capacitaciones.json")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[*].attendees")
                        .value(Matchers.containsInAnyOrder(27, 5)));
        mvc.perform(get("/archivos/no-existe/desarrollo/programas.csv")).andExpect(status().isNotFound());
    }

    @Test
    void aVisitsComplianceFigureIsTheShareOfItsChecklistMet() throws Exception {
        String slug = institution();
        assertProblem(() -> coordinator(slug, () -> development.recordVisit(slug, new ArchivalDevelopment.Observation(
                today.date(), " ", true, true, true, "", null))), "archives.visit.error.visitor");
        Visit visit = coordinator(slug, () -> development.recordVisit(slug, new ArchivalDevelopment.Observation(
                today.date(), "Órgano Interno de Control", true, false, true, "Inventarios sin actualizar.",
                "Actualizarlos en 30 días.")));
        // no instruments approved (computed: not met), areas met, inventories not met, covers met, no overdue transfer
        assertThat(visit.getChecklist()).containsExactly(java.util.Map.entry("instruments", false),
                java.util.Map.entry("areas", true), java.util.Map.entry("inventories", false),
                java.util.Map.entry("covers", true), java.util.Map.entry("transfers", true));
        assertThat(visit.getCompliance()).isEqualTo(60);
        mvc.perform(get("/archivos/" + slug + "/desarrollo")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Cumplimiento: 60 %"),
                        Matchers.containsString("Inventarios sin actualizar."),
                        Matchers.containsString("No cumple: Instrumentos archivísticos aprobados y publicados"))));
        String visits = mvc.perform(get("/archivos/" + slug + "/desarrollo/visitas.csv?idioma=en"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(visits).startsWith("\uFEFFDate,Verified by,Compliance (%),Findings,Follow-up\r\n")
                .contains(today.date() + ",Órgano Interno de Control,60,Inventarios sin actualizar.,Actualizarlos en 30 días.");
    }

    @Test
    void aTrainingsAttendanceNamesTheStaffAndOnlyCountsEveryoneElse() throws Exception {
        String slug = institution();
        LocalDate held = today.date().minusDays(3);
        assertProblem(() -> as(Role.ARCHIVIST, slug, () -> development.recordTraining(slug, held, "Nadie", "  \n",
                0)), "archives.training.error.attendees");
        assertProblem(() -> as(Role.ARCHIVIST, slug, () -> development.recordTraining(slug, held, "Línea larga",
                "X".repeat(ArchivalDevelopment.MAX_STAFF_LINE + 1), 3)), "archives.training.error.staff");
        assertThat(development.trainings(slug)).as("nothing saved").isEmpty();

        Training training = as(Role.ARCHIVIST, slug, () -> development.recordTraining(slug, held,
                "Descripción de expedientes", "Lic. Ana Sofía Reyes Castro, Jefa del Archivo de Concentración\n\n"
                        + "  Mtro. Julio César Soto Medina, Coordinador de Archivos  \n", 10));
        assertThat(training.getStaff()).containsExactly("Lic. Ana Sofía Reyes Castro, Jefa del Archivo de Concentración",
                "Mtro. Julio César Soto Medina, Coordinador de Archivos");
        assertThat(training.getPublicAttendees()).isEqualTo(10);
        assertThat(training.getAttendees()).isEqualTo(12);

        mvc.perform(get("/archivos/" + slug + "/desarrollo")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Descripción de expedientes"),
                        Matchers.containsString("Mtro. Julio César Soto Medina, Coordinador de Archivos"),
                        Matchers.containsString("<td>10</td>"), Matchers.containsString("<td>12</td>"))));
        mvc.perform(get("/archivos/" + slug + "/desarrollo/capacitaciones.json")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("\"staffAttendees\":2"),
                        Matchers.containsString("\"publicAttendees\":10"), Matchers.containsString(
                                "Lic. Ana Sofía Reyes Castro, Jefa del Archivo de Concentración; Mtro. Julio César"))));
        assertThat(jdbc.queryForObject("SELECT payload FROM ledger_entry WHERE type = 'training.recorded' AND payload "
                + "LIKE ?", String.class, "%\"institution\":\"" + slug + "\"%")).as("the ledger counts, names no one")
                .contains("\"staffAttendees\":2", "\"publicAttendees\":10").doesNotContain("Reyes");
    }

    @Test
    void badProgrammeTrainingAndVisitInputIsRefusedInSpanishAndEnglishAndNothingIsSaved() {
        String slug = institution();
        int year = today.date().getYear();
        refused(() -> coordinator(slug, () -> development.draft(slug, year, "   ")), "archives.pada.error.objectives");
        refused(() -> coordinator(slug, () -> development.draft(slug, 2018, "Objetivos")), "archives.pada.error.year");
        coordinator(slug, () -> development.draft(slug, year, "Ordenar el archivo"));
        refused(() -> coordinator(slug, () -> development.draft(slug, year, "Otra vez")), "archives.pada.error.exists");
        refused(() -> coordinator(slug, () -> development.addActivity(slug, year, " ", LocalDate.of(year, 6, 1))),
                "archives.pada.error.activity");
        refused(() -> coordinator(slug, () -> development.publishReport(slug, year, "")), "archives.pada.error.report",
                "archives.pada.error.yearNotOver", "archives.pada.error.reportText");
        coordinator(slug, () -> development.addActivity(slug, year, "Inventario", LocalDate.of(year, 6, 1)));
        coordinator(slug, () -> development.publish(slug, year));
        refused(() -> coordinator(slug, () -> development.addActivity(slug, year, "Tarde", LocalDate.of(year, 7, 1))),
                "archives.pada.error.published");
        refused(() -> as(Role.ARCHIVIST, slug, () -> development.recordTraining(slug, today.date(), " ", 3)),
                "archives.training.error.topic");
        refused(() -> coordinator(slug, () -> development.recordVisit(slug, new ArchivalDevelopment.Observation(
                today.date().plusDays(1), "Órgano Interno de Control", true, true, true, " ", "x".repeat(4001)))),
                "archives.visit.error.date", "archives.visit.error.findings", "archives.visit.error.followUp");
        assertThat(development.trainings(slug)).isEmpty();
        assertThat(development.pada(slug, year).isPublished()).isTrue();
    }

    /** Refused with exactly these keys, each worded in Spanish and in English (different words, no placeholder). */
    private void refused(Runnable work, String... keys) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactlyInAnyOrder(keys);
            e.problems().forEach(p -> {
                String es = messages.getMessage(p.messageKey(), p.args(), Today.LOCALE);
                String en = messages.getMessage(p.messageKey(), p.args(), java.util.Locale.ENGLISH);
                assertThat(es).as(p.messageKey()).isNotBlank().doesNotContain("{0}").isNotEqualTo(en);
                assertThat(en).as(p.messageKey()).isNotBlank().doesNotContain("{0}");
            });
        });
    }

    private String institution() {
        String slug = "archivo-desarrollo-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> directory.createInstitution(new InstitutionDraft(slug, "Instituto de prueba " + slug,
                null, "durango", Branch.AUTONOMOUS, false, null, null)));
        return slug;
    }

    private static <T> T coordinator(String slug, java.util.function.Supplier<T> work) {
        return as(Role.COORDINATING_ARCHIVIST, slug, work);
    }

    private static void assertProblem(Runnable work, String key) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).contains(key));
    }
}
