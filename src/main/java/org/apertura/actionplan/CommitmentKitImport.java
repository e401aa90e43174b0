package org.apertura.actionplan;

import org.apertura.platform.kits.Adaptation;
import org.apertura.platform.kits.ContentLicence;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apertura.actionplan.Drafts.MilestoneDraft;
import org.apertura.platform.Texts;
import org.apertura.platform.kits.KitOrigin;
import org.apertura.platform.kits.KitReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports another instance's commitment kit (docs/KITS.md) as a draft commitment of a draft plan here, adapted to
 * this government (its own code, lead institution and dates) and keeping the origin's attribution visible, as the
 * kit's licence asks (issue 18). Never published directly: the plan is a draft and goes through approval as any
 * other. The kit is read by {@link KitReader}, which refuses every bad input before anything is written; the
 * commitment and its milestones are written in one transaction with their ledger entries
 * ({@code commitment.imported}, whose public record names the origin, so the national node harvesting this
 * instance sees where the commitment was reused).
 */
@Service
public class CommitmentKitImport {

    /** The column sizes of the commitment's texts (V202611240905__actionplan.sql). */
    private static final List<Object[]> TEXTS = List.of(new Object[] {"summary", 2000}, new Object[] {"problem", 4000},
            new Object[] {"causes", 4000}, new Object[] {"baseline", 4000}, new Object[] {"objective", 4000},
            new Object[] {"description", 8000}, new Object[] {"expectedResults", 4000});

    private final ActionPlanService service;
    private final ObjectMapper json;

    CommitmentKitImport(ActionPlanService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    /**
     * How this government adapts the kit: its code in the plan (the origin's when blank), its lead institution and
     * its dates (the milestones take the commitment's dates until the plan's editors change them).
     */
    public record Adapting(String code, String leadInstitutionSlug, LocalDate startDate, LocalDate endDate) {
    }

    /** Whether the current person may import kits into this plan now (its exercise's runners; a draft plan). */
    public boolean mayImport(ActionPlan plan) {
        return service.allowedOn(plan).may(PlanAction.IMPORT_KIT);
    }

    /** Reads the kit and adds it to the plan as a draft commitment with its milestones, or refuses it whole. */
    @Transactional
    public Commitment importInto(Long planId, Adapting adapting, InputStream kit) {
        ActionPlan plan = service.plan(planId);
        service.require(service.exerciseOf(plan), PlanAction.IMPORT_KIT);
        plan.requireDraft();
        KitReader.Kit read = KitReader.read(kit, json).requireKind("commitment");
        KitOrigin origin = read.origin();
        return add(planId, adapting, read.file("commitment.json", json), adaptation(origin, origin.code(), origin.url()),
                adapting.code());
    }

    /**
     * Reads a plan's kit and adds each of its commitments to this draft plan, with its milestones, each attributed to
     * its own original (so each original's page can show where it was reused), or refuses the whole kit: one bad
     * commitment, a code already in the plan or an original on another site than the kit's leaves the plan as it was.
     */
    @Transactional
    public List<Commitment> importPlanInto(Long planId, Adapting adapting, InputStream kit) {
        ActionPlan plan = service.plan(planId);
        service.require(service.exerciseOf(plan), PlanAction.IMPORT_KIT);
        plan.requireDraft();
        KitReader.Kit read = KitReader.read(kit, json).requireKind("plan");
        KitOrigin origin = read.origin();
        JsonNode commitments = read.file("plan.json", json).path("commitments");
        if (!commitments.isArray() || commitments.isEmpty() || commitments.size() > PlanKit.MAX_COMMITMENTS) {
            throw KitReader.refused("kit.error.text", "commitments");
        }
        String site = site(origin.url());
        if (site.isEmpty()) {
            throw KitReader.refused("kit.error.text", "attribution");
        }
        Set<String> codes = new java.util.HashSet<>();
        service.commitments(plan).forEach(c -> codes.add(c.getCode()));
        List<Commitment> added = new ArrayList<>();
        for (JsonNode texts : commitments) {
            String url = text(texts, "url");
            if (url == null || url.length() > 1000 || !site.equals(site(url))) {
                throw KitReader.refused("kit.error.text", "commitments.url");
            }
            String code = text(texts, "code");
            if (code != null && !codes.add(code)) {
                throw KitReader.refused("kit.error.codeTaken", KitReader.cut(code));
            }
            added.add(add(planId, adapting, texts, adaptation(origin, text(texts, "code"), url), null));
        }
        return added;
    }

    private Commitment add(Long planId, Adapting adapting, JsonNode texts, Adaptation origin, String ownCode) {
        for (Object[] t : TEXTS) {
            String value = text(texts, (String) t[0]);
            if (value != null && value.length() > (Integer) t[1]) {
                throw KitReader.refused("kit.error.text", t[0]);
            }
        }
        String title = KitReader.text(texts, "title", 300, true);
        Set<Theme> themes = KitReader.choices(texts, "themes", Theme.class);
        String code = KitReader.ownOr(ownCode, texts, "code");
        if (code != null && code.length() > 40) {
            throw KitReader.refused("kit.error.text", "code");
        }
        CommitmentDraft draft = new CommitmentDraft(code, title, text(texts, "summary"),
                text(texts, "problem"), text(texts, "causes"), text(texts, "baseline"), text(texts, "objective"),
                text(texts, "description"), text(texts, "expectedResults"), themes, null, adapting.leadInstitutionSlug(),
                List.of(), null, null, null, adapting.startDate(), adapting.endDate());
        List<MilestoneDraft> milestones = new ArrayList<>();
        for (JsonNode m : texts.path("milestones")) {
            String milestone = text(m, "title");
            String deliverable = text(m, "deliverable");
            String means = text(m, "meansOfVerification");
            if (milestone == null || milestone.length() > 300 || deliverable != null && deliverable.length() > 1000
                    || means != null && means.length() > 1000 || milestones.size() >= 100) {
                throw KitReader.refused("kit.error.text", "milestones");
            }
            int weight = m.path("weight").asInt(1);
            milestones.add(new MilestoneDraft(milestone, deliverable, means, null, adapting.startDate(),
                    adapting.endDate(), weight < 1 || weight > 100 ? 1 : weight));
        }
        Commitment commitment = service.addCommitment(planId, draft, origin);
        for (MilestoneDraft m : milestones) {
            service.addMilestone(commitment.getId(), m);
        }
        return commitment;
    }

    private static Adaptation adaptation(KitOrigin origin, String code, String url) {
        return new Adaptation(origin.institution(), origin.exercise(), code, origin.date(), url,
                ContentLicence.byId(origin.licenceId()));
    }

    /** The scheme and host of an http(s) address, or "" when it is not one. */
    private static String site(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? ""
                    : uri.getScheme() + "://" + uri.getAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String text(JsonNode node, String field) {
        return KitReader.text(node, field);
    }
}
