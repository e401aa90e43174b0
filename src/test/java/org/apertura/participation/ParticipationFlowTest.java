package org.apertura.participation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apertura.IntegrationTest;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.identity.ActingAs;
import org.apertura.identity.TestAccounts;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.security.SystemActor;
import org.apertura.platform.time.Today;
import org.apertura.secretariat.SecretariatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A participatory budget from project to published result, in the browser's requests and in the service's rules. */
@IntegrationTest
class ParticipationFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipationService service;
    @Autowired
    ActionPlanService plans;
    @Autowired
    SecretariatService secretariat;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Today today;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.apertura.actionplan.EvidenceService evidence;
    @Autowired
    ProjectMedia media;
    @Autowired
    DebateService debates;
    @Autowired
    MigratedPictureSizes pictureSizes;

    @Test
    void theDemoBudgetFundsProjectsWithinEachColoniaAmountFromOnlineAndPaperBallots() throws Exception {
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        assertThat(process.isPublished()).isTrue();
        List<ParticipationService.ResultLine> lines = service.results(process);
        assertThat(lines).isNotEmpty();
        for (BudgetDistrict district : service.districts(process)) {
            BigDecimal funded = lines.stream().filter(l -> l.district().getId().equals(district.getId()))
                    .filter(ParticipationService.ResultLine::funded).map(l -> l.project().getCost())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(funded).isPositive().isLessThanOrEqualTo(district.getAmount());
        }
        assertThat(lines.stream().mapToInt(ParticipationService.ResultLine::online).sum()).isPositive();
        assertThat(lines.stream().mapToInt(ParticipationService.ResultLine::inPerson).sum()).isPositive();
        // The published count is the count the pure function gives from the stored ballots.
        Map<String, BallotCount.Tally> recount = new java.util.HashMap<>();
        service.count(process).forEach((district, tally) -> recount.put(district.getSlug(), tally));
        recount.forEach((district, tally) -> tally.lines().forEach(line -> assertThat(lines).anySatisfy(l -> {
            assertThat(l.project().getId()).isEqualTo(line.candidate().id());
            assertThat(l.funded()).isEqualTo(line.funded());
            assertThat(l.votes()).isEqualTo(line.votes());
        })));
        // Unfeasible projects stay visible with the reason.
        BudgetProject cameras = service.projects(process).stream().filter(p -> p.getStatus() == ProjectStatus.UNFEASIBLE)
                .findFirst().orElseThrow();
        mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/proyectos/" + cameras.getNumber()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No viable")))
                .andExpect(content().string(containsString(cameras.getFeasibilityReport().substring(0, 40))));
        mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/resultados")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votos por proyecto y canal")))
                .andExpect(content().string(containsString("Ver los datos")));
        mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/resultados.csv"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("votos_en_persona")));
        mvc.perform(get("/api/v1/participatory-budgets/" + process.getSlug() + "/results")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"votesInPerson\"")));
        mvc.perform(get("/presupuestos-participativos")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Presupuesto participativo de Durango 2026")));
        mvc.perform(get("/ejercicios/durango-2025-2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/presupuestos-participativos/" + process.getSlug())));

        // Its winners are carried out as milestones of DGO-06, reported with evidence (ADR 0081): one complete with
        // an accepted file kept by Storage, one in progress with a report awaiting review.
        var commitment = service.executingCommitment(process).orElseThrow();
        assertThat(commitment.getCode()).isEqualTo(ParticipationDemo.EXECUTING);
        List<BudgetProject> winners = lines.stream().filter(ParticipationService.ResultLine::funded)
                .map(ParticipationService.ResultLine::project).toList();
        assertThat(winners).isNotEmpty().allSatisfy(p -> assertThat(p.getMilestoneId()).isPresent());
        List<ParticipationService.Execution> executions = winners.stream()
                .map(p -> service.execution(p).orElseThrow()).toList();
        assertThat(executions).anySatisfy(e -> {
            assertThat(e.completedOn()).isNotNull();
            assertThat(e.evidence()).isEqualTo(1);
            assertThat(e.awaitingReview()).isZero();
        });
        assertThat(executions).anySatisfy(e -> {
            assertThat(e.completedOn()).isNull();
            assertThat(e.evidence()).isEqualTo(1);
            assertThat(e.awaitingReview()).isEqualTo(1);
        });
        // a believable year of works, not a column of overdue rows: every winner reported with evidence, all delivered
        // and accepted but the square, late, whose progress report awaits review
        assertThat(executions).allSatisfy(e -> assertThat(e.evidence()).isPositive());
        assertThat(executions).filteredOn(ParticipationService.Execution::overdue).singleElement()
                .satisfies(e -> assertThat(e.milestoneTitle()).contains("Plaza de Armas"));
        var reported = evidence.byMilestone(commitment).values().stream().flatMap(List::stream).toList();
        assertThat(reported).anySatisfy(e -> assertThat(e.getStatus())
                .isEqualTo(org.apertura.actionplan.Evidence.Status.REJECTED));
        assertThat(reported).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(org.apertura.actionplan.Evidence.Kind.FILE);
            assertThat(e.getStatus()).isEqualTo(org.apertura.actionplan.Evidence.Status.ACCEPTED);
            assertThat(evidence.file(e)).isPresent();
        });
        mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/resultados"))
                .andExpect(content().string(containsString("Cumplido el")))
                .andExpect(content().string(containsString("Evidencias presentadas: 1; por revisar: 1")))
                .andExpect(content().string(containsString("/compromisos/" + commitment.getId() + "#hito-")));
        mvc.perform(get("/compromisos/" + commitment.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Proyectos ganadores que ejecuta")))
                .andExpect(content().string(containsString("/presupuestos-participativos/" + process.getSlug()
                        + "/resultados")))
                .andExpect(content().string(containsString("Acta de entrega de las luminarias LED")));
    }

    @Test
    void noPublicOutputNamesAVoterAnAuthorOrACurp() throws Exception {
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        String slug = process.getSlug();
        StringBuilder everything = new StringBuilder();
        for (String path : List.of("/presupuestos-participativos/" + slug, "/presupuestos-participativos/" + slug
                + "/resultados", "/presupuestos-participativos/" + slug + "/proyectos.csv",
                "/presupuestos-participativos/" + slug + "/resultados.csv", "/presupuestos-participativos/" + slug
                        + "/votar", "/presupuestos-participativos/" + slug + "/proyectos/1",
                "/api/v1/participatory-budgets/" + slug, "/api/v1/participatory-budgets/" + slug + "/projects",
                "/api/v1/participatory-budgets/" + slug + "/results", "/api/v1/ledger?subjectKind=pb-process&subjectId=" + process.getId() + "&limit=500")) {
            everything.append(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        String text = everything.toString();
        assertThat(text).doesNotContain("DEMO", "Paty Soto", "Comité de Jardines", "presupuesto.0@demo");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pb_voter WHERE curp_hash LIKE 'DEMO%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aVerifiedVoterFillsAndChangesTheirBallotOnlineAndAnOfficialRegistersAPaperOne() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.KNAPSACK, null);
        Account author = TestAccounts.person(accounts, "Autora de obra");
        BudgetProject a = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Parque", "600000");
        BudgetProject b = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Luz", "300000");
        BudgetProject c = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Banqueta", "500000");
        BudgetProject south = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-sur", "Sur", "100000");
        String base = "/presupuestos-participativos/" + open.slug();
        Account voter = TestAccounts.person(accounts, "Votante");

        // Not yet verified: the ballot is refused with the reason, in Spanish and in English.
        mvc.perform(post(base + "/papeleta").param("choices", a.getId().toString()).with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Para votar, primero regístrese: declare el distrito donde vive y su CURP.")));
        mvc.perform(post(base + "/papeleta").param("choices", a.getId().toString()).header("Accept-Language", "en")
                        .param("lang", "en").with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("To vote, register first: declare the district where you live and your CURP.")));
        // A bad CURP and no declaration: nothing is registered.
        mvc.perform(post(base + "/residencia").param("districtSlug", "colonia-norte").param("curp", "ABCD123456HDGXXX01")
                .with(details.signedIn(voter)).with(csrf())).andExpect(flash().attributeExists("problems"));
        assertThat(service.myVote(open.process())).isEmpty();
        String curp = ParticipationFixtures.curp(7);
        mvc.perform(post(base + "/residencia").param("districtSlug", "colonia-norte").param("curp", curp.toLowerCase())
                .param("declared", "true").with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.declared"));
        // Over the colonia's amount: refused, and no ballot exists.
        mvc.perform(post(base + "/papeleta").param("choices", a.getId().toString(), c.getId().toString())
                .with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Los proyectos elegidos suman 1,100,000.00 pesos y el "
                        + "monto del distrito es 1,000,000.00. Quite alguno.")));
        // A project of another district: refused.
        mvc.perform(post(base + "/papeleta").param("choices", south.getId().toString()).with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attributeExists("problems"));
        assertThat(ballots(open)).isZero();
        mvc.perform(post(base + "/papeleta").param("choices", a.getId().toString(), b.getId().toString())
                .with(details.signedIn(voter)).with(csrf())).andExpect(flash().attribute("notice", "participation.notice.voted"));
        mvc.perform(get(base + "/votar").with(details.signedIn(voter))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sus proyectos suman $900,000.00 de $1,000,000.00.")));
        // Changed before the close: still one ballot, now the new choice.
        mvc.perform(post(base + "/papeleta").param("choices", c.getId().toString()).with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.voted"));
        assertThat(ballots(open)).isEqualTo(1);
        assertThat(service.count(open.process()).values().iterator().next().lines())
                .filteredOn(l -> l.candidate().id() == c.getId()).singleElement()
                .satisfies(l -> assertThat(l.online()).isEqualTo(1));

        // At a table: the same CURP is refused (it voted online), another one counts once, then is refused again.
        SystemActor.run(() -> {
            assertThatThrownBy(() -> service.registerInPerson(open.slug(), curp, "colonia-norte", "Mesa 1",
                    List.of(a.getId()))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .anyMatch(p -> p.messageKey().equals("participation.error.curpUsed")));
            service.registerInPerson(open.slug(), ParticipationFixtures.curp(8), "colonia-norte", "Mesa 1",
                    List.of(a.getId()));
            assertThatThrownBy(() -> service.registerInPerson(open.slug(), ParticipationFixtures.curp(8), "colonia-sur",
                    "Mesa 2", List.of(south.getId()))).isInstanceOf(InvalidInputException.class);
            // Received remotely (by telephone) and registered by an official like a paper one; online is the person's.
            assertThatThrownBy(() -> service.registerByOfficial(open.slug(), Channel.ONLINE,
                    ParticipationFixtures.curp(10), "colonia-sur", "Línea telefónica", List.of(south.getId())))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .anyMatch(p -> p.messageKey().equals("participation.validation.channel")));
            service.registerByOfficial(open.slug(), Channel.REMOTE, ParticipationFixtures.curp(10), "colonia-sur",
                    "Línea telefónica", List.of(south.getId()));
            assertThatThrownBy(() -> service.registerByOfficial(open.slug(), Channel.REMOTE,
                    ParticipationFixtures.curp(10), "colonia-sur", "Línea telefónica", List.of(south.getId())))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(ballots(open)).isEqualTo(3);
        assertThat(service.ballotCounts(open.process())).containsEntry(Channel.ONLINE, 1L)
                .containsEntry(Channel.IN_PERSON, 1L).containsEntry(Channel.REMOTE, 1L);
        // A second registration of the same person in another district is refused.
        mvc.perform(post(base + "/residencia").param("districtSlug", "colonia-sur").param("curp", ParticipationFixtures.curp(9))
                .param("declared", "true").with(details.signedIn(voter)).with(csrf())).andExpect(flash().attributeExists("problems"));

        // After the close: no vote changes; results published once, on the results day.
        today.on(service.today().plusDays(6), () -> {
            assertThatThrownBy(() -> actingAs.run(voter.getId(), () -> service.vote(open.slug(), List.of(b.getId()))))
                    .isInstanceOf(InvalidInputException.class);
            SystemActor.run(() -> service.publishResults(open.slug()));
        });
        List<ParticipationService.ResultLine> results = service.results(service.process(open.slug()));
        // a (paper) and c (online, after the change) tie at one vote; c is cheaper, so it goes first and is funded;
        // a no longer fits in what is left (1,000,000 - 500,000); b got no vote; the south project's remote vote funds it.
        assertThat(results).filteredOn(ParticipationService.ResultLine::funded).extracting(l -> l.project().getId())
                .containsExactlyInAnyOrder(c.getId(), south.getId());
        assertThat(results).filteredOn(l -> l.project().getId().equals(south.getId())).singleElement()
                .satisfies(l -> {
                    assertThat(l.remote()).isEqualTo(1);
                    assertThat(l.votes()).isEqualTo(1);
                });
        assertThat(results).filteredOn(l -> l.project().getId().equals(a.getId())).singleElement()
                .satisfies(l -> {
                    assertThat(l.position()).isEqualTo(2);
                    assertThat(l.inPerson()).isEqualTo(1);
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pb.results.published' AND subject_id = ?")
                .param(String.valueOf(open.process().getId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRankedBallotGivingTwoProjectsTheSamePlaceIsRefusedNamingThemOnlineAndAtTheTable() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.RANKED, 3);
        Account author = TestAccounts.person(accounts, "Autora de lugares");
        BudgetProject a = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Parque", "100");
        BudgetProject b = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Luz", "100");
        BudgetProject c = ParticipationFixtures.feasible(service, today, open, author.getId(), "colonia-norte", "Banqueta", "100");
        String base = "/presupuestos-participativos/" + open.slug();
        Account voter = ParticipationFixtures.resident(accounts, actingAs, service, open, "Votante por lugares",
                "colonia-norte", 2101);

        // Online: «Parque» and «Luz» both first; refused naming both, in Spanish and in English; no ballot.
        mvc.perform(post(base + "/papeleta").param("lugar-" + a.getId(), "1").param("lugar-" + b.getId(), "1")
                        .param("lugar-" + c.getId(), "2").with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Dio el lugar 1 a más de un proyecto: 1. “Parque”, "
                        + "2. “Luz”. Dé a cada proyecto un lugar distinto; no se guardó la boleta.")));
        mvc.perform(post(base + "/papeleta").param("lugar-" + a.getId(), "2").param("lugar-" + c.getId(), "2")
                        .header("Accept-Language", "en").param("lang", "en").with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("You gave place 2 to more than one project: "
                        + "1. “Parque”, 3. “Banqueta”. Give each project a different place; the ballot was not saved.")));
        // A place that is not a number: refused at the form, naming what was typed.
        mvc.perform(post(base + "/papeleta").param("lugar-" + a.getId(), "primero").with(details.signedIn(voter))
                        .with(csrf()))
                .andExpect(flash().attribute("problems", List.of("«primero» no es un lugar: escriba un número entero "
                        + "desde 1, o deje vacío el proyecto que no elige.")));
        assertThat(ballots(open)).isZero();
        // The service refuses it too (the rule is the ballot's, not the form's).
        actingAs.run(voter.getId(), () -> ParticipationFixtures.refused(() -> service.vote(open.slug(),
                BallotCount.Choices.ranked(Map.of(a.getId(), 1L, b.getId(), 1L))), "participation.error.samePlace"));
        // Distinct places: cast in their order, whatever the request's order.
        mvc.perform(post(base + "/papeleta").param("lugar-" + c.getId(), "3").param("lugar-" + a.getId(), "2")
                        .param("lugar-" + b.getId(), "1").with(details.signedIn(voter)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.voted"));
        actingAs.run(voter.getId(), () -> assertThat(service.myVote(open.process()).orElseThrow().choices())
                .containsExactly(b.getId(), a.getId(), c.getId()));

        // At the table: the same refusal, the CURP not registered, so the corrected ballot is then accepted.
        Account official = ParticipationFixtures.official(accounts, open, "Funcionaria de mesa por lugares");
        mvc.perform(post(base + "/mesa").param("channel", "IN_PERSON").param("curp", ParticipationFixtures.curp(2102))
                        .param("districtSlug", "colonia-norte").param("pollingTable", "Mesa 4")
                        .param("lugar-" + b.getId(), "1").param("lugar-" + c.getId(), "1")
                        .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("Dio el lugar 1 a más de un proyecto: 2. “Luz”, "
                        + "3. “Banqueta”. Dé a cada proyecto un lugar distinto; no se guardó la boleta.")));
        assertThat(ballots(open)).isEqualTo(1);
        mvc.perform(post(base + "/mesa").param("channel", "IN_PERSON").param("curp", ParticipationFixtures.curp(2102))
                        .param("districtSlug", "colonia-norte").param("pollingTable", "Mesa 4")
                        .param("lugar-" + b.getId(), "1").param("lugar-" + c.getId(), "2")
                        .with(details.signedIn(official)).with(csrf()))
                .andExpect(flash().attribute("notice", "participation.notice.registered"));
        assertThat(ballots(open)).isEqualTo(2);
    }

    @Test
    void theDemoWinnersLinkTheMoneyTrailOfTheMunicipalProgrammeTheirCommitmentCites() throws Exception {
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        var commitment = service.executingCommitment(process).orElseThrow();
        assertThat(commitment.getBudgetProgramme()).isEqualTo("E-017");
        BudgetProject winner = service.results(process).stream().filter(ParticipationService.ResultLine::funded)
                .map(ParticipationService.ResultLine::project).findFirst().orElseThrow();
        String trail = "/compromisos/" + commitment.getId() + "/dinero";
        mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/proyectos/" + winner.getNumber()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + trail + "\"")))
                .andExpect(content().string(containsString("Sigue el dinero del programa E-017")));
        mvc.perform(get(trail)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sigue el dinero del compromiso DGO-06")))
                .andExpect(content().string(containsString("E-017 Espacios públicos con participación ciudadana")));
    }

    @Test
    void theLedgersPublishedResultsSayWhatTheResultsPageShowsPerProjectDistrictAndChannel() throws Exception {
        BudgetProcess process = service.process(ParticipationDemo.PROCESS);
        String payload = jdbc.sql("SELECT payload FROM ledger_entry WHERE type = 'pb.results.published' "
                + "AND subject_id = ?").param(String.valueOf(process.getId())).query(String.class).single();
        tools.jackson.databind.JsonNode record = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(payload);
        assertThat(record.get("process").asString()).isEqualTo(process.getSlug());
        assertThat(record.get("tieRule").asString()).isEqualTo("points desc, cost asc, number asc");
        String page = mvc.perform(get("/presupuestos-participativos/" + process.getSlug() + "/resultados"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, BudgetDistrict> districts = new java.util.HashMap<>();
        service.districts(process).forEach(d -> districts.put(d.getSlug(), d));
        Map<String, BallotCount.Tally> recount = new java.util.HashMap<>();
        service.count(process).forEach((district, tally) -> recount.put(district.getSlug(), tally));
        int remote = 0;
        assertThat(record.get("districts")).hasSize(districts.size());
        for (tools.jackson.databind.JsonNode d : record.get("districts")) {
            BudgetDistrict district = districts.get(d.get("district").asString());
            // each district's section of the page, from its heading to the next one
            int from = page.indexOf("id=\"d-" + district.getSlug() + "\"");
            int to = page.indexOf("id=\"d-", from + 1);
            String section = page.substring(from, to < 0 ? page.length() : to);
            BallotCount.Tally tally = recount.get(district.getSlug());
            assertThat(d.get("ballotsOnline").asInt()).isEqualTo(tally.ballotsOnline());
            assertThat(d.get("ballotsInPerson").asInt()).isEqualTo(tally.ballotsInPerson());
            assertThat(d.path("ballotsRemote").asInt(0)).isEqualTo(tally.ballotsRemote());
            remote += d.path("ballotsRemote").asInt(0);
            assertThat(d.get("projects")).hasSize(tally.lines().size());
            for (tools.jackson.databind.JsonNode line : d.get("projects")) {
                BudgetProject project = service.project(process, line.get("project").asInt());
                // the row of the project: its number and title, cost, online, in person, remote, points, funded
                String row = java.util.regex.Pattern.quote(">" + project.getNumber() + ". "
                        + org.unbescape.html.HtmlEscape.escapeHtml4Xml(project.getTitle()) + "</a></th>")
                        + "\\s*<td class=\"num\">[^<]*</td>\\s*"
                        + "<td class=\"num\">" + line.get("online").asInt() + "</td>\\s*"
                        + "<td class=\"num\">" + line.get("inPerson").asInt() + "</td>\\s*"
                        + "<td class=\"num\">" + line.path("remote").asInt(0) + "</td>\\s*"
                        + "<td class=\"num\">" + line.get("points").asLong() + "</td>\\s*"
                        + "<td>" + (line.get("funded").asBoolean() ? "Sí" : "No") + "</td>";
                assertThat(java.util.regex.Pattern.compile(row).matcher(section).find())
                        .as("row of project %d in %s", project.getNumber(), district.getSlug()).isTrue();
            }
        }
        // all three channels reached the demo's count: the telephone ballot among them
        assertThat(remote).isEqualTo(1);
        assertThat(service.ballotCounts(process)).containsEntry(Channel.REMOTE, 1L);
        assertThat(service.tableTallies(process)).isNotEmpty();
    }

    @Test
    void aDebateBecomesAProjectThroughTheProposalFormItFills() throws Exception {
        var open = ParticipationFixtures.proposing(secretariat, plans, service);
        Debate[] debate = new Debate[1];
        SystemActor.run(() -> debate[0] = debates.open(open.slug(), new Debate.Terms("¿Un huerto en el camellón?",
                "Vecinas proponen sembrar en el camellón de la avenida.", service.today(),
                service.today().plusDays(5))));
        Account neighbour = TestAccounts.person(accounts, "Vecina que convierte un debate");
        String base = "/presupuestos-participativos/" + open.slug();
        String form = base + "/proponer?debate=" + debate[0].getNumber();
        mvc.perform(get(base + "/debates/" + debate[0].getNumber()).with(details.signedIn(neighbour)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + form + "\"")));
        mvc.perform(get(form).with(details.signedIn(neighbour))).andExpect(status().isOk())
                // the form's fields escape as HTML 4 does («¿» is &iquest;)
                .andExpect(content().string(containsString("value=\"" + org.unbescape.html.HtmlEscape.escapeHtml4(
                        "¿Un huerto en el camellón?") + "\"")))
                .andExpect(content().string(containsString(org.unbescape.html.HtmlEscape.escapeHtml4(
                        "Propuesta a partir del debate «¿Un huerto en el camellón?».") + "</textarea>")));
        mvc.perform(get(form + "&lang=en").with(details.signedIn(neighbour))).andExpect(status().isOk())
                .andExpect(content().string(containsString(org.unbescape.html.HtmlEscape.escapeHtml4(
                        "Proposal following the debate “¿Un huerto en el camellón?”."))));
        // the prefilled form files a project like any other
        mvc.perform(multipart(base + "/proyectos").param("title", "¿Un huerto en el camellón?")
                        .param("description", "Propuesta a partir del debate «¿Un huerto en el camellón?».")
                        .param("districtSlug", "colonia-norte").param("costEstimate", "90,000")
                        .with(details.signedIn(neighbour)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", base + "/proyectos/1"));
        // while someone else writes a similar project, the form shows this one (ADR 0065's search), storing nothing
        mvc.perform(post(base + "/proyectos/parecidos").param("title", "Huertos en los camellones")
                        .param("description", "Sembrar hortalizas en el camellón.").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Este proyecto se parece a lo que escribe:")))
                .andExpect(content().string(containsString("Proyecto 1: ¿Un huerto en el camellón?")))
                .andExpect(content().string(containsString("value=\"Huertos en los camellones\"")));
        mvc.perform(post(base + "/proyectos/parecidos").param("title", "Alumbrado").param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We found no similar projects in this budget.")));
        assertThat(service.projects(open.process())).hasSize(1);
        // a debate of another number answers 404, not an empty form
        mvc.perform(get(base + "/proponer?debate=99").with(details.signedIn(neighbour)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProfileListsThePersonsProjectsAndHidesTheirSupportsUntilTheyChooseToShowThem() throws Exception {
        var open = ParticipationFixtures.supporting(secretariat, plans, service, 5);
        Account author = TestAccounts.person(accounts, "Griselda Ontiveros Barraza");
        Account other = TestAccounts.person(accounts, "Vecino de otra obra");
        ParticipationFixtures.proposed(service, today, open, author.getId(), "colonia-norte", "Bancas a la sombra");
        BudgetProject theirs = ParticipationFixtures.proposed(service, today, open, other.getId(), "colonia-norte",
                "Rampa para la escuela");
        actingAs.run(author.getId(), () -> {
            service.declareResidence(open.slug(), "colonia-norte", ParticipationFixtures.curp(2131), true);
            service.support(open.slug(), theirs.getNumber());
        });
        String nick = "griselda" + author.getId();
        mvc.perform(post("/cuenta/perfil").with(details.signedIn(author)).with(csrf()).param("nickname", nick))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/personas/" + nick)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bancas a la sombra")))
                .andExpect(content().string(containsString("/presupuestos-participativos/" + open.slug()
                        + "/proyectos/1")))
                .andExpect(content().string(containsString("Esta persona no muestra sus apoyos")))
                .andExpect(content().string(not(containsString("Rampa para la escuela"))))
                .andExpect(content().string(not(containsString("Ontiveros"))));
        mvc.perform(post("/cuenta/perfil").with(details.signedIn(author)).with(csrf()).param("nickname", nick)
                .param("showSupports", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/personas/" + nick)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rampa para la escuela")))
                .andExpect(content().string(not(containsString("Esta persona no muestra sus apoyos"))));
    }

    @Test
    void beforeTheCloseResultsCannotBePublishedAndOnlyTheRunnersConfigureReviewAndRegister() {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.APPROVAL, 1);
        SystemActor.run(() -> assertThatThrownBy(() -> service.publishResults(open.slug()))
                .isInstanceOf(InvalidInputException.class));
        Account citizen = TestAccounts.person(accounts, "Sin rol en el presupuesto");
        actingAs.run(citizen.getId(), () -> {
            assertThatThrownBy(() -> service.publishResults(open.slug())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.registerInPerson(open.slug(), ParticipationFixtures.curp(3), "colonia-sur",
                    "Mesa", List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.review(open.slug(), 1, new BudgetProject.Review(ProjectStatus.FEASIBLE,
                    "x", BigDecimal.ONE))).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(ballots(open)).isZero();
    }

    @Test
    void aProjectIsProposedWithAnImageWhoseHiddenDataIsDroppedAndAnExecutableIsRefused() throws Exception {
        var open = ParticipationFixtures.voting(secretariat, plans, service, VotingRule.RANKED, 2);
        Account author = TestAccounts.person(accounts, "Proponente con foto");
        String base = "/presupuestos-participativos/" + open.slug();
        byte[] exe = "MZ\u0090\u0000 not a picture".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        BufferedImage picture = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        byte[] tagged = withTextChunk(png.toByteArray(), "GPS 24.0277 -104.6532");
        today.on(service.today().minusDays(35), () -> {
            try {
                mvc.perform(multipart(base + "/proyectos").file(new MockMultipartFile("image", "foto.jpg", "image/jpeg", exe))
                        .param("imageAlt", "Un parque").param("title", "Parque").param("description", "Un parque.")
                        .param("districtSlug", "colonia-sur").param("costEstimate", "250,000.50")
                        .with(details.signedIn(author)).with(csrf()))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("La imagen debe ser un archivo JPEG, PNG o WebP")));
                // a picture without its alternative text: refused, nothing filed
                mvc.perform(multipart(base + "/proyectos").file(new MockMultipartFile("image", "foto.png", "image/png", tagged))
                        .param("title", "Parque").param("description", "Un parque.").param("districtSlug", "colonia-sur")
                        .param("costEstimate", "250,000.50").with(details.signedIn(author)).with(csrf()))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Describa la imagen para quien no puede verla")));
                assertThat(service.projects(open.process())).isEmpty();
                // A point in Monterrey: in Mexico, not in the exercise's state (its box, ADR 0084), in words; nothing
                // is stored.
                mvc.perform(multipart(base + "/proyectos").param("title", "Parque").param("description", "Un parque.")
                        .param("districtSlug", "colonia-sur").param("costEstimate", "250,000.50")
                        .param("latitude", "25.6866").param("longitude", "-100.3161")
                        .with(details.signedIn(author)).with(csrf()))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("El punto queda fuera de Durango")));
                assertThat(service.projects(open.process())).isEmpty();
                mvc.perform(multipart(base + "/proyectos").file(new MockMultipartFile("image", "foto.png", "image/png", tagged))
                        .param("imageAlt", "La esquina sin sombra donde iría el parque")
                        .param("title", "Parque").param("description", "Un parque.").param("districtSlug", "colonia-sur")
                        .param("costEstimate", "250,000.50").param("latitude", "24.0277").param("longitude", "-104.6532")
                        .with(details.signedIn(author)).with(csrf()))
                        .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", base + "/proyectos/1"));
                // while proposals are open its author adds a PDF; a second person may not
                mvc.perform(multipart(base + "/proyectos/1/documentos").file(new MockMultipartFile("document", "plano.pdf",
                                "application/pdf", org.apertura.platform.media.MediaFixtures.pdfByAuthor("Autora del plano"))).param("documentTitle", "Plano del parque")
                        .with(details.signedIn(author)).with(csrf()))
                        .andExpect(flash().attribute("notice", "participation.media.documentAdded"));
                Account other = TestAccounts.person(accounts, "Otra persona sin proyecto");
                mvc.perform(multipart(base + "/proyectos/1/imagenes").file(new MockMultipartFile("image", "foto.png",
                                "image/png", tagged)).param("imageAlt", "Otra").with(details.signedIn(other)).with(csrf()))
                        .andExpect(status().isForbidden());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        BudgetProject project = service.project(open.process(), 1);
        assertThat(project.getCostEstimate()).isEqualByComparingTo("250000.50");
        List<ProjectFile> files = media.files(project);
        assertThat(files).extracting(ProjectFile::getLabel)
                .containsExactly("La esquina sin sombra donde iría el parque", "Plano del parque");
        ProjectFile image = files.get(0);
        byte[] stored = mvc.perform(get(base + "/proyectos/1/archivos/" + image.getId())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS 24.0277");
        mvc.perform(get(base + "/proyectos/1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"La esquina sin sombra donde iría el parque\"")))
                .andExpect(content().string(containsString(">Plano del parque</a>")))
                .andExpect(content().string(not(containsString("Proponente con foto"))));
        // the ledger records each file under the process, without who uploaded it
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pb.project.file.added' AND subject_id = ?")
                .param(String.valueOf(open.process().getId())).query(Long.class).single()).isEqualTo(2);
        // the API lists the files with their labels and addresses
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/projects")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"label\":\"Plano del parque\"")))
                .andExpect(content().string(containsString(base + "/proyectos/1/archivos/" + image.getId())));
        // A picture moved by migration V202612158610 was recorded as 1 byte (SQL cannot read the file): the repair at
        // start-up gives it the size of its stored bytes, once, and the API says it.
        String sized = "\"size\":" + stored.length + ",\"sha256\":\"" + image.getSha256() + "\"";
        jdbc.sql("UPDATE pb_project_file SET size_bytes = 1 WHERE id = ?").param(image.getId()).update();
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/projects"))
                .andExpect(content().string(not(containsString(sized))));
        assertThat(pictureSizes.repair()).isEqualTo(1);
        assertThat(pictureSizes.repair()).isZero();
        mvc.perform(get("/api/v1/participatory-budgets/" + open.slug() + "/projects"))
                .andExpect(content().string(containsString(sized)));
        // Those who run the exercise remove a file as moderation: gone from the page and no longer served.
        Account coordinator = ParticipationFixtures.coordinator(accounts, open, "Coordinadora que modera archivos");
        ProjectFile plan = files.get(1);
        mvc.perform(post(base + "/proyectos/1/archivos/" + plan.getId() + "/quitar").with(details.signedIn(coordinator))
                .with(csrf())).andExpect(flash().attribute("notice", "participation.media.removed"));
        mvc.perform(get(base + "/proyectos/1/archivos/" + plan.getId())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE type = 'pb.project.file.removed' "
                + "AND subject_id = ? AND payload LIKE '%moderation%'").param(String.valueOf(open.process().getId()))
                .query(Long.class).single()).isEqualTo(1);
        // Once the vote is open the author may not change the files any more.
        mvc.perform(multipart(base + "/proyectos/1/imagenes").file(new MockMultipartFile("image", "foto.png",
                        "image/png", tagged)).param("imageAlt", "Otra").with(details.signedIn(author)).with(csrf()))
                .andExpect(status().isForbidden());
        // Proposing now (the vote is open) is refused with the dates.
        mvc.perform(multipart(base + "/proyectos").param("title", "Tarde").param("description", "x")
                .param("districtSlug", "colonia-sur").param("costEstimate", "10").with(details.signedIn(author)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Los proyectos se proponen del")));
    }

    private long ballots(ParticipationFixtures.Open open) {
        return jdbc.sql("SELECT COUNT(*) FROM pb_ballot WHERE process_id = ?").param(open.process().getId())
                .query(Long.class).single();
    }

    /** A PNG with a tEXt chunk (metadata a phone or an editor may leave) inserted after its header. */
    private static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data)
                .putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }
}
