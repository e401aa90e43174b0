package org.apertura.contracting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One compiled release as the indicators read it: the fields they share, read leniently as Cardinal does (a field
 * of the wrong JSON type counts as missing, so a malformed release is skipped by an indicator, never an error).
 */
record ReleaseView(JsonNode release, String ocid) {

    /** The release, if it is an object with a string {@code ocid}; Cardinal skips anything else. */
    static Optional<ReleaseView> of(JsonNode release) {
        String ocid = string(release, "ocid");
        return release.isObject() && ocid != null ? Optional.of(new ReleaseView(release, ocid)) : Optional.empty();
    }

    /** The string value of an object's field, or null if the node is not an object or the field not a string. */
    static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** The numeric value of an object's field as a double, or null if the field is not a number. */
    static Double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    /** An object's field if it is an object, else null. */
    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** An object's field if it is an array, else null. */
    static JsonNode array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? value : null;
    }

    /** Adds the {@code id} of each organization reference of the array (those without one are left out). */
    static void addIds(JsonNode organizations, java.util.Set<String> ids) {
        for (JsonNode organization : organizations) {
            String id = string(organization, "id");
            if (id != null) {
                ids.add(id);
            }
        }
    }

    /** Whether an object's {@code status} is the given code. */
    static boolean hasStatus(JsonNode node, String status) {
        return status.equals(string(node, "status"));
    }

    /** {@code /tender}, or null. */
    JsonNode tender() {
        return object(release, "tender");
    }

    /** {@code /awards}, or null. */
    JsonNode awards() {
        return array(release, "awards");
    }

    /** {@code /bids/details}, or null. */
    JsonNode bidDetails() {
        return array(object(release, "bids"), "details");
    }

    /**
     * Whether every indicator may look at the release: its tender is not cancelled ({@code /tender/status}) and
     * its procurement method details are not excluded in the settings.
     */
    boolean passesGlobalExclusions(RedFlagSettings settings) {
        return !hasStatus(tender(), "cancelled")
                && matchesProcurementMethodDetails(Set.of(), settings.excludedProcurementMethodDetails());
    }

    /**
     * Whether {@code /tender/procurementMethodDetails} passes an allow list (if not empty) or else a deny list.
     * Without the field, a release passes only a deny list.
     */
    boolean matchesProcurementMethodDetails(Set<String> include, Set<String> exclude) {
        String details = string(tender(), "procurementMethodDetails");
        if (details == null) {
            return include.isEmpty();
        }
        return include.isEmpty() ? !exclude.contains(details) : include.contains(details);
    }

    /** Whether prices of this procedure may be compared (not predetermined by the buyer, per the settings). */
    boolean comparesPrices(RedFlagSettings settings) {
        return matchesProcurementMethodDetails(settings.priceComparisonProcurementMethods(),
                settings.noPriceComparisonProcurementMethods());
    }

    /** Whether {@code /tender/procurementMethod} is in the set; an empty set matches every release. */
    boolean matchesProcurementMethod(Set<String> methods) {
        if (methods.isEmpty()) {
            return true;
        }
        String method = string(tender(), "procurementMethod");
        return method != null && methods.contains(method);
    }

    /**
     * The submitted bids: those pending, valid or disqualified, that is, with a status other than invited or
     * withdrawn (a bid without a status is not counted).
     */
    List<JsonNode> submittedBids() {
        List<JsonNode> submitted = new ArrayList<>();
        JsonNode details = bidDetails();
        if (details != null) {
            for (JsonNode bid : details) {
                String status = string(bid, "status");
                if (status != null && !status.equals("invited") && !status.equals("withdrawn")) {
                    submitted.add(bid);
                }
            }
        }
        return submitted;
    }

    /**
     * The active awards, if the release has awards and bids and every award is final (active, cancelled or
     * unsuccessful); empty otherwise, because results on a pending award could change. Awards without a status
     * are ignored, as in Cardinal.
     */
    Optional<List<JsonNode>> activeAwardsIfAllFinal() {
        JsonNode awards = awards();
        if (awards == null || bidDetails() == null) {
            return Optional.empty();
        }
        List<JsonNode> active = new ArrayList<>();
        for (JsonNode award : awards) {
            String status = string(award, "status");
            if (status == null || status.equals("cancelled") || status.equals("unsuccessful")) {
                continue;
            }
            if (!status.equals("active")) {
                return Optional.empty();
            }
            active.add(award);
        }
        return Optional.of(active);
    }

    /**
     * The supplier of the only active award, if all awards are final and that award has exactly one supplier with
     * an id: the simple case in which every bid competed for the whole award (Cardinal issues #14 and #17).
     */
    Optional<String> soleSupplierOfSoleAward() {
        return activeAwardsIfAllFinal()
                .filter(active -> active.size() == 1)
                .map(active -> array(active.get(0), "suppliers"))
                .filter(suppliers -> suppliers.size() == 1)
                .map(suppliers -> string(suppliers.get(0), "id"));
    }

    /** The id of a bid's only tenderer, or null if the bid has none or several. */
    static String soleTenderer(JsonNode bid) {
        JsonNode tenderers = array(bid, "tenderers");
        return tenderers != null && tenderers.size() == 1 ? string(tenderers.get(0), "id") : null;
    }
}
