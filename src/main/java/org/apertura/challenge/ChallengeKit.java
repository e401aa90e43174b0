package org.apertura.challenge;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.platform.kits.Adaptation;
import org.apertura.actionplan.CommitmentKit;
import org.apertura.actionplan.Exercise;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A challenge (hackathon, contest or citizen lab) as a reusable kit (issue 18, docs/KITS.md), in the shape of the
 * call's: {@code challenge.json} with its kind, description, rules, prizes, open data, its rubric and how long each
 * period lasted, written by {@link KitWriter} with the exercise's licence and the attribution. Another government
 * imports it as a challenge of one of its commitments with its own address and schedule; {@link KitReader} refuses
 * every bad kit, and the challenge's own checks the rest, before anything is written. The imported challenge keeps
 * the attribution ({@link Challenge#getAdaptation()}).
 */
@Service
public class ChallengeKit {

    public static final String KIND = "challenge";
    static final String FILE = "challenge.json";

    private final ChallengeService service;
    private final ActionPlanService plans;
    private final CommitmentKit commitmentKits;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;
    private final org.springframework.context.MessageSource messages;

    ChallengeKit(ChallengeService service, ActionPlanService plans, CommitmentKit commitmentKits, PublicUrl publicUrl,
            ObjectMapper json, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.plans = plans;
        this.commitmentKits = commitmentKits;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** How this government adapts the kit: the challenge's address here and its own schedule. */
    public record Adapting(String slug, LocalDate registrationOpens, LocalDate registrationCloses,
            LocalDate submissionsOpen, LocalDate submissionsClose, LocalDate resultsOn) {
    }

    /** The kit's file name, e.g. {@code kit-datos-del-agua.zip}. */
    public String fileName(Challenge challenge) {
        return KitWriter.fileName(challenge.getSlug(), "reto", challenge.getId());
    }

    /** The kit of a challenge, with what its public page shows (never teams, submissions or scores). */
    @Transactional(readOnly = true)
    public byte[] zip(String slug) {
        Challenge challenge = service.challenge(slug);
        Exercise exercise = plans.exerciseOf(plans.plan(service.commitmentOf(challenge).getPlanId()));
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("slug", challenge.getSlug());
        texts.put("kind", challenge.getKind().name());
        texts.put("title", challenge.getTitle());
        texts.put("summary", challenge.getSummary());
        texts.put("rules", challenge.getRules());
        texts.put("prizes", challenge.prizeList());
        texts.put("datasets", challenge.datasetList());
        texts.put("rubric", service.rubric(challenge).stream().map(Criterion::publicRecord).toList());
        texts.put("registrationDays", KitWriter.days(challenge.getRegistrationOpens(), challenge.getRegistrationCloses()));
        texts.put("submissionDays", KitWriter.days(challenge.getSubmissionsOpen(), challenge.getSubmissionsClose()));
        texts.put("judgingDays", KitWriter.days(challenge.getSubmissionsClose(), challenge.getResultsOn()) - 1);
        KitWriter.Header header = commitmentKits.header(KIND, challenge.getTitle(), exercise,
                publicUrl.of("/retos/" + challenge.getSlug()));
        // The challenge's own texts exist only in Spanish; its kind has an English name too.
        Map<String, Object> english = new LinkedHashMap<>();
        english.put("kind", messages.getMessage("challenge.kind." + challenge.getKind().name(), null,
                java.util.Locale.ENGLISH));
        return KitWriter.zip(header, FILE, texts, english, json);
    }

    /**
     * Reads the kit and creates the challenge for the commitment with this government's address and schedule and the
     * kit's rubric, attributed to the original, or refuses it whole (a bad kit, or what a challenge may not be) and
     * writes nothing.
     */
    @Transactional
    public Challenge importInto(Long commitmentId, Adapting adapting, InputStream kit) {
        service.allowedFor(commitmentId).require(ChallengeAction.CREATE);
        KitReader.Kit read = KitReader.read(kit, json).requireKind(KIND);
        Adaptation origin = Adaptation.of(read.origin());
        JsonNode texts = read.file(FILE, json);
        ChallengeKind kind = KitReader.choice(texts, "kind", ChallengeKind.class);
        String title = KitReader.text(texts, "title", 200, true);
        String summary = KitReader.text(texts, "summary", 4000, true);
        String rules = KitReader.text(texts, "rules", 10000, false);
        String prizes = lines(texts, "prizes", 2000);
        String datasets = lines(texts, "datasets", 4000);
        List<ChallengeService.CriterionText> rubric = new ArrayList<>();
        for (JsonNode c : texts.path("rubric")) {
            String name = KitReader.text(c, "name", 120, true);
            String description = KitReader.text(c, "description", 1000, false);
            if (!c.path("weight").isInt() || c.path("weight").asInt() < 1 || c.path("weight").asInt() > 100
                    || rubric.size() >= 30) {
                throw KitReader.refused("kit.error.text", "rubric");
            }
            rubric.add(new ChallengeService.CriterionText(name, description, c.path("weight").asInt()));
        }
        String slug = KitReader.ownOr(adapting.slug(), texts, "slug");
        ChallengeDraft draft = new ChallengeDraft(title, slug, kind, summary, rules, prizes, datasets,
                adapting.registrationOpens(), adapting.registrationCloses(), adapting.submissionsOpen(),
                adapting.submissionsClose(), adapting.resultsOn());
        return service.importChallenge(commitmentId, draft, rubric, origin);
    }

    /** Whether the current person may import a challenge kit for this commitment (those who may create its challenges). */
    public boolean mayImport(Long commitmentId) {
        return service.allowedFor(commitmentId).may(ChallengeAction.CREATE);
    }

    /** A list of strings of the kit as the lines a challenge keeps, refused past {@code max} characters. */
    private static String lines(JsonNode node, String field, int max) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : node.path(field)) {
            if (!line.isString()) {
                throw KitReader.refused("kit.error.text", field);
            }
            lines.add(line.asString().replace('\n', ' ').replace('\r', ' '));
        }
        String joined = String.join("\n", lines);
        if (joined.length() > max) {
            throw KitReader.refused("kit.error.text", field);
        }
        return joined.isBlank() ? null : joined;
    }
}
