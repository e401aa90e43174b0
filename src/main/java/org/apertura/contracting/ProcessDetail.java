package org.apertura.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A contracting process as its public page shows it, read from its record: the stages as a timeline with their
 * dates, the amounts at each stage, documents, suppliers, items, payments, amendments, and every change its
 * versioned release holds, release by release (the field, the value before and after). Codes stay OCDS codes
 * here; the page puts them into words. What the history names by an OCDS id is named as people know it: an element
 * of a list by its name, title or description, a contract's award by the award's title; the id of a reference to
 * an organization is left out, its name says who it is.
 */
public record ProcessDetail(ProcessRecord record, String title, String description, String methodDetails,
        String category, String language, List<Step> timeline, Amounts amounts, List<Document> documents,
        List<Supplier> suppliers, List<Item> items, List<Payment> payments, List<Amendment> amendments,
        List<ReleaseChanges> history) {

    /** Marks a path's element named by its date (after the {@code #}), for the page to write the date its way. */
    public static final String DATED = "@";

    /**
     * The scheme the history gives an identifier of an institution of this directory (whatever scheme the
     * deployment configured): its id is then the institution's name, never its internal slug.
     */
    public static final String INSTITUTION_SCHEME = "APERTURA";

    /** How institutions of this directory are identified (the configured scheme) and their names by slug. */
    record Institutions(String scheme, Map<String, String> names) {

        static final Institutions NONE = new Institutions(null, Map.of());
    }

    /** An amount of money in a currency. */
    public record Money(BigDecimal amount, String currency) {

        static Money of(JsonNode value) {
            JsonNode amount = value.path("amount");
            return amount.isNumber() ? new Money(amount.decimalValue(), value.path("currency").asString(null)) : null;
        }
    }

    /** One stage: whether the process reached it, and its dates (either may be missing). */
    public record Step(ProcessStage stage, boolean reached, Instant start, Instant end) {
    }

    /** The amounts at each stage: budget, tender value, awarded, contracted and paid (the sum of transactions). */
    public record Amounts(Money budget, Money tender, Money awarded, Money contracted, Money paid) {
    }

    /** A document: title, address, OCDS type, the stage it belongs to, date. */
    public record Document(String title, String url, String type, ProcessStage stage, Instant date) {
    }

    /** A supplier of an award: key (its page), name, the award's status and value. */
    public record Supplier(String key, String name, String awardStatus, Money value) {
    }

    /** An item: description, quantity and unit, and its classification (description, scheme's code, key). */
    public record Item(String description, BigDecimal quantity, String unit, String classification,
            String classificationScheme, String classificationId) {
    }

    /** A payment (contract transaction): date, value, payee, contract. */
    public record Payment(Instant date, Money value, String payee, String contract) {
    }

    /** An amendment of the tender or a contract: date, rationale, where. */
    public record Amendment(Instant date, String rationale, ProcessStage stage) {
    }

    /**
     * A field's value set by a release: the field's path (names; {@code #name} for an element of a list with ids,
     * named as {@link ProcessDetail} says), the value before (null when the release first set it) and after.
     */
    public record Change(List<String> path, JsonNode before, JsonNode after) {

        /** The field's own name: the last name in its path. */
        public String field() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (!path.get(i).startsWith("#")) {
                    return path.get(i);
                }
            }
            return "";
        }
    }

    /** What one release changed and what it added. */
    public record ReleaseChanges(String releaseId, Instant date, List<String> tags, List<Change> changes,
            List<Change> additions) {
    }

    static ProcessDetail of(ProcessRecord record, JsonNode compiled, JsonNode versioned, List<StoredRelease> releases,
            Institutions institutions) {
        JsonNode tender = compiled.path("tender");
        return new ProcessDetail(record, text(tender.path("title")), text(tender.path("description")),
                text(tender.path("procurementMethodDetails")), text(tender.path("mainProcurementCategory")),
                text(compiled.path("language")), timeline(compiled, releases, ProcessStage.ofCode(record.getStage())),
                amounts(compiled), documents(compiled), suppliers(compiled), items(compiled), payments(compiled),
                amendments(compiled), history(versioned, awardNames(compiled), institutions));
    }

    private static List<Step> timeline(JsonNode compiled, List<StoredRelease> releases, ProcessStage reached) {
        Instant planned = null;
        for (StoredRelease release : releases) {
            if (release.getTags().contains("planning")) {
                planned = min(planned, release.getReleaseDate());
            }
        }
        JsonNode tender = compiled.path("tender");
        Instant tenderStart = date(tender.path("tenderPeriod").path("startDate"));
        Instant tenderEnd = date(tender.path("tenderPeriod").path("endDate"));
        Instant awardFirst = null;
        Instant awardLast = null;
        for (JsonNode award : compiled.path("awards")) {
            awardFirst = min(awardFirst, date(award.path("date")));
            awardLast = max(awardLast, date(award.path("date")));
        }
        Instant signed = null;
        Instant contractEnd = null;
        Instant paidFirst = null;
        Instant paidLast = null;
        for (JsonNode contract : compiled.path("contracts")) {
            signed = min(signed, date(contract.path("dateSigned")));
            contractEnd = max(contractEnd, date(contract.path("period").path("endDate")));
            for (JsonNode transaction : contract.path("implementation").path("transactions")) {
                paidFirst = min(paidFirst, date(transaction.path("date")));
                paidLast = max(paidLast, date(transaction.path("date")));
            }
        }
        int at = reached == null ? -1 : reached.ordinal();
        return List.of(new Step(ProcessStage.PLANNING, at >= 0, planned, null),
                new Step(ProcessStage.TENDER, at >= 1, tenderStart, tenderEnd),
                new Step(ProcessStage.AWARD, at >= 2, awardFirst, same(awardFirst, awardLast)),
                new Step(ProcessStage.CONTRACT, at >= 3, signed, contractEnd),
                new Step(ProcessStage.IMPLEMENTATION, at >= 4, paidFirst, same(paidFirst, paidLast)));
    }

    private static Amounts amounts(JsonNode compiled) {
        Total awarded = new Total();
        for (JsonNode award : compiled.path("awards")) {
            String status = text(award.path("status"));
            if (!"cancelled".equals(status) && !"unsuccessful".equals(status)) {
                awarded.add(Money.of(award.path("value")));
            }
        }
        Total contracted = new Total();
        Total paid = new Total();
        for (JsonNode contract : compiled.path("contracts")) {
            if (!"cancelled".equals(text(contract.path("status")))) {
                contracted.add(Money.of(contract.path("value")));
            }
            for (JsonNode transaction : contract.path("implementation").path("transactions")) {
                paid.add(Money.of(transaction.has("value") ? transaction.path("value") : transaction.path("amount")));
            }
        }
        return new Amounts(Money.of(compiled.path("planning").path("budget").path("amount")),
                Money.of(compiled.path("tender").path("value")), awarded.money(), contracted.money(), paid.money());
    }

    /** A sum in one currency; unknown (null) if it mixes currencies or has nothing to add. */
    private static final class Total {
        private Money sum;
        private boolean mixed;

        void add(Money money) {
            if (money == null || mixed) {
                return;
            }
            if (sum == null) {
                sum = money;
            } else if (java.util.Objects.equals(sum.currency(), money.currency())) {
                sum = new Money(sum.amount().add(money.amount()), sum.currency());
            } else {
                mixed = true;
            }
        }

        Money money() {
            return mixed ? null : sum;
        }
    }

    private static List<Document> documents(JsonNode compiled) {
        List<Document> documents = new ArrayList<>();
        addDocuments(documents, compiled.path("planning").path("documents"), ProcessStage.PLANNING);
        addDocuments(documents, compiled.path("tender").path("documents"), ProcessStage.TENDER);
        compiled.path("awards").forEach(a -> addDocuments(documents, a.path("documents"), ProcessStage.AWARD));
        for (JsonNode contract : compiled.path("contracts")) {
            addDocuments(documents, contract.path("documents"), ProcessStage.CONTRACT);
            addDocuments(documents, contract.path("implementation").path("documents"), ProcessStage.IMPLEMENTATION);
        }
        return documents;
    }

    private static void addDocuments(List<Document> documents, JsonNode list, ProcessStage stage) {
        for (JsonNode document : list) {
            String url = text(document.path("url"));
            documents.add(new Document(text(document.path("title")),
                    url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null,
                    text(document.path("documentType")), stage,
                    date(document.has("datePublished") ? document.path("datePublished") : document.path("dateModified"))));
        }
    }

    private static List<Supplier> suppliers(JsonNode compiled) {
        SupplierKeys keys = new SupplierKeys(compiled);
        List<Supplier> suppliers = new ArrayList<>();
        for (JsonNode award : compiled.path("awards")) {
            for (JsonNode supplier : award.path("suppliers")) {
                String name = keys.nameOf(supplier);
                suppliers.add(new Supplier(keys.keyOf(supplier), name == null ? keys.keyOf(supplier) : name,
                        text(award.path("status")), award.path("suppliers").size() == 1
                                ? Money.of(award.path("value")) : null));
            }
        }
        return suppliers;
    }

    private static List<Item> items(JsonNode compiled) {
        JsonNode list = compiled.path("tender").path("items");
        if (list.isEmpty()) {
            for (JsonNode award : compiled.path("awards")) {
                if (!award.path("items").isEmpty()) {
                    list = award.path("items");
                    break;
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode item : list) {
            JsonNode quantity = item.path("quantity");
            JsonNode classification = item.path("classification");
            items.add(new Item(text(item.path("description")), quantity.isNumber() ? quantity.decimalValue() : null,
                    text(item.path("unit").path("name")), text(classification.path("description")),
                    text(classification.path("scheme")), text(classification.path("id"))));
        }
        return items;
    }

    private static List<Payment> payments(JsonNode compiled) {
        List<Payment> payments = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            String contractName = text(contract.path("title")) != null ? text(contract.path("title"))
                    : text(contract.path("id"));
            for (JsonNode transaction : contract.path("implementation").path("transactions")) {
                payments.add(new Payment(date(transaction.path("date")), Money.of(transaction.has("value")
                        ? transaction.path("value") : transaction.path("amount")),
                        text(transaction.path("payee").path("name")), contractName));
            }
        }
        payments.sort(Comparator.comparing(Payment::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return payments;
    }

    private static List<Amendment> amendments(JsonNode compiled) {
        List<Amendment> amendments = new ArrayList<>();
        compiled.path("tender").path("amendments").forEach(a -> amendments.add(
                new Amendment(date(a.path("date")), text(a.path("rationale")), ProcessStage.TENDER)));
        compiled.path("awards").forEach(award -> award.path("amendments").forEach(a -> amendments.add(
                new Amendment(date(a.path("date")), text(a.path("rationale")), ProcessStage.AWARD))));
        compiled.path("contracts").forEach(contract -> contract.path("amendments").forEach(a -> amendments.add(
                new Amendment(date(a.path("date")), text(a.path("rationale")), ProcessStage.CONTRACT))));
        amendments.sort(Comparator.comparing(Amendment::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return amendments;
    }

    /** Every value of the versioned release, grouped by the release that set it, oldest release first. */
    static List<ReleaseChanges> history(JsonNode versioned, Map<String, String> awardNames,
            Institutions institutions) {
        Map<String, Collector> byRelease = new LinkedHashMap<>();
        new Walk(byRelease, awardNames, institutions).walk(versioned, new ArrayList<>());
        return byRelease.values().stream()
                .sorted(Comparator.comparing((Collector c) -> c.date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(c -> new ReleaseChanges(c.releaseId, c.date, c.tags, c.changes, c.additions)).toList();
    }

    private static final class Collector {
        String releaseId;
        Instant date;
        List<String> tags = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final List<Change> additions = new ArrayList<>();
    }

    /** The titles of the compiled release's awards by id, for a contract's {@code awardID}. */
    private static Map<String, String> awardNames(JsonNode compiled) {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode award : compiled.path("awards")) {
            String id = text(award.path("id"));
            String title = shortText(text(award.path("title")));
            if (id != null && title != null) {
                names.put(id, title);
            }
        }
        return names;
    }

    private record Walk(Map<String, Collector> byRelease, Map<String, String> awardNames,
            Institutions institutions) {

        void walk(JsonNode node, List<String> path) {
            if (node.isObject()) {
                boolean institution = institutions.scheme() != null
                        && institutions.scheme().equals(text(latest(node.path("scheme"))));
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String name = field.getKey();
                    if (path.isEmpty() && name.equals("ocid")
                            || name.equals("id") && (!field.getValue().isArray()
                                    || node.has("name") && !node.has("scheme")
                                    || path.size() == 1 && path.get(0).equals("tender"))) {
                        // a list element's own id, the id of a reference to an organization, or the tender's own
                        // id (a code of the publisher's: the process is named by its title, its ocid is on the page)
                        continue;
                    }
                    path.add(name);
                    if (institution && (name.equals("id") || name.equals("scheme"))) {
                        walkInstitution(field.getValue(), path, name.equals("id"));
                    } else {
                        walk(field.getValue(), path);
                    }
                    path.remove(path.size() - 1);
                }
            } else if (node.isArray() && isHistory(node)) {
                versions(node, path, null);
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    path.add("#" + elementName(element));
                    walk(element, path);
                    path.remove(path.size() - 1);
                }
            }
        }

        /**
         * An identifier of an institution of this directory: its scheme as {@link #INSTITUTION_SCHEME}, its id (the
         * slug) as the institution's name, or left out when the directory no longer has it.
         */
        private void walkInstitution(JsonNode field, List<String> path, boolean id) {
            if (!field.isArray() || !isHistory(field)) {
                walk(field, path);
                return;
            }
            versions(field, path, value -> {
                if (!id) {
                    return tools.jackson.databind.node.StringNode.valueOf(INSTITUTION_SCHEME);
                }
                String name = institutions.names().get(text(value));
                return name == null ? null : tools.jackson.databind.node.StringNode.valueOf(name);
            });
        }

        /** A field's versions, each a change of the release that set it; {@code shown} rewrites a value (null: none). */
        private void versions(JsonNode node, List<String> path,
                java.util.function.UnaryOperator<JsonNode> shown) {
            JsonNode before = null;
            boolean award = path.get(path.size() - 1).equals("awardID");
            for (JsonNode version : node) {
                String releaseId = text(version.path("releaseID"));
                String key = releaseId == null ? "" : releaseId;
                Collector collector = byRelease.computeIfAbsent(key, k -> {
                    Collector c = new Collector();
                    c.releaseId = releaseId;
                    c.date = date(version.path("releaseDate"));
                    version.path("releaseTag").forEach(t -> c.tags.add(t.asString()));
                    return c;
                });
                JsonNode after = version.path("value");
                if (award && awardNames.containsKey(text(after))) {
                    after = tools.jackson.databind.node.StringNode.valueOf(awardNames.get(text(after)));
                }
                if (shown != null) {
                    after = shown.apply(after);
                    if (after == null) {
                        continue;
                    }
                }
                Change change = new Change(List.copyOf(path), before, after);
                (before == null ? collector.additions : collector.changes).add(change);
                before = after;
            }
        }
    }

    /**
     * How a list element of the versioned release is named: its latest name, title or description (shortened), or
     * the name of its first tenderer (a bid), or its date (a payment: {@link #DATED} and the OCDS date), else its id.
     */
    private static String elementName(JsonNode element) {
        for (String field : new String[] {"name", "title", "description"}) {
            String name = shortText(text(latest(element.path(field))));
            if (name != null) {
                return name;
            }
        }
        JsonNode tenderers = latest(element.path("tenderers"));
        if (tenderers.isArray() && !tenderers.isEmpty()) {
            String name = shortText(text(tenderers.get(0).path("name")));
            if (name != null) {
                return name;
            }
        }
        String date = text(latest(element.path("date")));
        if (date != null) {
            return DATED + date;
        }
        return element.path("id").isValueNode() ? element.path("id").asString() : "";
    }

    /** A versioned field's latest value (the field itself if it is not a history). */
    private static JsonNode latest(JsonNode field) {
        return field.isArray() && isHistory(field) ? field.get(field.size() - 1).path("value") : field;
    }

    /** A text to name something by: blank is none, and a long one is cut at a word, with an ellipsis. */
    private static String shortText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() <= 60) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', 60);
        return stripped.substring(0, cut > 30 ? cut : 60) + "…";
    }

    /** A field's history: a list of {releaseID, releaseDate, releaseTag, value}. */
    private static boolean isHistory(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode element : array) {
            if (!element.isObject() || !element.has("releaseDate") || !element.has("value")
                    || !element.has("releaseID")) {
                return false;
            }
        }
        return true;
    }

    static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asString() : null;
    }

    private static Instant date(JsonNode node) {
        return ProcessFacts.instant(text(node));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b != null && b.isBefore(a) ? b : a;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    private static Instant same(Instant first, Instant last) {
        return last == null || last.equals(first) ? null : last;
    }
}
