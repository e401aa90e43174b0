package org.apertura.cocreation;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apertura.actionplan.ActionPlanService;
import org.apertura.platform.kits.Adaptation;
import org.apertura.actionplan.CommitmentKit;
import org.apertura.actionplan.Exercise;
import org.apertura.actionplan.Theme;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.kits.KitOrigin;
import org.apertura.platform.kits.KitReader;
import org.apertura.platform.kits.KitWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A call for proposals as a reusable kit (issue 18, docs/KITS.md), in the shape of the commitment and plan kits:
 * {@code call.json} with the call's text, themes and rules (who proposes, supports per person, the threshold to a
 * working table) and how many days each period lasted, written by {@link KitWriter} with the exercise's licence and
 * the attribution. Another government imports it as a call of its own exercise with its own address and dates; the
 * kit is read by {@link KitReader}, which refuses every bad input, and the call's own checks refuse the rest before
 * anything is written. The imported call keeps the attribution ({@link Call#getAdaptation()}).
 */
@Service
public class CallKit {

    public static final String KIND = "call";
    static final String FILE = "call.json";

    private final CocreationService service;
    private final ActionPlanService plans;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;
    private final CommitmentKit commitmentKits;
    private final org.springframework.context.MessageSource messages;

    CallKit(CocreationService service, ActionPlanService plans, PublicUrl publicUrl, ObjectMapper json,
            CommitmentKit commitmentKits, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.commitmentKits = commitmentKits;
        this.service = service;
        this.plans = plans;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** How this government adapts the kit: the call's address here and its own dates. */
    public record Adapting(String slug, LocalDate submissionOpens, LocalDate submissionCloses, LocalDate supportOpens,
            LocalDate supportCloses) {
    }

    /** The kit's file name, e.g. {@code kit-presupuesto-abierto.zip}. */
    public String fileName(Call call) {
        return KitWriter.fileName(call.getSlug(), "convocatoria", call.getId());
    }

    /** The kit of a call, with what its public page shows. */
    @Transactional(readOnly = true)
    public byte[] zip(String slug) {
        Call call = service.call(slug);
        Exercise exercise = service.exerciseOf(call);
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("slug", call.getSlug());
        texts.put("title", call.getTitle());
        texts.put("description", call.getDescription());
        texts.put("themes", call.getThemes().stream().map(Enum::name).sorted().toList());
        texts.put("proposers", call.getProposers().name());
        texts.put("supportsPerPerson", call.getSupportsPerPerson());
        texts.put("tableThreshold", call.getTableThreshold());
        texts.put("submissionDays", KitWriter.days(call.getSubmissionOpens(), call.getSubmissionCloses()));
        texts.put("supportDays", KitWriter.days(call.getSupportOpens(), call.getSupportCloses()));
        KitWriter.Header header = commitmentKits.header(KIND, call.getTitle(), exercise,
                publicUrl.of("/convocatorias/" + call.getSlug()));
        // The call's own texts exist only in Spanish; its themes and its rule on proposers have English names too.
        java.util.Locale en = java.util.Locale.ENGLISH;
        Map<String, Object> english = new LinkedHashMap<>();
        english.put("themes", commitmentKits.englishThemes(call.getThemes()));
        english.put("proposers", messages.getMessage("cocreation.proposers." + call.getProposers().name(), null, en));
        return KitWriter.zip(header, FILE, texts, english, json);
    }

    /**
     * Reads the kit and creates a draft call (ADR 0061) in the exercise with this government's address and dates, attributed to the
     * original, or refuses it whole (a bad kit, or terms the call's own checks refuse) and writes nothing.
     */
    @Transactional
    public Call importInto(String exerciseSlug, Adapting adapting, InputStream kit) {
        service.require(plans.exercise(exerciseSlug), CallAction.CREATE_CALL);
        KitReader.Kit read = KitReader.read(kit, json).requireKind(KIND);
        KitOrigin origin = read.origin();
        JsonNode texts = read.file(FILE, json);
        String title = KitReader.text(texts, "title", 200, true);
        String description = KitReader.text(texts, "description", 8000, true);
        Set<Theme> themes = KitReader.choices(texts, "themes", Theme.class);
        Call.Proposers proposers = KitReader.choice(texts, "proposers", Call.Proposers.class);
        Integer supports = texts.path("supportsPerPerson").isInt() ? texts.path("supportsPerPerson").asInt() : null;
        Integer threshold = texts.path("tableThreshold").isInt() ? texts.path("tableThreshold").asInt() : null;
        String slug = KitReader.ownOr(adapting.slug(), texts, "slug");
        Call.Terms terms = new Call.Terms(slug, title, description, themes, adapting.submissionOpens(),
                adapting.submissionCloses(), adapting.supportOpens(), adapting.supportCloses(), proposers, supports,
                threshold);
        return service.importCall(exerciseSlug, terms, Adaptation.of(origin));
    }

    /** Whether the current person may import a call kit into this exercise (those who may create its calls). */
    public boolean mayImport(Exercise exercise) {
        return service.allowedOn(exercise).may(CallAction.CREATE_CALL);
    }
}
