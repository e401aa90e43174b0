package org.apertura.cocreation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.Hashing;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.people.PublicProfiles;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.security.PublicActor;
import org.apertura.platform.time.Today;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments to co-creation proposals (ADR 0065). Anyone signed in but the author proposes one while the call takes
 * proposals; the author accepts it (the proposal's earlier text stays as a version crediting the amendment) or
 * rejects it with a public reason; its proposer withdraws it while pending. Each change goes to the ledger under the
 * proposal, which is how the community module's notices reach the author (and the proposer, of the decision):
 * {@link CocreationPeopleContent}. Proposers appear only by the public nickname they chose, or as «Participante».
 */
@Service
@Transactional(readOnly = true)
public class AmendmentService {

    /** How an amendment's proposer appears without a public nickname. */
    public static final String PARTICIPANT = "Participante";

    private final AmendmentRepository amendments;
    private final ProposalVersionRepository versions;
    private final CocreationService cocreation;
    private final Supports supports;
    private final CallPolicy policy;
    private final LedgerService ledger;
    private final Today today;
    private final ObjectProvider<PublicProfiles> profiles;

    AmendmentService(AmendmentRepository amendments, ProposalVersionRepository versions, CocreationService cocreation,
            Supports supports, CallPolicy policy, LedgerService ledger, Today today,
            ObjectProvider<PublicProfiles> profiles) {
        this.amendments = amendments;
        this.versions = versions;
        this.cocreation = cocreation;
        this.supports = supports;
        this.policy = policy;
        this.ledger = ledger;
        this.today = today;
        this.profiles = profiles;
    }

    /** An amendment as pages and the API show it: its proposer's public nickname (or none), its diff, what one may do. */
    public record Shown(Amendment amendment, Proposal proposal, String author, String authorProfile,
            List<WordDiff.Run> diff, Allowed<CallAction> allowed) {
    }

    public Amendment amendment(Long id) {
        return amendments.findById(id).orElseThrow(() -> new NotFoundException("amendment " + id));
    }

    /** The amendments of a proposal, oldest first, as shown. */
    public List<Shown> of(Proposal proposal) {
        return shown(amendments.findByProposalIdOrderByNumberAsc(proposal.getId()), Map.of(proposal.getId(), proposal));
    }

    /** The amendments of every proposal of a call, by proposal and number, as shown (its public download). */
    public List<Shown> of(Call call) {
        Map<Long, Proposal> byId = new LinkedHashMap<>();
        cocreation.proposals(call).forEach(p -> byId.put(p.getId(), p));
        return shown(amendments.findByCall(call.getId()), byId);
    }

    private List<Shown> shown(List<Amendment> list, Map<Long, Proposal> proposals) {
        Map<Long, String> nicknames = nicknames(list.stream().map(Amendment::getAuthorAccountId).toList());
        Long viewer = PublicActor.currentId();
        Map<Long, Call> calls = new LinkedHashMap<>();
        List<Shown> out = new ArrayList<>();
        for (Amendment a : list) {
            Proposal p = proposals.get(a.getProposalId());
            Call call = calls.computeIfAbsent(p.getCallId(), id -> cocreation.callOf(p));
            String nickname = nicknames.get(a.getAuthorAccountId());
            out.add(new Shown(a, p, nickname == null ? PARTICIPANT : nickname,
                    nickname == null ? null : "/personas/" + nickname, WordDiff.of(a.getBaseText(), a.getAmendedText()),
                    policy.onAmendment(viewer, a, p, call, today.date())));
        }
        return out;
    }

    private Map<Long, String> nicknames(Collection<Long> accounts) {
        PublicProfiles source = profiles.getIfAvailable();
        return source == null || accounts.isEmpty() ? Map.of() : source.nicknamesOf(accounts);
    }

    /** What the current person may do with an amendment now, as CallPolicy says. */
    public Allowed<CallAction> allowedOn(Amendment amendment) {
        Proposal proposal = cocreation.proposal(amendment.getProposalId());
        return policy.onAmendment(PublicActor.currentId(), amendment, proposal,
                cocreation.callOf(proposal), today.date());
    }

    // ---- changes

    /** Proposes a new text of what the proposal proposes, with a reason (signed in, not its author, call open). */
    @Transactional
    public Amendment propose(Long proposalId, String text, String reason) {
        Long account = PublicActor.requireId();
        Proposal proposal = cocreation.proposal(proposalId);
        return propose(proposal, account, text, reason, today.now(), today.date());
    }

    /** Proposes on a given day (the demo amends in the past through this). */
    Amendment propose(Proposal proposal, Long account, String text, String reason, Instant now, java.time.LocalDate day) {
        Call call = cocreation.callOf(proposal);
        InvalidInputException.throwIf(Amendment.proposeRefused(call, proposal, account, day));
        Amendment amendment = amendments.save(Amendment.propose(proposal, amendments.maxNumber(proposal.getId()) + 1,
                account, text, reason, now));
        Map<String, Object> record = record(call, proposal, amendment);
        record.put("textSha256", Hashing.sha256Hex(amendment.getAmendedText()));
        record.put("reason", amendment.getReason());
        ledger.append(CocreationService.MODULE, "amendment.proposed", "proposal", proposal.getId(), record);
        return amendment;
    }

    /** The proposal's author takes the amendment: its text becomes the proposal's, the earlier one a version. */
    @Transactional
    public Amendment accept(Long amendmentId) {
        return accept(amendment(amendmentId), PublicActor.requireId(), today.now(), today.date());
    }

    Amendment accept(Amendment amendment, Long account, Instant now, java.time.LocalDate day) {
        Proposal proposal = deciding(amendment, account, day);
        versions.save(new ProposalVersion(proposal, (int) versions.countByProposalId(proposal.getId()) + 1,
                (int) supports.count(proposal.getId()), now, amendment));
        proposal.amend(amendment.getAmendedText(), now);
        amendment.accept(now);
        Map<String, Object> record = record(cocreation.callOf(proposal), proposal, amendment);
        record.put("proposalText", proposal.getProposal());
        ledger.append(CocreationService.MODULE, "amendment.accepted", "proposal", proposal.getId(), record);
        return amendment;
    }

    /** The proposal's author declines the amendment with a public reason. */
    @Transactional
    public Amendment reject(Long amendmentId, String reason) {
        return reject(amendment(amendmentId), PublicActor.requireId(), reason, today.now(), today.date());
    }

    Amendment reject(Amendment amendment, Long account, String reason, Instant now, java.time.LocalDate day) {
        Proposal proposal = deciding(amendment, account, day);
        amendment.reject(reason, now);
        Map<String, Object> record = record(cocreation.callOf(proposal), proposal, amendment);
        record.put("reason", amendment.getDecisionReason());
        ledger.append(CocreationService.MODULE, "amendment.rejected", "proposal", proposal.getId(), record);
        return amendment;
    }

    /** Its proposer takes back a pending amendment. */
    @Transactional
    public Amendment withdraw(Long amendmentId) {
        Amendment amendment = amendment(amendmentId);
        Long account = PublicActor.requireId();
        if (!amendment.isProposer(account)) {
            throw new AccessDeniedException("not the amendment's proposer");
        }
        InvalidInputException.throwIf(amendment.withdrawRefused(account));
        amendment.withdraw(today.now());
        Proposal proposal = cocreation.proposal(amendment.getProposalId());
        ledger.append(CocreationService.MODULE, "amendment.withdrawn", "proposal", proposal.getId(),
                record(cocreation.callOf(proposal), proposal, amendment));
        return amendment;
    }

    private Proposal deciding(Amendment amendment, Long account, java.time.LocalDate day) {
        Proposal proposal = cocreation.proposal(amendment.getProposalId());
        if (!proposal.isAuthor(account)) {
            throw new AccessDeniedException("not the proposal's author");
        }
        InvalidInputException.throwIf(amendment.decideRefused(cocreation.callOf(proposal), proposal, account, day));
        return proposal;
    }

    private static Map<String, Object> record(Call call, Proposal proposal, Amendment amendment) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("call", call.getSlug());
        record.put("proposal", proposal.getNumber());
        record.put("amendment", amendment.getNumber());
        record.put("amendmentId", amendment.getId());
        return record;
    }
}
