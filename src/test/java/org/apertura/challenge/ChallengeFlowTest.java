package org.apertura.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.actionplan.Milestone;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A challenge from registration to results through the service, and every refusal on the way: each
 * leaves nothing changed (same public record, same ledger).
 */
@IntegrationTest
class ChallengeFlowTest {

    @Autowired
    ChallengeService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    ActingAs actingAs;
    @Autowired
    LedgerService ledger;

    private ChallengeFixtures.Setting setting;
    private String slug;

    @BeforeEach
    void challenge() {
        setting = ChallengeFixtures.setting(secretariat, plans, accounts);
        actingAs.run(setting.coordinator().getId(), () -> {
            slug = service.createPublished(setting.commitment().getId(),
                    ChallengeFixtures.openToday("Reto de prueba", service.today())).getSlug();
            service.addCriterion(slug, "Utilidad", "¿Sirve a la gente?", 3);
            service.addCriterion(slug, "Calidad", null, 1);
        });
    }

    private void as(Account account, Runnable work) {
        actingAs.run(account.getId(), work);
    }

    private void refused(Account account, Runnable work, String key) {
        long before = ledger.verify().entries();
        ChallengeDetail detail = service.detail(slug);
        assertThatThrownBy(() -> as(account, work)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::messageKey)
                        .contains(key));
        assertThat(ledger.verify().entries()).isEqualTo(before);
        assertNothingChanged(detail);
    }

    private void denied(Account account, Runnable work) {
        long before = ledger.verify().entries();
        ChallengeDetail detail = service.detail(slug);
        assertThatThrownBy(() -> as(account, work)).isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.verify().entries()).isEqualTo(before);
        assertNothingChanged(detail);
    }

    private void assertNothingChanged(ChallengeDetail before) {
        ChallengeDetail after = service.detail(slug);
        assertThat(after.teams()).isEqualTo(before.teams());
        assertThat(after.jury()).isEqualTo(before.jury());
        assertThat(after.rubric()).extracting(Criterion::getName).isEqualTo(before.rubric().stream().map(Criterion::getName).toList());
        assertThat(after.submissions()).extracting(s -> s.submission().getTitle() + s.submission().getLicence()
                + s.submission().getRevision() + s.submission().getAward())
                .isEqualTo(before.submissions().stream().map(s -> s.submission().getTitle() + s.submission().getLicence()
                        + s.submission().getRevision() + s.submission().getAward()).toList());
        assertThat(after.followUps()).isEqualTo(before.followUps());
        assertThat(after.challenge().getSubmissionsClose()).isEqualTo(before.challenge().getSubmissionsClose());
        assertThat(after.challenge().isPublished()).isEqualTo(before.challenge().isPublished());
    }

    @Test
    void aChallengeRunsFromRegistrationToResultsAndFollowUp() {
        Account ana = TestAccounts.person(accounts, "Ana del equipo A");
        Account beto = TestAccounts.person(accounts, "Beto del equipo B");
        Account juror = TestAccounts.person(accounts, "Jurado que también es del equipo A");
        Account juror2 = TestAccounts.person(accounts, "Segundo jurado");
        Account outsider = TestAccounts.person(accounts, "Persona sin equipo");
        Account coordinator = setting.coordinator();
        as(coordinator, () -> {
            service.addJuror(slug, juror.getEmail());
            service.addJuror(slug, juror2.getEmail().toUpperCase());
        });
        refused(coordinator, () -> service.addJuror(slug, juror.getEmail()), "challenge.error.jurorTwice");
        refused(coordinator, () -> service.addJuror(slug, "nadie@ejemplo.mx"), "challenge.error.jurorAccount");

        Team[] teams = new Team[2];
        as(ana, () -> teams[0] = service.registerTeam(slug, "Equipo  Alfa"));
        assertThat(teams[0].getName()).isEqualTo("Equipo Alfa");
        refused(beto, () -> service.registerTeam(slug, "equipo alfa"), "challenge.error.teamNameTaken");
        as(beto, () -> teams[1] = service.registerTeam(slug, "Equipo Beta"));
        refused(ana, () -> service.registerTeam(slug, "Otro equipo"), "challenge.error.alreadyInTeam");
        refused(outsider, () -> service.joinTeam(slug, "NOEXISTE"), "challenge.error.joinCode");
        as(juror, () -> service.joinTeam(slug, teams[0].getJoinCode().toLowerCase()));
        refused(juror, () -> service.joinTeam(slug, teams[1].getJoinCode()), "challenge.error.alreadyInTeam");
        assertThat(service.detail(slug).teams()).extracting(ChallengeDetail.TeamView::members)
                .containsExactly(List.of("Ana del equipo A", "Jurado que también es del equipo A"),
                        List.of("Beto del equipo B"));

        refused(outsider, () -> service.submit(slug, "Sin equipo", "Descripción", "https://ejemplo.mx", "MIT"),
                "challenge.error.noTeam");
        refused(beto, () -> service.submit(slug, "Mapa", "Un mapa de proveedores.", "https://codigo.example.org/mapa",
                "CC-BY-NC-4.0"), "challenge.licence.nonCommercial");
        refused(beto, () -> service.submit(slug, "Mapa", "Un mapa.", "ftp://codigo", "proprietary"),
                "challenge.licence.unknown");
        as(beto, () -> service.submit(slug, "Mapa", "Un mapa de proveedores.", "https://codigo.example.org/mapa",
                " cc-by-4.0 "));
        as(ana, () -> service.submit(slug, "Semáforo", "Primera versión.", "https://codigo.example.org/semaforo", "MIT"));
        as(juror, () -> service.submit(slug, "Semáforo de contratos", "Segunda versión.",
                "https://codigo.example.org/semaforo", "GPL-3.0-or-later"));
        assertThat(service.detail(slug).submissions()).extracting(s -> s.submission().getTitle(),
                s -> s.submission().getLicence(), s -> s.submission().getRevision())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mapa", "CC-BY-4.0", 1),
                        org.assertj.core.groups.Tuple.tuple("Semáforo de contratos", "GPL-3.0-or-later", 2));

        Challenge challenge = service.challenge(slug);
        List<Criterion> rubric = service.rubric(challenge);
        Submission alfa = service.submissionOf(teams[0]).orElseThrow();
        Submission beta = service.submissionOf(teams[1]).orElseThrow();
        refused(juror2, () -> service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 8, 8), null),
                "challenge.error.notJudging");
        refused(coordinator, () -> service.publishResults(slug, Map.of()), "challenge.error.notJudging");

        as(coordinator, () -> service.change(slug, ChallengeFixtures.closedYesterday(challenge, service.today())));
        refused(ana, () -> service.submit(slug, "Tarde", "Tarde.", "https://codigo.example.org/tarde", "MIT"),
                "challenge.error.submissionsClosed");
        refused(outsider, () -> service.registerTeam(slug, "Equipo Tardío"), "challenge.error.registrationClosed");
        denied(outsider, () -> service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 5, 5), null));
        refused(juror, () -> service.score(slug, alfa.getId(), ChallengeFixtures.scores(rubric, 10, 10), "¡El mejor!"),
                "challenge.error.ownTeam");
        refused(juror, () -> service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 11, 5), null),
                "challenge.error.score");
        as(juror, () -> service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 6, 9), "Buen mapa."));
        refused(coordinator, () -> service.addCriterion(slug, "Nuevo", null, 1), "challenge.error.rubricFrozen");
        refused(coordinator, () -> service.change(slug, ChallengeFixtures.openToday("Reabrir", service.today())),
                "challenge.error.reopen");
        refused(coordinator, () -> service.publishResults(slug, Map.of()), "challenge.error.missingScores");
        assertThat(service.missingScores(service.challenge(slug)))
                .containsExactlyInAnyOrder("Segundo jurado: Mapa", "Segundo jurado: Semáforo de contratos");
        assertThat(service.detail(slug).submissions()).allSatisfy(s -> assertThat(s.score()).isNull());

        as(juror2, () -> {
            service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 7, 7), null);
            service.score(slug, alfa.getId(), ChallengeFixtures.scores(rubric, 9, 5), "Muy útil.");
            service.score(slug, alfa.getId(), ChallengeFixtures.scores(rubric, 9, 9), "Muy útil y bien hecho.");
        });
        denied(outsider, () -> service.publishResults(slug, Map.of()));
        as(coordinator, () -> service.publishResults(slug, Map.of(alfa.getId(), "Primer lugar")));

        ChallengeDetail results = service.detail(slug);
        assertThat(results.phase()).isEqualTo(ChallengePhase.RESULTS);
        assertThat(results.submissions()).extracting(s -> s.submission().getTitle(), s -> s.score().toPlainString(),
                ChallengeDetail.SubmissionView::rank, s -> s.submission().getAward())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Semáforo de contratos", "9.00", 1, "Primer lugar"),
                        org.assertj.core.groups.Tuple.tuple("Mapa", "6.88", 2, null));
        assertThat(results.submissions().get(1).evaluations()).extracting(ChallengeDetail.EvaluationView::juror,
                ChallengeDetail.EvaluationView::scores, ChallengeDetail.EvaluationView::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jurado que también es del equipo A", List.of(6, 9), "Buen mapa."),
                        org.assertj.core.groups.Tuple.tuple("Segundo jurado", List.of(7, 7), null));
        refused(juror2, () -> service.score(slug, beta.getId(), ChallengeFixtures.scores(rubric, 1, 1), null),
                "challenge.error.published");
        refused(coordinator, () -> service.addJuror(slug, outsider.getEmail()), "challenge.error.published");

        Milestone milestone = plans.milestones(setting.commitment()).get(0);
        Milestone elsewhere = plans.milestones(plans.commitments(plans.plans(plans.exercise("durango-2025-2026")).get(0))
                .get(0)).get(0);
        refused(coordinator, () -> service.linkFollowUp(slug, beta.getId(), milestone.getId(), "Nota"),
                "challenge.error.notWinner");
        refused(coordinator, () -> service.linkFollowUp(slug, alfa.getId(), elsewhere.getId(), "Nota"),
                "challenge.error.milestone");
        denied(ana, () -> service.linkFollowUp(slug, alfa.getId(), milestone.getId(), "Nota"));
        as(coordinator, () -> service.linkFollowUp(slug, alfa.getId(), milestone.getId(), "El hito adoptó el semáforo."));
        refused(coordinator, () -> service.linkFollowUp(slug, alfa.getId(), milestone.getId(), "Otra vez"),
                "challenge.error.followUpTwice");
        assertThat(service.followUpsOfMilestone(milestone.getId())).extracting(ChallengeService.MilestoneFollowUp::submission)
                .containsExactly("Semáforo de contratos");
    }

    @Test
    void onlyTheExercisesCoordinatorOrAnAdministratorRunsAChallenge() {
        Account person = TestAccounts.person(accounts, "Persona cualquiera");
        denied(person, () -> service.addCriterion(slug, "Otro", null, 1));
        denied(person, () -> service.addJuror(slug, person.getEmail()));
        denied(person, () -> service.change(slug, ChallengeFixtures.openToday("Otro", service.today())));
        long before = ledger.verify().entries();
        assertThatThrownBy(() -> as(person, () -> service.createPublished(setting.commitment().getId(),
                ChallengeFixtures.openToday("Intruso", service.today())))).isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.verify().entries()).isEqualTo(before);
        assertThat(service.ofCommitment(setting.commitment().getId())).hasSize(1);
        Account admin = TestAccounts.admin(accounts);
        as(admin, () -> service.addCriterion(slug, "Reutilización", null, 2));
        assertThat(service.rubric(service.challenge(slug))).extracting(Criterion::getName)
                .containsExactly("Utilidad", "Calidad", "Reutilización");
    }

    @Test
    void aChallengeWithBadDatesOrWithoutRubricRefusesWithClearReasons() {
        Account coordinator = setting.coordinator();
        long before = ledger.verify().entries();
        java.time.LocalDate today = service.today();
        assertThatThrownBy(() -> as(coordinator, () -> service.createPublished(setting.commitment().getId(),
                new ChallengeDraft(" ", null, null, "", null, null, "no es una dirección", today, today.minusDays(1),
                        today, today, today))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .contains("title", "kind", "summary", "datasets", "registrationCloses", "resultsOn"));
        assertThat(ledger.verify().entries()).isEqualTo(before);

        String[] bare = new String[1];
        as(coordinator, () -> bare[0] = service.createPublished(setting.commitment().getId(),
                ChallengeFixtures.openToday("Reto sin rúbrica", today)).getSlug());
        Account person = TestAccounts.person(accounts, "Participante");
        as(person, () -> service.registerTeam(bare[0], "Equipo sin rúbrica"));
        String previous = slug;
        slug = bare[0];
        refused(person, () -> service.submit(bare[0], "Entrega", "Descripción.", "https://ejemplo.mx/x", "MIT"),
                "challenge.error.noRubric");
        slug = previous;
    }
}
