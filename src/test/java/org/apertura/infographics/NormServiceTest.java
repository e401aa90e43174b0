package org.apertura.infographics;

import static org.apertura.archives.ArchivesTesting.as;
import static org.apertura.infographics.NormTesting.draft;
import static org.apertura.infographics.NormTesting.step;
import static org.apertura.infographics.NormTesting.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apertura.IntegrationTest;
import org.apertura.infographics.CitizenVersion.Branch;
import org.apertura.deadlines.CalendarService;
import org.apertura.jurisdiction.JurisdictionDraft;
import org.apertura.jurisdiction.JurisdictionLevel;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.deadlines.RuleSetAdoptionDraft;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.security.Role;
import org.apertura.platform.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Publishing norms: only the institution's editors write its norms; a step without its deadline type or an endless
 * cycle is refused and nothing is saved; a new version keeps the earlier one readable and each goes to the ledger;
 * and the procedures generated from the law rule sets follow the rule set a jurisdiction adopts.
 */
@IntegrationTest
class NormServiceTest {

    private static final String CONGRESS = "congreso-durango";

    @Autowired
    NormService norms;
    @Autowired
    LawNorms generated;
    @Autowired
    JurisdictionService directory;
    @Autowired
    CalendarService calendars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private long rows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM infographics_norm) + (SELECT COUNT(*) FROM "
                + "infographics_norm_version) + (SELECT COUNT(*) FROM ledger_entry)", Long.class);
    }

    private static String slug(String base) {
        return base + "-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void anEditorPublishesAndRevisesAndTheEarlierVersionStaysReadableAndInTheLedger() {
        String slug = slug("manual");
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(slug, CONGRESS, NormTesting.simple(), null), null));
        CitizenVersion longer = version(List.of(step("Tú", 10, DayType.CALENDAR), step("La oficina", 3,
                DayType.BUSINESS)));
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.revise(slug, draft(slug, CONGRESS, longer, "Plazo de 3 días."),
                null));
        NormView current = norms.find(slug).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.citizenVersion().steps().get(1).days()).isEqualTo(3);
        NormView first = norms.version(slug, 1);
        assertThat(first.citizenVersion().steps().get(1).days()).isEqualTo(5);
        assertThat(first.isCurrent()).isFalse();
        assertThat(norms.versions(slug)).extracting(NormVersion::getChangeNote).containsExactly("Plazo de 3 días.", null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE type = 'norm.published' AND payload "
                + "LIKE ?", Long.class, "%" + slug + "%")).isEqualTo(2);
    }

    @Test
    void eachVersionKeepsTheOfficialTextItWasWrittenFrom() {
        String slug = slug("reglas");
        byte[] first = "%PDF-1.4\n% reglas de operacion 2025\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = "%PDF-1.4\n% reglas de operacion 2026\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(slug, CONGRESS, NormTesting.simple(), null),
                new NormService.OfficialFile("reglas-2025.pdf", first)));
        NormDraft reform = new NormDraft(slug, CONGRESS, NormType.MANUAL, "Manual de apoyos de prueba",
                "Periódico Oficial (prueba), reforma", java.time.LocalDate.of(2026, 1, 15),
                "https://example.mx/manual-2026.pdf", NormTesting.simple(), "Reforma de 2026.");
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.revise(slug, reform, new NormService.OfficialFile("reglas-2026.pdf",
                second)));
        // a third version without a new file keeps the second's; its address is the one left in the form (none)
        NormDraft plain = new NormDraft(slug, CONGRESS, NormType.MANUAL, "Manual de apoyos de prueba",
                "Periódico Oficial (prueba), reforma", java.time.LocalDate.of(2026, 1, 15), " ", NormTesting.simple(),
                "Lenguaje más claro.");
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.revise(slug, plain, null));

        NormView v1 = norms.version(slug, 1);
        assertThat(v1.officialUrl()).isEqualTo("https://example.mx/manual.pdf");
        assertThat(v1.officialFileName()).isEqualTo("reglas-2025.pdf");
        assertThat(v1.officialFilePath()).isEqualTo("/normas/" + slug + "/versiones/1/texto-oficial");
        assertThat(norms.officialFile(slug, 1).orElseThrow().bytes()).isEqualTo(first);
        assertThat(norms.version(slug, 2).officialUrl()).isEqualTo("https://example.mx/manual-2026.pdf");
        assertThat(norms.officialFile(slug, 2).orElseThrow().bytes()).isEqualTo(second);
        NormView current = norms.find(slug).orElseThrow();
        assertThat(current.version()).isEqualTo(3);
        assertThat(current.officialUrl()).isNull();
        assertThat(current.officialFileName()).isEqualTo("reglas-2026.pdf");
        assertThat(current.officialFilePath()).isEqualTo("/normas/" + slug + "/texto-oficial");
        assertThat(norms.officialFile(slug).orElseThrow().bytes()).isEqualTo(second);
    }

    @Test
    void aCitizenVersionHardToReadCarriesAWarningAndAPlainOneDoesNot() throws Exception {
        String hard = slug("lineamientos");
        String sentence = "La presente disposición administrativa reglamentaria establece los procedimientos "
                + "interinstitucionales correspondientes para la determinación, cuantificación, verificación, "
                + "dictaminación y otorgamiento de prestaciones extraordinarias complementarias a las personas "
                + "beneficiarias identificadas mediante los instrumentos metodológicos institucionalizados.";
        CitizenVersion dense = new CitizenVersion(List.of(new CitizenVersion.Point(sentence, "art. 1"),
                new CitizenVersion.Point(sentence, "art. 1 bis")),
                List.of(new CitizenVersion.Point(sentence, "art. 2")), List.of(), List.of(), List.of(step(
                        "Unidad administrativa responsable", 10, DayType.BUSINESS)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(hard, CONGRESS, dense, null), null));
        String warning = "Esta versión ciudadana todavía es difícil de leer (INFLESZ menor a 55).";
        assertThat(page("/normas/" + hard)).contains(warning);
        String plain = slug("manual");
        as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(plain, CONGRESS, NormTesting.simple(), null), null));
        assertThat(page("/normas/" + plain)).contains("INFLESZ").doesNotContain(warning);
    }

    private String page(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aStepWithoutItsDeadlineTypeOrAnEndlessCycleIsRefusedAndNothingIsSaved() {
        long before = rows();
        CitizenVersion noType = version(List.of(step("Tú", 10, null)));
        assertThatThrownBy(() -> as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(slug("sin-tipo"), CONGRESS,
                noType, null), null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("norm.error.step.dayType"));
        CitizenVersion cycle = version(List.of(step("Tú", 1, DayType.BUSINESS, new Branch("Otra vez", 2)),
                step("La oficina", 1, DayType.BUSINESS, new Branch("Otra vez", 1))));
        assertThatThrownBy(() -> as(Role.NORMS_EDITOR, CONGRESS, () -> norms.create(draft(slug("ciclo"), CONGRESS,
                cycle, null), null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("norm.error.cycle"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void onlyEditorsOfTheInstitutionWriteItsNorms() {
        String slug = slug("ajeno");
        long before = rows();
        assertThatThrownBy(() -> as(Role.NORMS_EDITOR, "poder-judicial-durango", () -> norms.create(draft(slug,
                CONGRESS, NormTesting.simple(), null), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.LIAISON, CONGRESS, () -> norms.create(draft(slug, CONGRESS,
                NormTesting.simple(), null), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> norms.create(draft(slug, CONGRESS, NormTesting.simple(), null), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.NORMS_EDITOR, CONGRESS, () -> norms.revise(InfographicsDemo.SLUG,
                draft(null, CONGRESS, NormTesting.simple(), "cambio"), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theGeneratedProceduresFollowTheRuleSetTheJurisdictionAdopts() {
        String municipality = slug("municipio");
        SystemActor.run(() -> {
            directory.createJurisdiction(new JurisdictionDraft(municipality, "Municipio de prueba de normas",
                    JurisdictionLevel.MUNICIPALITY, "durango", null, "Para probar las normas generadas.", null));
        });
        NormView before = generated.find(LawNorms.ACCESS, municipality).orElseThrow();
        assertThat(before.generated().jurisdictionSlug()).isEqualTo(municipality);
        assertThat(answerDays(before)).isEqualTo(20);
        assertThat(before.generated().ruleSet()).isEqualTo("LGTAIP-2025");
        SystemActor.run(() -> calendars.adopt(new RuleSetAdoptionDraft(municipality, "VARIANTE-15-10", "2025-03-21")));
        NormView after = generated.find(LawNorms.ACCESS, municipality).orElseThrow();
        assertThat(after.generated().ruleSet()).isEqualTo("VARIANTE-15-10");
        assertThat(answerDays(after)).isEqualTo(15);
        assertThat(after.contentSha256()).isNotEqualTo(before.contentSha256());
        assertThat(answerDays(generated.find(LawNorms.ACCESS, "durango").orElseThrow())).isEqualTo(20);
        NormView appeal = generated.find(LawNorms.APPEAL, municipality).orElseThrow();
        assertThat(appeal.citizenVersion().problems()).isEmpty();
        assertThat(after.citizenVersion().problems()).isEmpty();
        assertThat(appeal.citizenVersion().steps().get(0).days()).isEqualTo(15);
    }

    private static int answerDays(NormView access) {
        return access.citizenVersion().steps().stream().filter(s -> s.what().startsWith("Te responde")).findFirst()
                .orElseThrow().days();
    }
}
