package org.apertura.participation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apertura.identity.KeyedHashes;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
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
 * as the budget's ballots; after it closes the count is published once, per option, district and channel, and
 * written to the ledger. Who answered what is never published.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ParticipationService service;
    private final ConsultationRepository consultations;
    private final Ballots ballots;
    private final ParticipationPolicy policy;
    private final KeyedHashes hashes;
    private final LedgerService ledger;
    private final JdbcClient jdbc;
    private final Today today;

    ConsultationService(ParticipationService service, ConsultationRepository consultations, Ballots ballots,
            ParticipationPolicy policy, KeyedHashes hashes, LedgerService ledger, JdbcClient jdbc, Today today) {
        this.service = service;
        this.consultations = consultations;
        this.ballots = ballots;
        this.policy = policy;
        this.hashes = hashes;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** An option of a consultation's question, in its order. */
    public record Option(long id, int position, String label) {
    }

    // ---- reading

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
        return policy.onConsultation(Actor.current(), service.secretariatOf(process), consultation, today.date());
    }

    /** The option the current person chose, and how: empty when they have not answered (shown only to them). */
    public record MyAnswer(long optionId, VoteChannel channel) {
    }

    public Optional<MyAnswer> myAnswer(BudgetProcess process, Consultation consultation) {
        return PublicActor.current().flatMap(a -> ballots.voterOf(process.getId(), a.accountId()))
                .flatMap(v -> answerOf(consultation, v.id()));
    }

    private Optional<MyAnswer> answerOf(Consultation consultation, long voterId) {
        return jdbc.sql("SELECT option_id, channel FROM pc_ballot WHERE consultation_id = ? AND voter_id = ?")
                .params(consultation.getId(), voterId).query((rs, i) -> new MyAnswer(rs.getLong(1),
                        VoteChannel.valueOf(rs.getString(2)))).optional();
    }

    // ---- opening

    @Transactional
    public Consultation open(String slug, Consultation.Terms terms) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>(terms.check());
        Optional<BudgetDistrict> district = service.districtOf(process, terms.districtSlug());
        if (!Texts.isBlank(terms.districtSlug()) && district.isEmpty()) {
            problems.add(new FieldProblem("districtSlug", "participation.validation.district"));
        }
        OpenDays.endedBefore(terms.closesOn(), today.date()).ifPresent(problems::add);
        ParticipationService.refuse(problems);
        Consultation consultation = consultations.save(new Consultation(process,
                consultations.maxNumber(process.getId()) + 1, terms, district.map(BudgetDistrict::getId).orElse(null),
                today.now()));
        int position = 0;
        for (String label : terms.givenOptions()) {
            jdbc.sql("INSERT INTO pc_option (consultation_id, position, label) VALUES (?, ?, ?)")
                    .params(consultation.getId(), ++position, label).update();
        }
        Map<String, Object> record = record(process, consultation);
        record.put("question", consultation.getQuestion());
        record.put("description", consultation.getDescription());
        record.put("population", district.map(BudgetDistrict::getSlug).orElse(null));
        record.put("binding", consultation.isBinding());
        record.put("opensOn", consultation.getOpensOn().toString());
        record.put("closesOn", consultation.getClosesOn().toString());
        record.put("options", terms.givenOptions());
        ledger.append(ParticipationService.MODULE, "pc.opened", "pb-process", process.getId(), record);
        return consultation;
    }

    // ---- answering

    /** A verified voter of the consultation's population answers, or changes an online answer, while it is open. */
    @Transactional
    public void answer(String slug, int number, Long optionId) {
        PublicActor actor = PublicActor.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        BudgetProcess process = service.process(slug);
        Consultation consultation = consultation(process, number);
        Ballots.Voter voter = ballots.voterOf(process.getId(), actor.accountId())
                .orElseThrow(() -> new InvalidInputException("option", "participation.error.notVerified"));
        List<FieldProblem> problems = new ArrayList<>();
        consultation.answerRefused(today.date()).ifPresent(problems::add);
        consultation.populationRefused(voter.districtId()).ifPresent(problems::add);
        optionRefused(consultation, optionId).ifPresent(problems::add);
        Optional<MyAnswer> earlier = answerOf(consultation, voter.id());
        if (earlier.isPresent() && earlier.get().channel() == VoteChannel.IN_PERSON) {
            problems.add(new FieldProblem("option", "participation.error.answeredInPerson"));
        }
        ParticipationService.refuse(problems);
        int changed = jdbc.sql("UPDATE pc_ballot SET option_id = ?, cast_at = ? WHERE consultation_id = ? "
                + "AND voter_id = ? AND channel = 'ONLINE'").params(optionId, utc(), consultation.getId(), voter.id())
                .update();
        if (changed == 0) {
            insert(consultation, voter, optionId, VoteChannel.ONLINE, null);
        }
    }

    /**
     * An official registers an answer given at a polling table while the consultation is open: the voter's CURP is
     * checked (shape, check digit) and kept only as a keyed hash; a person already in the process's roll answers as
     * that voter (in their district), anyone else is registered in person in the district given. One answer per
     * person: one already given by any channel is refused.
     */
    @Transactional
    public void registerInPerson(String slug, int number, String curp, String districtSlug, String pollingTable,
            Long optionId) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.REGISTER_BALLOT);
        Consultation consultation = consultation(process, number);
        List<FieldProblem> problems = new ArrayList<>();
        consultation.answerRefused(today.date()).ifPresent(problems::add);
        Optional<String> normalised = Curp.normalised(curp);
        if (normalised.isEmpty()) {
            problems.add(new FieldProblem("curp", "participation.validation.curp"));
        }
        if (Texts.isBlank(pollingTable) || pollingTable.strip().length() > 200) {
            problems.add(new FieldProblem("pollingTable", "validation.required.max", 200));
        }
        optionRefused(consultation, optionId).ifPresent(problems::add);
        String hash = normalised.map(c -> hashes.of(ParticipationService.CURP_KEY, c)).orElse(null);
        Optional<Ballots.Voter> known = hash == null ? Optional.empty() : ballots.voterByCurp(process.getId(), hash);
        Optional<BudgetDistrict> district = service.districtOf(process, districtSlug);
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
        ParticipationService.refuse(problems);
        Ballots.Voter voter = known.orElseGet(() -> ballots.register(process.getId(), hash, null,
                district.get().getId(), VoteChannel.IN_PERSON, today.now()));
        insert(consultation, voter, optionId, VoteChannel.IN_PERSON, pollingTable.strip());
    }

    private void insert(Consultation consultation, Ballots.Voter voter, Long optionId, VoteChannel channel,
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

    // ---- counting

    /** An option's count: online and in person, and per district. */
    public record Line(Option option, long online, long inPerson, Map<Long, Long> byDistrict) {

        public long total() {
            return online + inPerson;
        }
    }

    /** The exact count, option by option in their order (computed the same way before and after publication). */
    public record Count(List<Line> lines, long online, long inPerson) {

        public long total() {
            return online + inPerson;
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

    public Count count(Consultation consultation) {
        Map<Long, long[]> channels = new LinkedHashMap<>();
        Map<Long, Map<Long, Long>> districts = new LinkedHashMap<>();
        jdbc.sql("SELECT option_id, district_id, channel, COUNT(*) FROM pc_ballot WHERE consultation_id = ? "
                + "GROUP BY option_id, district_id, channel").param(consultation.getId()).query(rs -> {
                    long option = rs.getLong(1);
                    long n = rs.getLong(4);
                    channels.computeIfAbsent(option, k -> new long[2])[
                            VoteChannel.valueOf(rs.getString(3)) == VoteChannel.ONLINE ? 0 : 1] += n;
                    districts.computeIfAbsent(option, k -> new LinkedHashMap<>()).merge(rs.getLong(2), n, Long::sum);
                });
        List<Line> lines = new ArrayList<>();
        long online = 0;
        long inPerson = 0;
        for (Option o : options(consultation)) {
            long[] c = channels.getOrDefault(o.id(), new long[2]);
            lines.add(new Line(o, c[0], c[1], districts.getOrDefault(o.id(), Map.of())));
            online += c[0];
            inPerson += c[1];
        }
        return new Count(lines, online, inPerson);
    }

    /** Answers so far (a count, never who), shown while the consultation is open. */
    public long answers(Consultation consultation) {
        return jdbc.sql("SELECT COUNT(*) FROM pc_ballot WHERE consultation_id = ?").param(consultation.getId())
                .query(Long.class).single();
    }

    /** Publishes the count once the consultation has closed: shown, and written to the ledger with every count. */
    @Transactional
    public void publish(String slug, int number) {
        BudgetProcess process = service.process(slug);
        service.entitledOn(process).require(BudgetAction.PUBLISH_RESULTS);
        Consultation consultation = consultation(process, number);
        consultation.publishRefused(today.date()).ifPresent(p -> ParticipationService.refuse(List.of(p)));
        Count count = count(consultation);
        Map<Long, String> slugs = new LinkedHashMap<>();
        service.districts(process).forEach(d -> slugs.put(d.getId(), d.getSlug()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : count.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("option", line.option().label());
            l.put("online", line.online());
            l.put("inPerson", line.inPerson());
            Map<String, Long> byDistrict = new LinkedHashMap<>();
            line.byDistrict().forEach((d, n) -> byDistrict.put(slugs.get(d), n));
            l.put("byDistrict", byDistrict);
            lines.add(l);
        }
        consultation.published(today.now());
        consultations.saveAndFlush(consultation);
        Map<String, Object> record = record(process, consultation);
        record.put("binding", consultation.isBinding());
        record.put("answers", count.total());
        record.put("options", lines);
        record.put("leading", count.leading().stream().map(Option::label).toList());
        ledger.append(ParticipationService.MODULE, "pc.results.published", "pb-process", process.getId(), record);
    }

    private static Map<String, Object> record(BudgetProcess process, Consultation consultation) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("process", process.getSlug());
        record.put("consultation", consultation.getNumber());
        return record;
    }

    private OffsetDateTime utc() {
        return OffsetDateTime.ofInstant(today.now(), ZoneOffset.UTC);
    }
}
