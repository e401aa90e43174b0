package org.apertura.participation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apertura.participation.BudgetDistrict;
import org.apertura.participation.ConsultationService;
import org.apertura.participation.BudgetPhase;
import org.apertura.participation.BudgetProcess;
import org.apertura.participation.BudgetProject;
import org.apertura.participation.ParticipationService;
import org.apertura.participation.ProjectStatus;
import org.apertura.participation.VotingRule;
import org.apertura.platform.intake.Channel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participatory budgets as open data: processes, their projects with the public review, and the published results
 * with every count per project, district and channel; their consultations and debates (ADR 0039). Never who proposed or who voted for what.
 */
@RestController
@RequestMapping("/api/v1/participatory-budgets")
@Tag(name = "api.tag.participation", description = "api.tag.participation.description")
class ParticipationApi {

    private final ParticipationService service;
    private final org.apertura.participation.BudgetComments comments;
    private final ConsultationService consultations;
    private final org.apertura.participation.ProjectMedia media;

    ParticipationApi(ParticipationService service, org.apertura.participation.BudgetComments comments,
            ConsultationService consultations, org.apertura.participation.ProjectMedia media) {
        this.media = media;
        this.service = service;
        this.comments = comments;
        this.consultations = consultations;
    }

    /**
     * An option's count once published: per channel (online, registered one by one in person or received remotely at
     * a table, on paper counted per table), and per district by the district's slug.
     */
    record OptionJson(String label, Long online, Long inPerson, Long remote, Long paper, Map<String, Long> byDistrict) {
    }

    /**
     * A consultation (ADR 0039): whom it asks (a district's slug, or null: all its voters), whether it binds, its days,
     * its options; the counts only once published (before, only how many answered). A consultation of its own (ADR
     * 0054) has a slug (its address) and its exercise; one of a process, its number there.
     */
    record ConsultationJson(Integer number, String slug, String exercise, String question, String description,
            String population, List<String> districts, boolean binding, LocalDate opensOn, LocalDate closesOn,
            long answers, Instant resultsPublishedAt, List<String> leading, List<OptionJson> options) {
    }

    @GetMapping("/{slug}/consultations")
    @Operation(summary = "api.op.participation.consultations")
    List<ConsultationJson> consultations(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        return consultations.of(process).stream().map(c -> json(consultations, consultations.held(process, c)))
                .toList();
    }

    static ConsultationJson json(ConsultationService consultations, ConsultationService.Held held) {
        org.apertura.participation.Consultation c = held.consultation();
        Map<Long, String> slugs = districtSlugs(held);
        List<OptionJson> options;
        List<String> leading = null;
        if (c.isPublished()) {
            ConsultationService.Count count = consultations.count(c);
            leading = count.leading().stream().map(ConsultationService.Option::label).toList();
            options = count.lines().stream().map(l -> {
                Map<String, Long> byDistrict = new java.util.LinkedHashMap<>();
                l.byDistrict().forEach((d, n) -> byDistrict.put(slugs.get(d), n));
                return new OptionJson(l.option().label(), l.online(), l.inPerson(), l.remote(), l.paper(),
                        byDistrict);
            }).toList();
        } else {
            options = consultations.options(c).stream().map(o -> new OptionJson(o.label(), null, null, null, null, null))
                    .toList();
        }
        boolean own = held.process() == null;
        return new ConsultationJson(own ? null : c.getNumber(), c.getSlug(), own ? held.exercise().getSlug() : null,
                c.getQuestion(), c.getDescription(), c.getDistrictId() == null ? null : slugs.get(c.getDistrictId()),
                own ? held.districts().stream().map(BudgetDistrict::getSlug).toList() : null, c.isBinding(),
                c.getOpensOn(), c.getClosesOn(), consultations.answers(c), c.getResultsPublishedAt(), leading,
                options);
    }

    private static Map<Long, String> districtSlugs(ConsultationService.Held held) {
        Map<Long, String> slugs = new java.util.HashMap<>();
        held.districts().forEach(d -> slugs.put(d.getId(), d.getSlug()));
        return slugs;
    }

    /**
     * A polling table's answers in a published consultation (ADR 0054): counted on paper with its act (its district,
     * the act's reference and SHA-256, ballots received and void), or registered one by one (paper false, those
     * fields null); the answers per option label.
     */
    record ConsultationTableJson(String table, boolean paper, String district, String act, String actSha256,
            Integer received, Integer valid, Integer voided, Map<String, Long> votesByOption) {
    }

    @GetMapping("/{slug}/consultations/{number}/tables")
    @Operation(summary = "api.op.participation.consultationTables")
    List<ConsultationTableJson> consultationTables(@PathVariable String slug, @PathVariable int number) {
        return tables(consultations, consultations.held(ConsultationService.Ref.inProcess(slug, number)));
    }

    static List<ConsultationTableJson> tables(ConsultationService consultations, ConsultationService.Held held) {
        org.apertura.participation.Consultation c = held.consultation();
        if (!c.isPublished()) {
            return List.of();
        }
        Map<Long, String> slugs = districtSlugs(held);
        ConsultationService.Count count = consultations.count(c);
        return count.tables().stream().map(t -> {
            Map<String, Long> votes = new java.util.LinkedHashMap<>();
            count.lines().forEach(l -> votes.put(l.option().label(), t.votesOf(l.option().id())));
            var tally = t.tally();
            return t.isPaper()
                    ? new ConsultationTableJson(t.table(), true, slugs.get(t.districtId()), tally.actReference(),
                            tally.actSha256(), tally.received(), tally.valid(), tally.voided(), votes)
                    : new ConsultationTableJson(t.table(), false, null, null, null, null, null, null, votes);
        }).toList();
    }

    @GetMapping("/{slug}/debates")
    @Operation(summary = "api.op.participation.debates")
    List<org.apertura.participation.BudgetComments.DebateRow> debates(@PathVariable String slug) {
        return comments.debates(service.process(slug));
    }

    /**
     * A comment on a project or in a debate (its stance: FOR, AGAINST or none; official: written by the
     * institution), with its votes up and down: its author by the nickname they chose, «Participante» or the
     * institution's name; a hidden comment has no text, only the moderator's reason (ADR 0027). {@code formerId}: its
     * number before comments moved onto the comment engine (ADR 0067), null for newer ones.
     */
    record CommentJson(long id, Long formerId, Integer project, Integer debate, Long replyTo, String stance,
            boolean official, String author, Instant postedAt, String text, Instant hiddenAt, String hiddenReason,
            long votesUp, long votesDown) {
    }

    @GetMapping("/{slug}/comments")
    @Operation(summary = "api.op.participation.comments")
    List<CommentJson> comments(@PathVariable String slug) {
        return comments.rows(service.process(slug)).stream().map(c -> new CommentJson(c.id(), c.formerId(),
                c.project(), c.debate(), c.replyTo(), c.stance(), c.official(), c.author(), c.postedAt(), c.text(),
                c.hiddenAt(), c.hiddenReason(), c.votesUp(), c.votesDown())).toList();
    }

    record DistrictJson(String slug, String name, BigDecimal amount) {
    }

    record ProcessJson(String slug, String exercise, String title, String description, BigDecimal amount,
            VotingRule rule, Integer maxChoices, Integer supportThreshold, BudgetPhase phase, Map<BudgetPhase, LocalDate> phases,
            List<DistrictJson> districts, Map<Channel, Long> ballots, Instant resultsPublishedAt) {
    }

    record ProjectJson(int number, String title, String description, String district, String place,
            BigDecimal latitude, BigDecimal longitude, BigDecimal costEstimate, Channel channel,
            ProjectStatus status, long supports, boolean selected, Instant selectedAt, String feasibilityReport,
            BigDecimal cost, Instant reviewedAt, List<FileJson> files) {
    }

    /** A project's picture (its label: the alternative text) or PDF document (its title), with where it is served. */
    record FileJson(String kind, String type, String label, Integer pages, long size, String sha256, String url) {
    }

    record ResultJson(String district, int position, int project, String title, BigDecimal cost, int votesOnline,
            int votesInPerson, int votesRemote, long points, boolean funded, ExecutionJson execution) {
    }

    /** How a funded project is executed: its milestone of the action plan's commitment, and when it was completed. */
    record ExecutionJson(String commitment, long commitmentId, long milestone, String milestoneTitle, LocalDate due,
            LocalDate completedOn, int commitmentPercent, String budgetProgramme) {
    }

    @GetMapping
    @Operation(summary = "api.op.participation.processes")
    List<ProcessJson> processes() {
        return service.processes().stream().map(this::json).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "api.op.participation.process")
    ProcessJson process(@PathVariable String slug) {
        return json(service.process(slug));
    }

    @GetMapping("/{slug}/projects")
    @Operation(summary = "api.op.participation.projects")
    List<ProjectJson> projects(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, String> districts = new java.util.HashMap<>();
        service.districts(process).forEach(d -> districts.put(d.getId(), d.getSlug()));
        Map<Long, Long> supports = service.supportCounts(process);
        List<BudgetProject> projects = service.projects(process);
        Map<Long, List<org.apertura.participation.ProjectFile>> files = media.filesOf(projects);
        return projects.stream().map(p -> json(process, p, districts.get(p.getDistrictId()),
                supports.getOrDefault(p.getId(), 0L), files.getOrDefault(p.getId(), List.of()))).toList();
    }

    @GetMapping("/{slug}/results")
    @Operation(summary = "api.op.participation.results")
    List<ResultJson> results(@PathVariable String slug) {
        return service.results(service.process(slug)).stream().map(r -> new ResultJson(r.district().getSlug(),
                r.position(), r.project().getNumber(), r.project().getTitle(), r.project().getCost(), r.online(),
                r.inPerson(), r.remote(), r.points(), r.funded(), service.execution(r.project()).map(e -> new ExecutionJson(
                        e.commitmentCode(), e.commitmentId(), e.milestoneId(), e.milestoneTitle(), e.endDate(),
                        e.completedOn(), e.commitmentPercent(), e.budgetProgramme())).orElse(null))).toList();
    }

    record TableVotesJson(int project, int votes) {
    }

    record TableTallyJson(String table, String district, int version, boolean current, String act, String actSha256,
            int received, int valid, int voided, List<TableVotesJson> votes, String reason, Instant enteredAt) {
    }

    @GetMapping("/{slug}/tables")
    @Operation(summary = "api.op.participation.tables")
    List<TableTallyJson> tables(@PathVariable String slug) {
        BudgetProcess process = service.process(slug);
        Map<Long, String> districts = new java.util.HashMap<>();
        service.districts(process).forEach(d -> districts.put(d.getId(), d.getSlug()));
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        service.projects(process).forEach(p -> numbers.put(p.getId(), p.getNumber()));
        List<org.apertura.participation.TableTally> current = service.currentTableTallies(process);
        return service.tableTallies(process).stream().map(t -> new TableTallyJson(t.tableName(),
                districts.get(t.districtId()), t.version(), current.contains(t), t.actReference(), t.actSha256(),
                t.received(), t.valid(), t.voided(), t.votes().entrySet().stream()
                        .map(e -> new TableVotesJson(numbers.get(e.getKey()), e.getValue()))
                        .sorted(java.util.Comparator.comparingInt(TableVotesJson::project)).toList(),
                t.reason(), t.enteredAt())).toList();
    }

    private ProcessJson json(BudgetProcess p) {
        List<BudgetDistrict> districts = service.districts(p);
        return new ProcessJson(p.getSlug(), service.exerciseOf(p).getSlug(), p.getTitle(), p.getDescription(),
                p.getAmount(), p.getRule(), p.getMaxChoices(), p.getSupportThreshold(), service.phase(p), p.phases(),
                districts.stream().map(d -> new DistrictJson(d.getSlug(), d.getName(), d.getAmount())).toList(),
                service.ballotCounts(p), p.getResultsPublishedAt());
    }

    private static ProjectJson json(BudgetProcess process, BudgetProject p, String district, long supports,
            List<org.apertura.participation.ProjectFile> files) {
        String base = "/presupuestos-participativos/" + process.getSlug() + "/proyectos/" + p.getNumber() + "/archivos/";
        return new ProjectJson(p.getNumber(), p.getTitle(), p.getDescription(), district, p.getPlace(),
                p.getLatitude(), p.getLongitude(), p.getCostEstimate(), p.getChannel(), p.getStatus(), supports,
                p.isSelected(process), p.getSelectedAt(), p.getFeasibilityReport(), p.getCost(), p.getReviewedAt(),
                files.stream().map(f -> new FileJson(f.getKind().name(), f.getContentType(), f.getLabel(),
                        f.getPages(), f.getSizeBytes(), f.getSha256(), base + f.getId())).toList());
    }
}
