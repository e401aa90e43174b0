package org.apertura.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apertura.platform.Hashing;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A published commitment as a reusable kit (issue 18, docs/KITS.md): a ZIP with {@code manifest.json} (format
 * {@value #FORMAT} version {@value #VERSION}, checked against src/main/resources/kits/manifest-1.0.schema.json), the commitment's
 * texts and milestones as JSON, the milestones as CSV, and the licence with the attribution — institution, exercise,
 * date, address — so whoever adapts it can say where it came from.
 */
@Component
public class CommitmentKit {

    public static final String FORMAT = "apertura-kit";
    public static final String VERSION = "1.0";

    private final ActionPlanService service;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;

    CommitmentKit(ActionPlanService service, PublicUrl publicUrl, ObjectMapper json) {
        this.service = service;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** The kit's file name, e.g. {@code kit-DGO-02.zip}. */
    public String fileName(Commitment c) {
        return "kit-" + (c.getCode() == null ? "compromiso-" + c.getId() : c.getCode().replaceAll("[^A-Za-z0-9-]", "-"))
                + ".zip";
    }

    /** The kit of a commitment, with what its public page shows. */
    public byte[] zip(long commitmentId) {
        Commitment c = service.commitment(commitmentId);
        ActionPlan plan = service.plan(c.getPlanId());
        Exercise exercise = service.exerciseOf(plan);
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("code", c.getCode());
        texts.put("title", c.getTitle());
        texts.put("summary", c.getSummary());
        texts.put("problem", c.getProblem());
        texts.put("causes", c.getCauses());
        texts.put("baseline", c.getBaseline());
        texts.put("objective", c.getObjective());
        texts.put("description", c.getDescription());
        texts.put("expectedResults", c.getExpectedResults());
        texts.put("themes", c.getThemes().stream().map(Enum::name).sorted().toList());
        List<Map<String, Object>> milestones = new ArrayList<>();
        StringBuilder csv = new StringBuilder("title,deliverable,means_of_verification,weight\r\n");
        for (Milestone m : service.milestones(c)) {
            Map<String, Object> milestone = new LinkedHashMap<>();
            milestone.put("title", m.getTitle());
            milestone.put("deliverable", m.getDeliverable());
            milestone.put("meansOfVerification", m.getMeansOfVerification());
            milestone.put("weight", m.getWeight());
            milestones.add(milestone);
            csv.append(cell(m.getTitle())).append(',').append(cell(m.getDeliverable())).append(',')
                    .append(cell(m.getMeansOfVerification())).append(',').append(m.getWeight()).append("\r\n");
        }
        texts.put("milestones", milestones);
        ContentLicence licence = exercise.getLicence();
        String url = publicUrl.of("/compromisos/" + c.getId());
        String institution = service.leadInstitution(c).map(i -> i.getName()).orElse(service.bodyOf(exercise).getName());
        String licenceText = "Licencia / Licence: " + licence.id() + " " + licence.url() + "\n\nAtribución / Attribution: "
                + institution + ", " + exercise.getName() + ", " + c.getCode() + ", " + service.today() + ", " + url + "\n";

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("commitment.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(texts));
        files.put("milestones.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        files.put("LICENSE.txt", licenceText.getBytes(StandardCharsets.UTF_8));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", VERSION);
        manifest.put("kind", "commitment");
        manifest.put("title", c.getTitle());
        manifest.put("languages", List.of("es"));
        manifest.put("licence", Map.of("id", licence.id(), "url", licence.url()));
        Map<String, Object> attribution = new LinkedHashMap<>();
        attribution.put("institution", institution);
        attribution.put("exercise", exercise.getName());
        attribution.put("code", c.getCode());
        attribution.put("date", service.today().toString());
        attribution.put("url", url);
        manifest.put("attribution", attribution);
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach((path, bytes) -> listed.add(Map.of("path", path, "sha256", Hashing.sha256Hex(bytes),
                "bytes", bytes.length)));
        manifest.put("files", listed);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "manifest.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                put(zip, f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Quoted; a cell a spreadsheet could read as a formula starts with an apostrophe (OWASP). */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
