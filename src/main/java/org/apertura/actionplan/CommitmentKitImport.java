package org.apertura.actionplan;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apertura.actionplan.Drafts.MilestoneDraft;
import org.apertura.platform.Texts;
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
        KitReader.Kit read = KitReader.read(kit, json);
        if (!"commitment".equals(read.kind())) {
            throw KitReader.refused("kit.error.kind", read.kind());
        }
        JsonNode texts = read.file("commitment.json", json);
        JsonNode attribution = read.manifest().path("attribution");
        Adaptation origin = new Adaptation(attribution.path("institution").asString(),
                attribution.path("exercise").asString(), text(attribution, "code"), date(attribution.path("date")),
                attribution.path("url").asString(), ContentLicence.byId(read.manifest().path("licence").path("id").asString()));
        if (origin.institution().length() > 300 || origin.exercise().length() > 300
                || origin.code() != null && origin.code().length() > 40 || origin.url().length() > 1000) {
            throw KitReader.refused("kit.error.text", "attribution");
        }
        for (Object[] t : TEXTS) {
            String value = text(texts, (String) t[0]);
            if (value != null && value.length() > (Integer) t[1]) {
                throw KitReader.refused("kit.error.text", t[0]);
            }
        }
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (JsonNode theme : texts.path("themes")) {
            try {
                themes.add(Theme.valueOf(theme.asString("")));
            } catch (IllegalArgumentException unknown) {
                throw KitReader.refused("kit.error.text", "themes");
            }
        }
        String code = adapting.code() == null || adapting.code().isBlank() ? text(texts, "code") : adapting.code();
        CommitmentDraft draft = new CommitmentDraft(code, text(texts, "title"), text(texts, "summary"),
                text(texts, "problem"), text(texts, "causes"), text(texts, "baseline"), text(texts, "objective"),
                text(texts, "description"), text(texts, "expectedResults"), themes, null, adapting.leadInstitutionSlug(),
                List.of(), null, null, null, adapting.startDate(), adapting.endDate());
        List<MilestoneDraft> milestones = new ArrayList<>();
        for (JsonNode m : texts.path("milestones")) {
            String title = text(m, "title");
            String deliverable = text(m, "deliverable");
            String means = text(m, "meansOfVerification");
            if (title == null || title.length() > 300 || deliverable != null && deliverable.length() > 1000
                    || means != null && means.length() > 1000 || milestones.size() >= 100) {
                throw KitReader.refused("kit.error.text", "milestones");
            }
            int weight = m.path("weight").asInt(1);
            milestones.add(new MilestoneDraft(title, deliverable, means, null, adapting.startDate(),
                    adapting.endDate(), weight < 1 || weight > 100 ? 1 : weight));
        }
        Commitment commitment = service.addCommitment(planId, draft, origin);
        for (MilestoneDraft m : milestones) {
            service.addMilestone(commitment.getId(), m);
        }
        return commitment;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? Texts.blankToNull(value.asString()) : null;
    }

    private static LocalDate date(JsonNode node) {
        try {
            return LocalDate.parse(node.asString(""));
        } catch (DateTimeParseException e) {
            throw KitReader.refused("kit.error.schema", "attribution.date");
        }
    }
}
