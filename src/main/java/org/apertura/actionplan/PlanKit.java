package org.apertura.actionplan;

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
 * A published action plan as a reusable kit (issue 18, docs/KITS.md): {@code plan.json} with the plan's title and
 * each of its commitments (the five of the declaration) as a commitment kit carries them plus the original's address,
 * {@code commitments.csv} listing them, and the licence with the attribution. Another government imports it into a
 * draft plan of its own ({@link CommitmentKitImport#importPlanInto}); each commitment keeps its own original, so
 * each original's page can show where it was reused.
 */
@Component
public class PlanKit {

    /** The most commitments a plan kit may carry (the declaration asks for five; a plan may have a few more). */
    static final int MAX_COMMITMENTS = 30;

    private final ActionPlanService service;
    private final CommitmentKit commitmentKit;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;

    PlanKit(ActionPlanService service, CommitmentKit commitmentKit, PublicUrl publicUrl, ObjectMapper json) {
        this.service = service;
        this.commitmentKit = commitmentKit;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    public String fileName(ActionPlan plan) {
        return KitWriter.fileName(null, "plan", plan.getId());
    }

    /** The kit of a plan with what its public page shows. */
    public byte[] zip(long planId) {
        ActionPlan plan = service.plan(planId);
        Exercise exercise = service.exerciseOf(plan);
        List<Map<String, Object>> commitments = new ArrayList<>();
        StringBuilder csv = new StringBuilder("code,title,url\r\n");
        for (Commitment c : service.commitments(plan)) {
            Map<String, Object> texts = commitmentKit.texts(c);
            String url = publicUrl.of("/compromisos/" + c.getId());
            texts.put("url", url);
            commitments.add(texts);
            csv.append(KitWriter.cell(c.getCode())).append(',').append(KitWriter.cell(c.getTitle())).append(',')
                    .append(KitWriter.cell(url)).append("\r\n");
        }
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("title", plan.getTitle());
        texts.put("commitments", commitments);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plan.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(texts));
        files.put("commitments.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        return KitWriter.zip(commitmentKit.header("plan", plan.getTitle(), exercise, service.bodyOf(exercise).getName(),
                null, publicUrl.of("/planes/" + plan.getId())), files, json);
    }
}
