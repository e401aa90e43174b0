package org.apertura.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.time.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Harvests one member: reads its ledger with the {@code after} cursor and verifies it, then reads again only what its
 * new entries say changed (docs/adr/0010-national-node.md).
 *
 * <ol>
 * <li><b>Audit</b>: up to {@code apertura.national.audit-per-harvest} entries already verified are read again, from
 * where the last audit stopped (starting over from the first entry once it reached the verified head, even when new
 * entries have moved the head on since), and each must still give its own hash, chain to the one
 * before and equal the hash stored when it was verified. An entry edited, removed or re-hashed behind the verified
 * head is found within a few harvests (in one, while the ledger is smaller than the budget).</li>
 * <li><b>New entries</b>: read from the verified head on; the head itself must come back unchanged, and every new
 * entry must give its hash and chain to the one before.</li>
 * <li>If the chain breaks anywhere, the new state is refused, the last verified one is kept and the member is
 * "historial alterado" with the first broken sequence (and the node's own ledger records it). If the member cannot be
 * read, it is stale with its last good harvest. Only when everything holds are the member's exercises, plans and
 * figures read again (those whose module wrote new entries) and stored with the new head, in one transaction.</li>
 * </ol>
 * One harvest at a time; nothing a member answers can stop the others.
 */
@Component
public class Harvester {

    static final int PAGE = 1000;
    private static final Logger log = LoggerFactory.getLogger(Harvester.class);

    private final NationalMemberRepository members;
    private final LedgerHashes hashes;
    private final MemberClient client;
    private final SnapshotReader reader;
    private final Snapshots snapshots;
    private final LedgerService ledger;
    private final Today today;
    private final TransactionTemplate transactions;
    private final int auditBudget;
    private final int maxNew;

    Harvester(NationalMemberRepository members, LedgerHashes hashes, MemberClient client, SnapshotReader reader,
            Snapshots snapshots, LedgerService ledger, Today today, TransactionTemplate transactions,
            NationalProperties settings) {
        int auditBudget = settings.national().auditPerHarvest();
        int maxNew = settings.national().maxNewEntries();
        this.members = members;
        this.hashes = hashes;
        this.client = client;
        this.reader = reader;
        this.snapshots = snapshots;
        this.ledger = ledger;
        this.today = today;
        this.transactions = transactions;
        this.auditBudget = auditBudget;
        this.maxNew = maxNew;
    }

    /** What one harvest did: the member's status after it, the new entries verified, the first broken sequence. */
    public record Result(MemberStatus status, int fetched, Long brokenSeq, String problem) {
    }

    /** Harvests every member, one after the other. */
    public synchronized Map<Long, Result> harvestAll() {
        Map<Long, Result> results = new LinkedHashMap<>();
        for (NationalMember m : members.findAll()) {
            results.put(m.getId(), harvestOne(m.getId()));
        }
        return results;
    }

    public synchronized Result harvest(long memberId) {
        return harvestOne(memberId);
    }

    private Result harvestOne(long memberId) {
        NationalMember m = members.findById(memberId).orElseThrow();
        try {
            Verified v = verify(m);
            if (v.brokenSeq() != null) {
                return save(memberId, member -> {
                    boolean first = member.getStatus() != MemberStatus.ALTERED;
                    member.altered(today.now(), v.brokenSeq(), "national.problem.altered");
                    if (first) {
                        ledger.append("national", "national.history-altered", "national-member", member.getId(),
                                Map.of("member", member.getName(), "baseUrl", member.getBaseUrl(),
                                        "firstBrokenSeq", member.getAlteredSeq(), "lastVerifiedSeq",
                                        member.getVerifiedSeq(), "lastVerifiedHash", member.getVerifiedHash()));
                    }
                    return new Result(MemberStatus.ALTERED, 0, member.getAlteredSeq(), member.getProblem());
                });
            }
            if (m.getStatus() == MemberStatus.ALTERED) {
                return new Result(MemberStatus.ALTERED, 0, m.getAlteredSeq(), m.getProblem());
            }
            Snapshot previous = snapshots.of(m);
            Snapshot read = v.fresh().isEmpty() && previous != null ? previous
                    : reader.read(m.getBaseUrl(), previous,
                            v.fresh().stream().map(ChainEntry::module).collect(Collectors.toSet()));
            Snapshot next = read.withReuses(v.fresh().stream().map(ChainEntry::reuse).filter(java.util.Objects::nonNull).toList());
            String json = snapshots.write(next);
            ChainEntry last = v.fresh().isEmpty() ? null : v.fresh().get(v.fresh().size() - 1);
            return save(memberId, member -> {
                hashes.add(member.getId(), v.fresh());
                member.harvested(today.now(), last == null ? member.getVerifiedSeq() : last.seq(),
                        last == null ? member.getVerifiedHash() : last.hash(), v.auditedTo(), v.fresh().size(), json);
                return new Result(MemberStatus.CURRENT, v.fresh().size(), null, null);
            });
        } catch (HarvestProblem p) {
            log.info("National harvest of {} stopped: {}", m.getBaseUrl(), p.getMessage());
            return save(memberId, member -> {
                member.stale(today.now(), p.key());
                return new Result(member.getStatus(), 0, member.getAlteredSeq(), p.key());
            });
        } catch (RuntimeException e) {
            log.warn("National harvest of {} failed", m.getBaseUrl(), e);
            return save(memberId, member -> {
                member.stale(today.now(), "national.problem.garbage");
                return new Result(member.getStatus(), 0, member.getAlteredSeq(), "national.problem.garbage");
            });
        }
    }

    private Result save(long memberId, java.util.function.Function<NationalMember, Result> change) {
        return transactions.execute(status -> members.findById(memberId).map(member -> {
            Result result = change.apply(member);
            members.save(member);
            return result;
        }).orElse(new Result(MemberStatus.PENDING, 0, null, null)));
    }

    record Verified(List<ChainEntry> fresh, long auditedTo, Long brokenSeq) {
    }

    private Verified verify(NationalMember m) throws HarvestProblem {
        long head = m.getVerifiedSeq();
        long auditFrom = m.getAuditSeq() >= head ? 0 : m.getAuditSeq();
        long auditTo = Math.min(head, auditFrom + auditBudget);
        if (auditTo > auditFrom) {
            Long broken = audit(m, auditFrom, auditTo);
            if (broken != null) {
                return new Verified(List.of(), auditFrom, broken);
            }
        }
        List<ChainEntry> fresh = new ArrayList<>();
        long expected = head == 0 ? 1 : head;
        String previous = head == 0 ? LedgerEntry.GENESIS : null;
        long after = Math.max(head - 1, 0);
        while (fresh.size() < maxNew) {
            Page page = page(m.getBaseUrl(), after);
            if (page.entries().isEmpty() && expected == head && head > 0) {
                return new Verified(List.of(), auditTo, head);
            }
            for (ChainEntry e : page.entries()) {
                if (e.seq() != expected) {
                    return new Verified(List.of(), auditTo, expected);
                }
                if (e.seq() == head) {
                    if (!e.intact() || !e.hash().equals(m.getVerifiedHash())) {
                        return new Verified(List.of(), auditTo, head);
                    }
                } else {
                    if (!e.intact() || !e.prevHash().equals(previous)) {
                        return new Verified(List.of(), auditTo, e.seq());
                    }
                    fresh.add(e);
                }
                previous = e.hash();
                expected++;
            }
            if (!page.more() || page.entries().isEmpty()) {
                break;
            }
            after = page.entries().get(page.entries().size() - 1).seq();
        }
        // once the audit has reached the head it was given, the next one starts over from the first entry: a member
        // that writes between harvests moves its head on every time, and an audit that only ever resumed where it
        // stopped would re-read the newest entries alone and never again an old one
        return new Verified(fresh, auditTo >= head ? 0 : auditTo, null);
    }

    /** The first entry in {@code (from, to]} that no longer is what was verified, or null. */
    private Long audit(NationalMember m, long from, long to) throws HarvestProblem {
        Map<Long, String> stored = hashes.between(m.getId(), Math.max(from - 1, 0), to);
        String previous = from == 0 ? LedgerEntry.GENESIS : stored.get(from);
        long expected = from + 1;
        long after = from;
        while (expected <= to) {
            Page page = page(m.getBaseUrl(), after);
            if (page.entries().isEmpty()) {
                return expected;
            }
            for (ChainEntry e : page.entries()) {
                if (e.seq() > to) {
                    return null;
                }
                if (e.seq() != expected || !e.intact() || !e.hash().equals(stored.get(e.seq()))
                        || (previous != null && !e.prevHash().equals(previous))) {
                    return expected;
                }
                previous = e.hash();
                expected++;
            }
            if (!page.more() && expected <= to) {
                return expected;
            }
            after = page.entries().get(page.entries().size() - 1).seq();
        }
        return null;
    }

    record Page(List<ChainEntry> entries, boolean more) {
    }

    private Page page(String baseUrl, long after) throws HarvestProblem {
        JsonNode body = client.get(baseUrl, "/api/v1/ledger?after=" + after + "&limit=" + PAGE);
        JsonNode list = body.path("entries");
        if (!list.isArray() || list.size() > PAGE) {
            throw new HarvestProblem("national.problem.garbage", "the ledger is not a list of at most " + PAGE);
        }
        List<ChainEntry> entries = new ArrayList<>();
        for (JsonNode e : list) {
            entries.add(ChainEntry.of(e));
        }
        return new Page(entries, body.path("next").isIntegralNumber());
    }

    static Set<String> modules(List<ChainEntry> entries) {
        return entries.stream().map(ChainEntry::module).collect(Collectors.toSet());
    }
}
