package org.apertura.contracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The steps an institution publishes a contracting process by, each one OCDS release with its tag, and the rule
 * of which steps may come next, read from the process's compiled release: planning until the tender is
 * published; then amending or cancelling the tender, or awarding it; a contract for each award; then amending,
 * terminating or recording payments and milestones of each contract in force. A cancelled tender, or every
 * contract terminated, ends the process.
 */
public enum ProcessStep {
    PLANNING("planeacion", "planning"),
    TENDER("licitacion", "tender"),
    TENDER_AMENDMENT("modificacion-licitacion", "tenderAmendment"),
    TENDER_CANCELLATION("cancelacion", "tenderCancellation"),
    AWARD("adjudicacion", "award"),
    CONTRACT("contrato", "contract"),
    CONTRACT_AMENDMENT("modificacion-contrato", "contractAmendment"),
    CONTRACT_TERMINATION("terminacion", "contractTermination"),
    IMPLEMENTATION("ejecucion", "implementation");

    private static final Set<String> ENDED_AWARDS = Set.of("cancelled", "unsuccessful");

    private final String slug;
    private final String tag;

    ProcessStep(String slug, String tag) {
        this.slug = slug;
        this.tag = tag;
    }

    /** The step's part of a page address, in Spanish. */
    public String slug() {
        return slug;
    }

    /** The OCDS release tag of the step's release. */
    public String tag() {
        return tag;
    }

    public static Optional<ProcessStep> bySlug(String slug) {
        for (ProcessStep step : values()) {
            if (step.slug.equals(slug)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The steps that may be published next for a process whose compiled release this is. */
    public static List<ProcessStep> next(JsonNode compiled) {
        JsonNode tender = compiled.path("tender");
        String status = tender.path("status").asString("");
        List<ProcessStep> next = new ArrayList<>();
        if (status.equals("cancelled") || status.equals("unsuccessful") || status.equals("withdrawn")) {
            return next;
        }
        if (status.isEmpty() || status.equals("planning") || status.equals("planned")) {
            next.add(PLANNING);
            next.add(TENDER);
            return next;
        }
        boolean awarded = false;
        boolean awardWithoutContract = false;
        for (JsonNode award : compiled.path("awards")) {
            if (ENDED_AWARDS.contains(award.path("status").asString(""))) {
                continue;
            }
            awarded = true;
            awardWithoutContract |= contractsOf(compiled, award.path("id").asString("")) == 0;
        }
        boolean contractInForce = false;
        for (JsonNode contract : compiled.path("contracts")) {
            String contractStatus = contract.path("status").asString("");
            contractInForce |= !contractStatus.equals("terminated") && !contractStatus.equals("cancelled");
        }
        if (!awarded) {
            next.addAll(List.of(TENDER_AMENDMENT, TENDER_CANCELLATION, AWARD));
        } else if (awardWithoutContract) {
            next.addAll(List.of(AWARD, CONTRACT));
        }
        if (contractInForce) {
            next.addAll(List.of(CONTRACT_AMENDMENT, CONTRACT_TERMINATION, IMPLEMENTATION));
        }
        return next;
    }

    private static int contractsOf(JsonNode compiled, String awardId) {
        int count = 0;
        for (JsonNode contract : compiled.path("contracts")) {
            count += awardId.equals(contract.path("awardID").asString("")) ? 1 : 0;
        }
        return count;
    }
}
