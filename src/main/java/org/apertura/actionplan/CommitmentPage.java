package org.apertura.actionplan;

import org.apertura.platform.kits.ContentLicence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apertura.jurisdiction.Institution;
import org.apertura.platform.items.ItemPanel;
import org.apertura.platform.security.Allowed;
import org.apertura.platform.web.LinkedRecords;

/**
 * What a commitment's page shows, built inside the module ({@link CommitmentPageQuery#of}): the commitment with its
 * plan, exercise and licence, the sections it wrote, its milestones with their evidence and progress, the two
 * assessments, its earlier versions, and what the reader may do on it now. The controller only binds and routes.
 */
public record CommitmentPage(Commitment commitment, ActionPlan plan, Exercise exercise, ContentLicence contentLicence,
        Map<String, String> sections, Institution lead, List<Milestone> milestones, Progress progress,
        LocalDate today, Allowed<PlanAction> allowed, Map<Long, List<Evidence>> evidence,
        Map<String, LinkedRecords.LinkedRecord> linked, Set<Long> submittable, Set<Long> reviewable,
        long maxMegabytes, AssessmentService.TwoVoices voices, List<Version> versions, boolean following,
        Assessment.Voice myVoice, List<ItemPanel> panels) {

    /** An earlier version of a commitment as the page shows it: who changed it, when, why, and what it said. */
    public record Version(int number, Instant changedAt, String author, String reason, Map<String, Object> previous) {
    }

    /** Every piece of evidence on the commitment, milestone after milestone. */
    public List<Evidence> allEvidence() {
        return evidence.values().stream().flatMap(List::stream).toList();
    }

    /** The page's parts under the names the commitment template reads. */
    public Map<String, Object> attributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("contentLicence", contentLicence);
        model.put("commitment", commitment);
        model.put("sections", sections);
        model.put("plan", plan);
        model.put("exercise", exercise);
        model.put("lead", lead);
        model.put("milestones", milestones);
        model.put("progress", progress);
        model.put("today", today);
        model.put("allowed", allowed);
        model.put("evidence", evidence);
        model.put("linked", linked);
        model.put("submittable", submittable);
        model.put("reviewable", reviewable);
        model.put("maxMegabytes", maxMegabytes);
        model.put("voices", voices);
        model.put("versions", versions);
        model.put("following", following);
        model.put("myVoice", myVoice);
        model.put("completions", Completion.values());
        model.put("openedScale", OpenedGovernment.values());
        model.put("panels", panels);
        return model;
    }
}
