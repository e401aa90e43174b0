package org.apertura.actionplan;

import org.apertura.platform.kits.ContentLicence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.kits.KitWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A published commitment as a reusable kit (issue 18, docs/KITS.md), written by {@link KitWriter}: the commitment's
 * texts and milestones as JSON, the milestones as CSV, and the licence with the attribution — institution, exercise,
 * date, address — so whoever adapts it can say where it came from.
 */
@Component
public class CommitmentKit {

    private final ActionPlanService service;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;
    private final org.springframework.context.MessageSource messages;

    CommitmentKit(ActionPlanService service, PublicUrl publicUrl, ObjectMapper json,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** The kit's file name, e.g. {@code kit-DGO-02.zip}. */
    public String fileName(Commitment c) {
        return KitWriter.fileName(c.getCode(), "compromiso", c.getId());
    }

    /** The kit of a commitment, with what its public page shows. */
    public byte[] zip(long commitmentId) {
        Commitment c = service.commitment(commitmentId);
        ActionPlan plan = service.plan(c.getPlanId());
        Exercise exercise = service.exerciseOf(plan);
        Map<String, Object> texts = texts(c);
        StringBuilder csv = new StringBuilder("title,deliverable,means_of_verification,weight\r\n");
        for (Milestone m : service.milestones(c)) {
            csv.append(KitWriter.cell(m.getTitle())).append(',').append(KitWriter.cell(m.getDeliverable())).append(',')
                    .append(KitWriter.cell(m.getMeansOfVerification())).append(',').append(m.getWeight()).append("\r\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("commitment.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(texts));
        files.put("milestones.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        // The commitment's own texts exist only in Spanish; the themes of the declaration have English names too.
        files.put(KitWriter.english("commitment.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                Map.of("themes", englishThemes(c.getThemes()))));
        String institution = service.leadInstitution(c).map(i -> i.getName()).orElse(service.bodyOf(exercise).getName());
        return KitWriter.zip(header("commitment", c.getTitle(), exercise, institution, c.getCode(),
                publicUrl.of("/compromisos/" + c.getId())), files, json);
    }

    /** The English names of these themes of the declaration, by letter, as a kit's English texts carry them. */
    public Map<String, String> englishThemes(java.util.Collection<Theme> themes) {
        Map<String, String> names = new java.util.TreeMap<>();
        themes.forEach(t -> names.put(t.name(), messages.getMessage("theme." + t.name(), null, java.util.Locale.ENGLISH)));
        return names;
    }

    /** A kit's header for something of this exercise attributed to its secretariat (a call, a challenge). */
    public KitWriter.Header header(String kind, String title, Exercise exercise, String url) {
        return header(kind, title, exercise, service.bodyOf(exercise).getName(), null, url);
    }

    /** A kit's header for something of this exercise (its licence, its date today). */
    public KitWriter.Header header(String kind, String title, Exercise exercise, String institution, String code, String url) {
        ContentLicence licence = exercise.getLicence();
        return new KitWriter.Header(kind, title, licence.id(), licence.url(), institution, exercise.getName(), code,
                service.today(), url);
    }

    /** A commitment's texts, themes and milestones as {@code commitment.json} (and each of a plan kit's) carries them. */
    Map<String, Object> texts(Commitment c) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("code", c.getCode());
        texts.put("title", c.getTitle());
        texts.put("summary", c.getSummary());
        texts.putAll(c.sections());
        texts.put("themes", c.getThemes().stream().map(Enum::name).sorted().toList());
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Milestone m : service.milestones(c)) {
            Map<String, Object> milestone = new LinkedHashMap<>();
            milestone.put("title", m.getTitle());
            milestone.put("deliverable", m.getDeliverable());
            milestone.put("meansOfVerification", m.getMeansOfVerification());
            milestone.put("weight", m.getWeight());
            milestones.add(milestone);
        }
        texts.put("milestones", milestones);
        return texts;
    }

}
