package org.apertura.participation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Slugs;
import org.apertura.platform.Texts;
import org.apertura.platform.intake.Channel;
import org.apertura.platform.security.Actor;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations of a participatory process (ADR 0039). Those who run the exercise open one (a question, its options,
 * its population, binding or advisory, its days); the process's verified voters answer it once — online, changeable
 * until it closes, or at a polling table through an official who checks the CURP, final — with the same voter roll
 * as the budget's ballots — or on paper, counted per table with its act (ADR 0054); after it closes the count is
 * published once, per option, district, channel and table, and written to the ledger. Who answered what is never
 * published. A consultation may also stand on its own (ADR 0054): of an exercise, with its own districts and roll of
 * verified voters (who declare their residence on its page); the same methods serve both, through {@link Held}.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ParticipationService service;
    private final ConsultationRepository consultations;
    private final Ballots ballots;
    private final ParticipationPolicy policy;
    private final LedgerService ledger;
    private final ConsultationTallies tallies;
    private final JdbcClient jdbc;
    private final Today today;

    ConsultationService(ParticipationService service, ConsultationRepository consultations, Ballots ballots,
            ConsultationTallies tallies, ParticipationPolicy policy, LedgerService ledger,
            JdbcClient jdbc, Today today) {
        this.tallies = tallies;
        this.service = service;
        this.consultations = consultations;
        this.ballots = ballots;
        this.policy = policy;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** An option of a consultation's question, in its order. */
    public record Option(long id, int position, String label) {
    }

    // ---- where a consultation is (ADR 0054)

    /** Where a consultation is: in a budget process (its slug and number), or on its own (its slug). */
    public record Ref(String slug, Integer number) {

        public static Ref inProcess(String process, int number) {
            return new Ref(process, number);
        }

        public static Ref standalone(String slug) {
            return new Ref(slug, null);
        }
    }

    /**
     * A consultation with what it takes from whoever holds it: a budget process (its districts, its roll of voters,
     * its exercise's people) or, standing on its own, its exercise and its own districts and roll (ADR 0054).
     */
    public record Held(Consultation consultation, BudgetProcess process, org.apertura.actionplan.Exercise exercise,
            List<BudgetDistrict> districts) {

        Ballots.Roll roll() {
            return process == null ? Ballots.Roll.consultation(consultation.getId())
                    : Ballots.Roll.process(process.getId());
        }

        Optional<BudgetDistrict> district(String slug) {
            return slug == null ? Optional.empty()
                    : districts.stream().filter(d -> d.getSlug().equals(slug.strip())).findFirst();
        }

        /** The districts a table may be in: the whole population's, or the one district asked. */
        public List<BudgetDistrict> population() {
            return consultation.getDistrictId() == null ? districts
                    : districts.stream().filter(d -> d.getId().equals(consultation.getDistrictId())).toList();
        }

        String subjectKind() {
            return process == null ? "pc-consultation" : "pb-process";
        }

        long subjectId() {
            return process == null ? consultation.getId() : process.getId();
        }

        Map<String, Object> record() {
            Map<String, Object> record = new LinkedHashMap<>();
            if (process != null) {
                record.put("process", process.getSlug());
                record.put("consultation", consultation.getNumber());
            } else {
                record.put("consultation", consultation.getSlug());
                record.put("exercise", exercise.getSlug());
            }
            return record;
        }
    }

    public Held held(Ref ref) {
        if (ref.number() != null) {
            BudgetProcess process = service.process(ref.slug());
            return held(process, consultation(process, ref.number()));
        }
        Consultation consultation = consultations.findBySlug(ref.slug()).filter(Consultation::isStandalone)
                .orElseThrow(() -> new NotFoundException("consultation " + ref.slug()));
        return new Held(consultation, null, service.exerciseOf(consultation), service.districtsOf(consultation));
    }

    public Held held(BudgetProcess process, Consultation consultation) {
        return new Held(consultation, process, service.exerciseOf(process), service.districts(process));
    }

    /** What the current person is entitled to where the consultation is, whatever the day (services require it). */
    private Allowed<BudgetAction> entitledOn(Held held) {
        return service.allowedOn(held.exercise());
    }

    // ---- reading

    /** The consultations that stand on their own (ADR 0054), newest first. */
    public List<Consultation> standalone() {
        return consultations.findByProcessIdIsNullOrderByOpensOnDescIdDesc();
    }

    public List<Consultation> of(BudgetProcess process) {
        return consultations.findByProcessIdOrderByNumberAsc(process.getId());
    }

    public Consultation consultation(BudgetProcess process, int number) {
        return consultations.findByProcessIdAndNumber(process.getId(), number)
                .orElseThrow(() -> new NotFoundException("consultation " + number + " of " + process.getSlug()));
    }

    public List<Option> options(Consultation consultation) {
        return jdbc.sql("SELECT id, position, label FROM pc_option WHERE consultation_id = ? ORDER BY position")
                .param(consultation.getId()).query((rs, i) -> new Option(rs.getLong(1), rs.getInt(2),
                        rs.getString(3))).list();
    }

    /** What the current person may do with the consultation today, as ParticipationPolicy says. */
    public Allowed<BudgetAction> allowedOn(BudgetProcess process, Consultation consultation) {
        return allowedOn(held(process, consultation));
    }

    public Allowed<BudgetAction> allowedOn(Held held) {
        return policy.onConsultation(Actor.current(), service.secretariatOf(held.exercise()), held.consultation(),
                today.date());
    }

    /** Whether the current person is a verified voter where the consultation is (has declared their residence). */
    public boolean verified(Held held) {
        return PublicActor.current().flatMap(a -> ballots.voterOf(held.roll(), a.accountId())).isPresent();
    }

    /**
     * The signed-in person declares they live in a district of a standalone consultation, with their CURP, and becomes
     * its verified voter (as in a process: ParticipationService.declareResidence), while it is open.
     */
    @Transactional
    public void declareResidence(String slug, String districtSlug, String curp, boolean declared) {
        Held held = held(Ref.standalone(slug));
        List<FieldProblem> problems = new ArrayList<>();
        held.consultation().answerRefused(today.date()).ifPresent(problems::add);
        service.declare(held.roll(), held.district(districtSlug), curp, declared, problems);
    }

    /** The option the current person chose, and how: empty when they have not answered (shown only to them). */
    public record MyAnswer(long optionId, Channel channel) {
    }

    public Optional<MyAnswer> myAnswer(BudgetProcess process, Consultation consultation) {
        return myAnswer(held(process, consultation));
    }

    public Optional<MyAnswer> myAnswer(Held held) {
        return PublicActor.current().flatMap(a -> ballots.voterOf(held.roll(), a.accountId()))
                .flatMap(v -> answerOf(held.consultation(), v.id()));
    }

    private Optional<MyAnswer> answerOf(Consultation consultation, long voterId) {
        return jdbc.sql("SELECT option_id, channel FROM pc_ballot WHERE consultation_id = ? AND voter_id = ?")
                .params(consultation.getId(), voterId).query((rs, i) -> new MyAnswer(rs.getLong(1),
                        Channel.valueOf(rs.getString(2)))).optional();
    }

    // ---- opening

    @Transactional
    public Consultation open(String slug, Consultation.Terms terms) {
        ParticipationService.Opening opening = service.opening(slug, terms.check(), terms.closesOn());
        BudgetProcess process = opening.process();
        List<FieldProblem> problems = opening.problems();
        Optional<BudgetDistrict> district = service.districtOf(process, terms.districtSlug());
        if (!Texts.isBlank(terms.districtSlug()) && district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        InvalidInputException.throwIfAny(problems);
        Consultation consultation = consultations.save(new Consultation(process,
                consultations.maxNumber(process.getId()) + 1, terms, district.map(BudgetDistrict::getId).orElse(null),
                today.now()));
        opened(held(process, consultation), terms, "pc.opened");
        return consultation;
    }

    /**
     * Those who run an exercise open a consultation of their own (ADR 0054): its address, its districts (none: one,
     * the exercise's whole jurisdiction), whom it asks (all, or one of those districts), and the same terms as in a
     * process.
     */
    @Transactional
    public Consultation open(Consultation.Standalone where, Consultation.Terms terms) {
        Optional<org.apertura.actionplan.Exercise> exercise = service.exerciseNamed(where.exerciseSlug());
        if (exercise.isPresent()) {
            service.allowedOn(exercise.get()).require(BudgetAction.CONFIGURE);
        } else if (service.exercisesToConfigure().isEmpty()) {
            throw new AccessDeniedException("runs no exercise");
        }
        List<FieldProblem> problems = new ArrayList<>(where.check());
        problems.addAll(terms.check());
        OpenDays.endedBefore(terms.closesOn(), today.date()).ifPresent(problems::add);
        if (exercise.isEmpty()) {
            problems.add(new FieldProblem("exerciseSlug", "participation.validation.exercise"));
        }
        if (!Texts.isBlank(where.slug()) && consultations.findBySlug(where.slug().strip()).isPresent()) {
            problems.add(new FieldProblem("slug", "validation.slug.taken"));
        }
        List<String> names = where.givenDistricts().isEmpty() && exercise.isPresent()
                ? List.of(exercise.get().getName()) : where.givenDistricts();
        if (!Texts.isBlank(terms.districtSlug())
                && names.stream().noneMatch(n -> Slugs.of(n).equals(Slugs.of(terms.districtSlug())))) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        InvalidInputException.throwIfAny(problems);
        Consultation consultation = consultations.save(new Consultation(where.slug().strip(), exercise.get().getId(),
                consultations.maxStandaloneNumber() + 1, terms, today.now()));
        int position = 0;
        for (String name : names) {
            BudgetDistrict district = service.saveDistrict(BudgetDistrict.ofConsultation(consultation.getId(),
                    ++position, Slugs.of(name), name));
            if (!Texts.isBlank(terms.districtSlug()) && district.getSlug().equals(Slugs.of(terms.districtSlug()))) {
                consultation.askOnly(district.getId());
            }
        }
        consultations.saveAndFlush(consultation);
        Held held = held(Ref.standalone(consultation.getSlug()));
        opened(held, terms, "pc.standalone.opened");
        return consultation;
    }

    private void opened(Held held, Consultation.Terms terms, String type) {
        Consultation consultation = held.consultation();
        int position = 0;
        for (String label : terms.givenOptions()) {
            jdbc.sql("INSERT INTO pc_option (consultation_id, position, label) VALUES (?, ?, ?)")
                    .params(consultation.getId(), ++position, label).update();
        }
        Map<String, Object> record = held.record();
        record.put("question", consultation.getQuestion());
        record.put("description", consultation.getDescription());
        record.put("population", held.districts().stream()
                .filter(d -> d.getId().equals(consultation.getDistrictId())).map(BudgetDistrict::getSlug)
                .findFirst().orElse(null));
        if (held.process() == null) {
            record.put("districts", held.districts().stream().map(BudgetDistrict::getName).toList());
        }
        record.put("binding", consultation.isBinding());
        record.put("opensOn", consultation.getOpensOn().toString());
        record.put("closesOn", consultation.getClosesOn().toString());
        record.put("options", terms.givenOptions());
        ledger.append(ParticipationService.MODULE, type, held.subjectKind(), held.subjectId(), record);
    }

    // ---- answering

    /** A verified voter of the consultation's population answers, or changes an online answer, while it is open. */
    @Transactional
    public void answer(String slug, int number, Long optionId) {
        answer(Ref.inProcess(slug, number), optionId);
    }

    @Transactional
    public void answer(Ref ref, Long optionId) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        Held held = held(ref);
        Consultation consultation = held.consultation();
        Ballots.Voter voter = ballots.voterOf(held.roll(), actor.accountId())
                .orElseThrow(() -> new InvalidInputException("option", "participation.error.notVerified"));
        List<FieldProblem> problems = new ArrayList<>();
        consultation.answerRefused(today.date()).ifPresent(problems::add);
        consultation.populationRefused(voter.districtId()).ifPresent(problems::add);
        optionRefused(consultation, optionId).ifPresent(problems::add);
        Optional<MyAnswer> earlier = answerOf(consultation, voter.id());
        if (earlier.isPresent() && earlier.get().channel().facilitated()) {
            problems.add(new FieldProblem("option", "participation.error.answeredInPerson"));
        }
        InvalidInputException.throwIfAny(problems);
        int changed = jdbc.sql("UPDATE pc_ballot SET option_id = ?, cast_at = ? WHERE consultation_id = ? "
                + "AND voter_id = ? AND channel = 'ONLINE'").params(optionId, utc(), consultation.getId(), voter.id())
                .update();
        if (changed == 0) {
            insert(consultation, voter, optionId, Channel.ONLINE, null);
        }
    }

    /** An official registers an answer given in person at a polling table ({@link #registerByOfficial}). */
    @Transactional
    public void registerInPerson(String slug, int number, String curp, String districtSlug, String pollingTable,
            Long optionId) {
        registerByOfficial(Ref.inProcess(slug, number), Channel.IN_PERSON, curp, districtSlug, pollingTable, optionId);
    }

    /** An official registers an answer given in person at a polling table ({@link #registerByOfficial}). */
    @Transactional
    public void registerInPerson(Ref ref, String curp, String districtSlug, String pollingTable, Long optionId) {
        registerByOfficial(ref, Channel.IN_PERSON, curp, districtSlug, pollingTable, optionId);
    }

    /**
     * An official registers an answer given in person at a polling table, or received there remotely (telephone,
     * messaging, post), while the consultation is open, checked as budget ballots are ({@link Ballots#officialEntry}):
     * the voter's CURP (shape, check digit) kept only as a keyed hash; a person already in the roll answers as that
     * voter (in their district), anyone else is registered under this channel in the district given. One answer per
     * person: one already given by any channel is refused. It counts once with the online answers, under its channel.
     */
    @Transactional
    public void registerByOfficial(Ref ref, Channel channel, String curp, String districtSlug, String pollingTable,
            Long optionId) {
        Held held = held(ref);
        entitledOn(held).require(BudgetAction.REGISTER_BALLOT);
        Consultation consultation = held.consultation();
        List<FieldProblem> problems = new ArrayList<>();
        Ballots.OfficialEntry entry = ballots.officialEntry(channel, curp, pollingTable, problems);
        consultation.answerRefused(today.date()).ifPresent(problems::add);
        optionRefused(consultation, optionId).ifPresent(problems::add);
        if (entry.table() != null && tallies.counted(consultation.getId(), Slugs.of(entry.table()))) {
            problems.add(new FieldProblem("pollingTable", "participation.error.tableCounted", entry.table()));
        }
        String hash = entry.curpHash();
        Optional<Ballots.Voter> known = hash == null ? Optional.empty() : ballots.voterByCurp(held.roll(), hash);
        Optional<BudgetDistrict> district = held.district(districtSlug);
        if (known.isPresent()) {
            if (answerOf(consultation, known.get().id()).isPresent()) {
                problems.add(new FieldProblem("curp", "participation.error.curpUsed"));
            }
            consultation.populationRefused(known.get().districtId()).ifPresent(problems::add);
        } else if (district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        } else {
            consultation.populationRefused(district.get().getId()).ifPresent(problems::add);
        }
        InvalidInputException.throwIfAny(problems);
        Ballots.Voter voter = known.orElseGet(() -> ballots.register(held.roll(), hash, null,
                district.get().getId(), entry.channel(), today.now()));
        insert(consultation, voter, optionId, entry.channel(), entry.table());
    }

    private void insert(Consultation consultation, Ballots.Voter voter, Long optionId, Channel channel,
            String table) {
        try {
            int created = jdbc.sql("INSERT INTO pc_ballot (consultation_id, voter_id, option_id, district_id, channel, "
                    + "polling_table, cast_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(consultation.getId(), voter.id(), optionId, voter.districtId(), channel.name(), table,
                            utc()).update();
            if (created == 1) {
                return;
            }
        } catch (DuplicateKeyException raceOnH2) {
            // another request of the same voter answered first
        }
        throw new InvalidInputException("curp", "participation.error.curpUsed");
    }

    private Optional<FieldProblem> optionRefused(Consultation consultation, Long optionId) {
        return optionId != null && options(consultation).stream().anyMatch(o -> o.id() == optionId) ? Optional.empty()
                : Optional.of(new FieldProblem("option", "participation.validation.option"));
    }

    // ---- paper counts per table (ADR 0054)

    /** The paper counts of the consultation's tables, by table name (public once the results are). */
    public List<ConsultationTally> tallies(Consultation consultation) {
        return tallies.of(consultation.getId());
    }

    /**
     * An official enters a polling table's paper count from its act (a PDF or a picture, checked by its bytes) while
     * the consultation is open: the ballots received, valid and void, and each option's valid ballots, which add up to
     * the valid ones. A table is counted once: a table already counted, or whose answers were registered one by one,
     * is refused. The table is in a district of the consultation's population. The ledger gets the counts, never a
     * voter.
     */
    @Transactional
    public ConsultationTally enterTableTally(String slug, int number, ConsultationTally.Entry entry,
            String actFileName, byte[] act) {
        return enterTableTally(Ref.inProcess(slug, number), entry, actFileName, act);
    }

    @Transactional
    public ConsultationTally enterTableTally(Ref ref, ConsultationTally.Entry entry, String actFileName,
            byte[] act) {
        Held held = held(ref);
        entitledOn(held).require(BudgetAction.ENTER_TALLY);
        Consultation consultation = held.consultation();
        List<FieldProblem> problems = new ArrayList<>();
        consultation.tallyRefused(today.date()).ifPresent(problems::add);
        Optional<BudgetDistrict> district = held.district(entry.districtSlug());
        if (district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        } else {
            consultation.populationRefused(district.get().getId())
                    .map(p -> new FieldProblem("districtSlug", p.messageKey())).ifPresent(problems::add);
        }
        problems.addAll(entry.check(options(consultation).stream().map(Option::id)
                .collect(java.util.stream.Collectors.toSet())));
        String table = Texts.isBlank(entry.tableName()) ? "" : Slugs.of(entry.tableName());
        if (!table.isEmpty() && tallies.counted(consultation.getId(), table)) {
            problems.add(new FieldProblem("tableName", "participation.error.tableCounted", entry.tableName().strip()));
        } else if (!table.isEmpty() && registeredTables(consultation).contains(table)) {
            problems.add(new FieldProblem("tableName", "participation.error.tableRegistered",
                    entry.tableName().strip()));
        }
        String actType = service.actType(act, actFileName, problems);
        InvalidInputException.throwIfAny(problems);
        long id;
        try {
            id = tallies.add(consultation.getId(), district.get().getId(), table, entry, service.storeAct(act), actType,
                    today.now());
        } catch (DuplicateKeyException another) {
            throw new InvalidInputException("tableName", "participation.error.tableCounted",
                    entry.tableName().strip());
        }
        ConsultationTally tally = tallies(consultation).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        Map<Long, String> labels = new LinkedHashMap<>();
        options(consultation).forEach(o -> labels.put(o.id(), o.label()));
        Map<String, Object> record = held.record();
        record.put("table", tally.tableName());
        record.put("district", district.get().getSlug());
        record.put("act", tally.actReference());
        record.put("actSha256", tally.actSha256());
        record.put("received", tally.received());
        record.put("valid", tally.valid());
        record.put("void", tally.voided());
        Map<String, Integer> votes = new LinkedHashMap<>();
        labels.forEach((option, label) -> votes.put(label, tally.votesOf(option)));
        record.put("votesByOption", votes);
        ledger.append(ParticipationService.MODULE, "pc.table.tallied", held.subjectKind(), held.subjectId(), record);
        return tally;
    }

    /** The tables (as slugs) where an official registered answers one by one. */
    private java.util.Set<String> registeredTables(Consultation consultation) {
        java.util.Set<String> slugs = new java.util.HashSet<>();
        jdbc.sql("SELECT DISTINCT polling_table FROM pc_ballot WHERE consultation_id = ? AND polling_table IS NOT NULL")
                .param(consultation.getId()).query(String.class).list().forEach(t -> slugs.add(Slugs.of(t)));
        return slugs;
    }

    // ---- counting

    /**
     * An option's count: online, registered one by one at a table in person or received there remotely, on paper
     * counted per table; and per district.
     */
    public record Line(Option option, long online, long inPerson, long remote, long paper,
            Map<Long, Long> byDistrict) {

        public long total() {
            return online + inPerson + remote + paper;
        }
    }

    /**
     * A polling table's answers per option: from its paper count (the tally: its act and figures), or registered one
     * by one by an official (no tally; its voters may be of several districts, so no district).
     */
    public record TableCount(String table, Long districtId, ConsultationTally tally, Map<Long, Long> votes) {

        public boolean isPaper() {
            return tally != null;
        }

        public long votesOf(long optionId) {
            return votes.getOrDefault(optionId, 0L);
        }

        public long total() {
            return votes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The exact count, option by option in their order (computed the same way before and after publication). */
    public record Count(List<Line> lines, long online, long inPerson, long remote, long paper,
            List<TableCount> tables) {

        public long total() {
            return online + inPerson + remote + paper;
        }

        /** The options with the most answers; more than one is a tie (no option carries the question). */
        public List<Option> leading() {
            long max = lines.stream().mapToLong(Line::total).max().orElse(0);
            return max == 0 ? List.of() : lines.stream().filter(l -> l.total() == max).map(Line::option).toList();
        }

        /** The share of the answers an option got, in whole tenths of a percent, for pages. */
        public String percent(Line line) {
            return total() == 0 ? "0.0"
                    : java.math.BigDecimal.valueOf(line.total() * 100L).divide(java.math.BigDecimal.valueOf(total()),
                            1, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * The exact count: every answer given online or registered one by one, once, plus the valid paper ballots of each
     * table's count, once (a table is counted once, and never both ways).
     */
    public Count count(Consultation consultation) {
        Map<Long, long[]> channels = new LinkedHashMap<>();
        Map<Long, Map<Long, Long>> districts = new LinkedHashMap<>();
        Map<String, Map<Long, Long>> registered = new java.util.TreeMap<>();
        jdbc.sql("SELECT option_id, district_id, channel, polling_table, COUNT(*) FROM pc_ballot "
                + "WHERE consultation_id = ? GROUP BY option_id, district_id, channel, polling_table")
                .param(consultation.getId()).query(rs -> {
                    long option = rs.getLong(1);
                    long n = rs.getLong(5);
                    Channel channel = Channel.valueOf(rs.getString(3));
                    boolean online = channel == Channel.ONLINE;
                    channels.computeIfAbsent(option, k -> new long[4])[column(channel)] += n;
                    districts.computeIfAbsent(option, k -> new LinkedHashMap<>()).merge(rs.getLong(2), n, Long::sum);
                    if (!online && rs.getString(4) != null) {
                        registered.computeIfAbsent(rs.getString(4), k -> new LinkedHashMap<>()).merge(option, n,
                                Long::sum);
                    }
                });
        List<TableCount> tables = new ArrayList<>();
        for (ConsultationTally t : tallies(consultation)) {
            Map<Long, Long> votes = new LinkedHashMap<>();
            t.votes().forEach((option, n) -> {
                votes.put(option, n.longValue());
                channels.computeIfAbsent(option, k -> new long[4])[PAPER] += n;
                districts.computeIfAbsent(option, k -> new LinkedHashMap<>()).merge(t.districtId(), n.longValue(),
                        Long::sum);
            });
            tables.add(new TableCount(t.tableName(), t.districtId(), t, votes));
        }
        registered.forEach((table, votes) -> tables.add(new TableCount(table, null, null, votes)));
        tables.sort(java.util.Comparator.comparing(TableCount::table));
        List<Line> lines = new ArrayList<>();
        long[] sums = new long[4];
        for (Option o : options(consultation)) {
            long[] c = channels.getOrDefault(o.id(), new long[4]);
            lines.add(new Line(o, c[0], c[1], c[2], c[PAPER], districts.getOrDefault(o.id(), Map.of())));
            for (int i = 0; i < sums.length; i++) {
                sums[i] += c[i];
            }
        }
        return new Count(lines, sums[0], sums[1], sums[2], sums[PAPER], List.copyOf(tables));
    }

    /** Where a count keeps the valid paper ballots, after the channels of answers given one by one. */
    private static final int PAPER = 3;

    /** Where a count keeps the answers of a channel: online, in person, remote. */
    private static int column(Channel channel) {
        return switch (channel) {
            case ONLINE -> 0;
            case IN_PERSON -> 1;
            case REMOTE -> 2;
        };
    }

    /** Answers so far (a count, never who), shown while the consultation is open. */
    public long answers(Consultation consultation) {
        return jdbc.sql("SELECT COUNT(*) FROM pc_ballot WHERE consultation_id = ?").param(consultation.getId())
                .query(Long.class).single() + jdbc.sql("SELECT COALESCE(SUM(valid), 0) FROM pc_table_tally "
                        + "WHERE consultation_id = ?").param(consultation.getId()).query(Long.class).single();
    }

    /** Publishes the count once the consultation has closed: shown, and written to the ledger with every count. */
    @Transactional
    public void publish(String slug, int number) {
        publish(Ref.inProcess(slug, number));
    }

    @Transactional
    public void publish(Ref ref) {
        Held held = held(ref);
        entitledOn(held).require(BudgetAction.PUBLISH_RESULTS);
        Consultation consultation = held.consultation();
        InvalidInputException.throwIf(consultation.publishRefused(today.date()));
        Count count = count(consultation);
        Map<Long, String> slugs = new LinkedHashMap<>();
        held.districts().forEach(d -> slugs.put(d.getId(), d.getSlug()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : count.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("option", line.option().label());
            l.put("online", line.online());
            l.put("inPerson", line.inPerson());
            l.put("remote", line.remote());
            l.put("paper", line.paper());
            Map<String, Long> byDistrict = new LinkedHashMap<>();
            line.byDistrict().forEach((d, n) -> byDistrict.put(slugs.get(d), n));
            l.put("byDistrict", byDistrict);
            lines.add(l);
        }
        consultation.published(today.now());
        consultations.saveAndFlush(consultation);
        Map<String, Object> record = held.record();
        record.put("binding", consultation.isBinding());
        record.put("answers", count.total());
        record.put("options", lines);
        record.put("leading", count.leading().stream().map(Option::label).toList());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (TableCount t : count.tables()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("table", t.table());
            table.put("paper", t.isPaper());
            if (t.isPaper()) {
                table.put("district", slugs.get(t.districtId()));
                table.put("act", t.tally().actReference());
                table.put("actSha256", t.tally().actSha256());
                table.put("received", t.tally().received());
                table.put("void", t.tally().voided());
            }
            Map<String, Long> votes = new LinkedHashMap<>();
            count.lines().forEach(l -> votes.put(l.option().label(), t.votesOf(l.option().id())));
            table.put("votesByOption", votes);
            tables.add(table);
        }
        record.put("tables", tables);
        ledger.append(ParticipationService.MODULE, "pc.results.published", held.subjectKind(), held.subjectId(),
                record);
    }

    private OffsetDateTime utc() {
        return OffsetDateTime.ofInstant(today.now(), ZoneOffset.UTC);
    }
}
