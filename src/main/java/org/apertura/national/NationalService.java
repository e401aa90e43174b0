package org.apertura.national;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.Texts;
import org.apertura.platform.chart.Charts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.time.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national node's configuration: whether this instance is one ({@code apertura.node=national}, or the
 * administrators' switch), its member instances, and harvesting them — on a schedule
 * ({@code apertura.national.harvest-every}, 15 minutes) and when an administrator asks. Only administrators change
 * anything ({@link NationalPolicy}).
 */
@Service
public class NationalService {

    private final NationalMemberRepository members;
    private final NationalPolicy policy;
    private final Harvester harvester;
    private final LedgerService ledger;
    private final JdbcTemplate jdbc;
    private final Today today;
    private final boolean configuredNational;

    NationalService(NationalMemberRepository members, NationalPolicy policy, Harvester harvester, LedgerService ledger,
            JdbcTemplate jdbc, Today today, NationalProperties settings) {
        this.members = members;
        this.policy = policy;
        this.harvester = harvester;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.today = today;
        this.configuredNational = "national".equalsIgnoreCase(settings.node().strip());
    }

    /** A member as typed on the administrators' page. */
    public record MemberDraft(String name, String baseUrl, String stateCode, String municipality) {
    }

    /** Whether this instance is a national node: by configuration, or switched on by an administrator. */
    public boolean isNationalNode() {
        return configuredNational || Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT enabled FROM national_node WHERE id = 1", Boolean.class));
    }

    /** Whether the configuration ({@code APERTURA_NODE=national}) made it one, so the switch cannot turn it off. */
    public boolean isConfiguredNational() {
        return configuredNational;
    }

    public List<NationalMember> members() {
        return members.findAllByOrderByStateCodeAscNameAsc();
    }

    public NationalMember member(long id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("national member " + id));
    }

    @Transactional
    public void switchNode(boolean on) {
        policy.allowed(Actor.current()).require(NationalAction.CONFIGURE);
        jdbc.update("UPDATE national_node SET enabled = ?, changed_at = ? WHERE id = 1", on,
                java.sql.Timestamp.from(today.now()));
    }

    @Transactional
    public NationalMember add(MemberDraft draft) {
        policy.allowed(Actor.current()).require(NationalAction.CONFIGURE);
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.blankToNull(draft.name());
        if (name == null || name.length() > 200) {
            problems.add(new FieldProblem("name", "national.error.name"));
        }
        String url = baseUrl(draft.baseUrl());
        if (url == null) {
            problems.add(new FieldProblem("baseUrl", "national.error.baseUrl"));
        } else if (members.existsByBaseUrl(url)) {
            problems.add(new FieldProblem("baseUrl", "national.error.baseUrlTaken"));
        }
        String state = Texts.blankToNull(draft.stateCode());
        if (state == null || !Charts.states().containsKey(state)) {
            problems.add(new FieldProblem("stateCode", "national.error.state"));
        }
        String municipality = Texts.blankToNull(draft.municipality());
        if (municipality != null && municipality.length() > 200) {
            problems.add(new FieldProblem("municipality", "national.error.municipality"));
        }
        InvalidInputException.throwIfAny(problems);
        NationalMember member = members.save(new NationalMember(name, url, state, municipality, today.now()));
        ledger.append("national", "national.member-added", "national-member", member.getId(), public_(member));
        return member;
    }

    @Transactional
    public void remove(long id) {
        policy.allowed(Actor.current()).require(NationalAction.CONFIGURE);
        NationalMember member = member(id);
        ledger.append("national", "national.member-removed", "national-member", member.getId(), public_(member));
        members.delete(member);
    }

    /** Harvests one member now (administrators). */
    public Harvester.Result harvestNow(long id) {
        policy.allowed(Actor.current()).require(NationalAction.CONFIGURE);
        member(id);
        return harvester.harvest(id);
    }

    /** Harvests every member now (administrators). */
    public Map<Long, Harvester.Result> harvestAllNow() {
        policy.allowed(Actor.current()).require(NationalAction.CONFIGURE);
        return harvester.harvestAll();
    }

    @Scheduled(fixedDelayString = "${apertura.national.harvest-every:PT15M}",
            initialDelayString = "${apertura.national.first-harvest-after:PT1M}")
    void scheduled() {
        if (isNationalNode()) {
            harvester.harvestAll();
        }
    }

    private static Map<String, Object> public_(NationalMember m) {
        return Map.of("name", m.getName(), "baseUrl", m.getBaseUrl(), "state", m.getStateCode(),
                "municipality", m.getMunicipality() == null ? "" : m.getMunicipality());
    }

    /**
     * The address as the node will call it: an http(s) address with a host and nothing after its path (no query, no
     * fragment, no user), without a trailing slash; null when it is not one.
     */
    static String baseUrl(String typed) {
        String text = Texts.blankToNull(typed);
        if (text == null || !Texts.isWebAddress(text, 300)) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return null;
            }
            String out = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
            return out.replaceAll("/+$", "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
