package org.apertura.contracting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.security.SecureRandom;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.Texts;
import org.apertura.platform.security.Actor;
import org.apertura.platform.storage.FileTypes;
import org.apertura.platform.storage.Storage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A procurement officer's desk: their institutions' processes with the steps each may take next, and publishing a
 * step from a form. Each step becomes one OCDS release with its tag, built here from what the officer typed and
 * published through {@link OcdsPublication} — the same validation, storage, record compilation and ledger as the
 * API; nothing else writes releases. What the officer typed is read first ({@link InputFields}): a problem there
 * is named by its form field and nothing is published.
 */
@Service
public class ProcessDesk {

    public static final ZoneId MEXICO = org.apertura.platform.time.Today.ZONE;
    static final String RFC_SCHEME = "MX-RFC";
    static final String CUCOP_SCHEME = "CUCOP";
    /** The largest document a step takes (the form's upload cap is a little larger). */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** RFC of a company (12 characters) or a person (13): letters, date of birth or incorporation, homoclave. */
    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}\\d{6}[A-Z0-9]{3}");
    private static final Set<String> CATEGORIES = Set.of("goods", "works", "services");
    private static final Pattern POINTER_FIELD = Pattern.compile("/releases/0(/.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An institution the officer publishes for. */
    public record Buyer(String slug, String name) {
    }

    /** A process on the desk: its record and what may be published next. */
    public record Line(ProcessRecord record, List<ProcessStep> next) {
    }

    /** Something a step refers to, e.g. the award a contract comes from: its id and words for people. */
    public record Choice(String id, String label) {
    }

    /** One process opened on the desk: its record, the steps possible now, its awards and contracts. */
    public record Process(ProcessRecord record, List<ProcessStep> next, List<Choice> awards, List<Choice> contracts,
            List<Choice> awardsWithoutContract) {
    }

    /** What the officer typed for a step: its fields by name, the item rows and the document rows. */
    public record StepInput(Map<String, String> fields, List<Item> items, List<Document> documents) {

        public StepInput {
            fields = Map.copyOf(fields);
            items = items == null ? List.of() : List.copyOf(items);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        String get(String name) {
            return fields.get(name);
        }
    }

    /** One row of things bought: what it is, its CUCOP key, how many, of which unit. */
    public record Item(String description, String classification, String quantity, String unit) {

        boolean blank() {
            return Texts.isBlank(description) && Texts.isBlank(classification) && Texts.isBlank(quantity) && Texts.isBlank(unit);
        }
    }

    /** One document: its title and either a link or an uploaded file. */
    public record Document(String title, String url, String fileName, byte[] content) {

        boolean blank() {
            return Texts.isBlank(title) && Texts.isBlank(url) && (content == null || content.length == 0);
        }
    }

    private final OcdsPublication publication;
    private final OcdsValidation validation;
    private final ProcessRecordRepository records;
    private final JurisdictionService directory;
    private final Storage storage;
    private final JdbcClient jdbc;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final ContractingPolicy policy;

    ProcessDesk(OcdsPublication publication, OcdsValidation validation, ProcessRecordRepository records,
            JurisdictionService directory, Storage storage, JdbcClient jdbc, PublicUrl publicUrl, Clock clock,
            ContractingPolicy policy) {
        this.policy = policy;
        this.publication = publication;
        this.validation = validation;
        this.records = records;
        this.directory = directory;
        this.storage = storage;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * The institutions whose processes the signed-in person publishes, by name; refuses (403, or sign-in) someone
     * who publishes for none of the directory's institutions.
     */
    @Transactional(readOnly = true)
    public List<Buyer> institutions() {
        Actor actor = Actor.current();
        policy.anywhere(actor).require(ContractingAction.PUBLISH);
        List<Buyer> buyers = new ArrayList<>();
        for (String slug : policy.publishers(actor)) {
            try {
                buyers.add(new Buyer(slug, directory.institution(slug).getName()));
            } catch (NotFoundException gone) {
                // a role in an institution no longer in the directory publishes nothing
            }
        }
        if (buyers.isEmpty()) {
            throw new AccessDeniedException("publishes for no institution of the directory");
        }
        buyers.sort(java.util.Comparator.comparing(Buyer::name));
        return buyers;
    }

    /** Processes on one page of the publishing desk. */
    public static final int PAGE_SIZE = 20;

    /**
     * A page (zero-based) of the buyer's processes, the latest changed first, each with its possible next steps;
     * with a search, only those whose ocid or title (any of their words, without minding accents or capitals)
     * contains it.
     */
    @Transactional(readOnly = true)
    public Page<Line> processes(String slug, String search, int page) {
        policy.allowedNow(slug).require(ContractingAction.PUBLISH);
        String text = search == null ? "" : search.strip();
        String ocid = text.isEmpty() ? "" : "%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
        String words = text.isEmpty() ? "" : "%" + escapeLike(ProcessFacts.normalise(text)) + "%";
        return records.desk(slug, ocid, words, PageRequest.of(page, PAGE_SIZE))
                .map(r -> new Line(r, ProcessStep.next(OcdsJson.MAPPER.readTree(r.getCompiledJson()))));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One of the officer's processes; 404 if there is none, 403 if it is another institution's. */
    @Transactional(readOnly = true)
    public Process process(String ocid) {
        ProcessRecord record = records.findById(ocid).orElseThrow(() -> new NotFoundException("ocds process " + ocid));
        policy.allowedNow(record.getBuyerSlug()).require(ContractingAction.PUBLISH);
        JsonNode compiled = OcdsJson.MAPPER.readTree(record.getCompiledJson());
        List<Choice> awards = new ArrayList<>();
        List<Choice> open = new ArrayList<>();
        for (JsonNode award : compiled.path("awards")) {
            String id = award.path("id").asString("");
            String status = award.path("status").asString("");
            if (status.equals("cancelled") || status.equals("unsuccessful")) {
                continue;
            }
            Choice choice = new Choice(id, label(award.path("suppliers").path(0).path("name").asString(id),
                    award.path("value")));
            awards.add(choice);
            boolean contracted = false;
            for (JsonNode contract : compiled.path("contracts")) {
                contracted |= id.equals(contract.path("awardID").asString(""));
            }
            if (!contracted) {
                open.add(choice);
            }
        }
        List<Choice> contracts = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            String status = contract.path("status").asString("");
            if (!status.equals("terminated") && !status.equals("cancelled")) {
                String id = contract.path("id").asString("");
                contracts.add(new Choice(id, label(contract.path("title").asString(id), contract.path("value"))));
            }
        }
        return new Process(record, ProcessStep.next(compiled), awards, contracts, open);
    }

    private static String label(String name, JsonNode value) {
        JsonNode amount = value.get("amount");
        return amount == null || !amount.isNumber() ? name
                : name + " — $" + String.format(java.util.Locale.US, "%,.2f", amount.decimalValue()) + " "
                        + value.path("currency").asString("");
    }

    /**
     * Opens a new process for the institution with its planning release (title, budget, programme key). Returns
     * its ocid.
     */
    @Transactional
    public String create(String slug, StepInput input) {
        policy.allowedNow(slug).require(ContractingAction.PUBLISH);
        String ocid = validation.ocidPrefix() + "ap-" + LocalDate.now(clock.withZone(MEXICO)).getYear() + "-"
                + HexFormat.of().formatHex(randomBytes());
        publishRelease(slug, ocid, 1, ProcessStep.PLANNING, "planning", OcdsJson.MAPPER.createObjectNode(), input);
        return ocid;
    }

    /** Publishes one step of one of the officer's processes, if it is a step the process may take now. */
    @Transactional
    public void publish(String ocid, ProcessStep step, StepInput input) {
        ProcessRecord record = records.findById(ocid).orElseThrow(() -> new NotFoundException("ocds process " + ocid));
        policy.allowedNow(record.getBuyerSlug()).require(ContractingAction.PUBLISH);
        JsonNode compiled = OcdsJson.MAPPER.readTree(record.getCompiledJson());
        if (!ProcessStep.next(compiled).contains(step)) {
            throw new InvalidInputException("", "contracting.form.stepNotNow");
        }
        String tag = step == ProcessStep.PLANNING ? "planningUpdate" : step.tag();
        publishRelease(record.getBuyerSlug(), ocid, record.getReleaseCount() + 1, step, tag, compiled, input);
    }

    private void publishRelease(String slug, String ocid, int number, ProcessStep step, String tag,
            JsonNode compiled, StepInput input) {
        InputFields fields = new InputFields();
        String now = OffsetDateTime.now(clock.withZone(MEXICO)).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String buyerName = directory.institution(slug).getName();
        ObjectNode release = OcdsJson.MAPPER.createObjectNode();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + String.format("%03d", number));
        release.put("date", now);
        release.putArray("tag").add(tag);
        release.put("initiationType", "tender");
        release.put("language", "es");
        ObjectNode buyerRef = buyer(release, slug, buyerName, publication.institutionScheme());
        StepContext context = new StepContext(release, compiled, fields, now, number, slug, input, buyerRef);
        switch (step) {
            case PLANNING -> planning(context);
            case TENDER -> tender(context);
            case TENDER_AMENDMENT -> tenderAmendment(context, false);
            case TENDER_CANCELLATION -> tenderAmendment(context, true);
            case AWARD -> award(context);
            case CONTRACT -> contract(context);
            case CONTRACT_AMENDMENT -> contractAmendment(context, false);
            case CONTRACT_TERMINATION -> contractAmendment(context, true);
            case IMPLEMENTATION -> implementation(context);
        }
        fields.throwIfAny();
        ObjectNode pack = OcdsJson.MAPPER.createObjectNode();
        pack.put("uri", publicUrl.of("/contrataciones/publicar/" + ocid));
        pack.put("publishedDate", now);
        pack.putObject("publisher").put("name", buyerName);
        pack.put("version", OcdsVersion.V1_1.label());
        pack.putArray("releases").add(release);
        try {
            publication.publish(new ByteArrayInputStream(OcdsJson.MAPPER.writeValueAsBytes(pack)));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(ProcessDesk::onTheForm).toList());
        }
        for (PendingDocument document : context.files) {
            boolean known = jdbc.sql("SELECT COUNT(*) FROM ocds_document WHERE sha256 = ?").param(document.sha256())
                    .query(Long.class).single() > 0;
            if (!known) {
                jdbc.sql("INSERT INTO ocds_document (sha256, file_name, content_type, size_bytes, institution_slug, "
                        + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(document.sha256(), document.fileName(), document.type(), document.size(), slug,
                                java.sql.Timestamp.from(Instant.now(clock)))
                        .update();
            }
        }
    }

    /**
     * Adds the buyer institution to the release: as a party (identified in the institution scheme by its slug, as
     * {@link OcdsPublication} reads it) and as its {@code buyer}; returns the reference to it.
     */
    static ObjectNode buyer(ObjectNode release, String slug, String name, String scheme) {
        ArrayNode parties = release.has("parties") ? (ArrayNode) release.get("parties") : release.putArray("parties");
        ObjectNode buyer = parties.addObject();
        buyer.put("id", "APERTURA-" + slug);
        buyer.put("name", name);
        ObjectNode identifier = buyer.putObject("identifier");
        identifier.put("scheme", scheme);
        identifier.put("id", slug);
        identifier.put("legalName", name);
        buyer.putArray("roles").add("buyer").add("procuringEntity").add("payer");
        ObjectNode reference = release.putObject("buyer");
        reference.put("id", "APERTURA-" + slug);
        reference.put("name", name);
        return reference;
    }

    /** Adds a supplier, identified by its RFC, to the release's parties; returns its party id. */
    static String supplier(ObjectNode release, String rfc, String name) {
        ArrayNode parties = release.has("parties") ? (ArrayNode) release.get("parties") : release.putArray("parties");
        String id = RFC_SCHEME + "-" + rfc;
        ObjectNode party = parties.addObject();
        party.put("id", id);
        party.put("name", name);
        ObjectNode identifier = party.putObject("identifier");
        identifier.put("scheme", RFC_SCHEME);
        identifier.put("id", rfc);
        putText(identifier, "legalName", name);
        party.putArray("roles").add("supplier").add("payee");
        return id;
    }

    /** A published problem (a JSON pointer into the one release) on the form field that made it, if one did. */
    private static FieldProblem onTheForm(FieldProblem problem) {
        Matcher at = POINTER_FIELD.matcher(problem.field());
        String pointer = at.matches() && at.group(1) != null ? at.group(1) : "";
        String field = "";
        for (String[] rule : FIELD_OF_POINTER) {
            Matcher m = Pattern.compile(rule[0]).matcher(pointer);
            if (m.lookingAt()) {
                field = m.groupCount() > 0 ? rule[1].replace("#", m.group(1)) : rule[1];
                break;
            }
        }
        return new FieldProblem(field, problem.messageKey(), problem.args());
    }

    private static final String[][] FIELD_OF_POINTER = {
        {"/tender/title", "title"}, {"/tender/description", "description"}, {"/tender/value", "value"},
        {"/tender/tenderPeriod", "endDate"}, {"/tender/items/(\\d+)", "items[#].description"},
        {"/tender/documents/(\\d+)", "documents[#].title"}, {"/planning/budget", "budget"},
        {"/planning/documents/(\\d+)", "documents[#].title"}, {"/awards/\\d+/value", "value"},
        {"/awards/\\d+/date", "date"}, {"/awards/\\d+/documents/(\\d+)", "documents[#].title"},
        {"/contracts/\\d+/value", "value"}, {"/contracts/\\d+/period", "endDate"},
        {"/contracts/\\d+/documents/(\\d+)", "documents[#].title"},
        {"/contracts/\\d+/implementation/transactions", "paymentAmount"}, {"/parties/1", "supplierRfc"}};

    /** A document file to record once the release naming it is published. */
    private record PendingDocument(String sha256, String fileName, String type, long size) {
    }

    /** What a step's builder works with: the release being built, the process so far, the input and its reader. */
    private static final class StepContext {
        final ObjectNode release;
        final JsonNode compiled;
        final InputFields fields;
        final String now;
        final int number;
        final String slug;
        final StepInput input;
        final ObjectNode buyer;
        final List<PendingDocument> files = new ArrayList<>();

        StepContext(ObjectNode release, JsonNode compiled, InputFields fields, String now, int number, String slug,
                StepInput input, ObjectNode buyer) {
            this.release = release;
            this.compiled = compiled;
            this.fields = fields;
            this.now = now;
            this.number = number;
            this.slug = slug;
            this.input = input;
            this.buyer = buyer;
        }

        String text(String field, boolean required, int max) {
            return fields.text(field, input.get(field), required, max);
        }

        BigDecimal amount(String field, boolean required) {
            return fields.amount(field, input.get(field), required);
        }

        LocalDate date(String field, boolean required) {
            return fields.date(field, input.get(field), required);
        }
    }

    private void planning(StepContext c) {
        String title = c.text("title", true, 500);
        String description = c.text("description", false, 4000);
        String category = category(c, false);
        BigDecimal budget = c.amount("budget", false);
        String budgetDescription = c.text("budgetDescription", false, 1000);
        String projectId = c.text("projectId", false, 100);
        String project = c.text("project", false, 500);
        String rationale = c.text("rationale", false, 4000);
        ObjectNode planning = c.release.putObject("planning");
        putText(planning, "rationale", rationale);
        ObjectNode budgetNode = planning.putObject("budget");
        budgetNode.put("id", "presupuesto");
        putText(budgetNode, "description", budgetDescription);
        if (budget != null) {
            money(budgetNode, "amount", budget);
        }
        putText(budgetNode, "projectID", projectId);
        putText(budgetNode, "project", project);
        documents(c, planning, "procurementPlan");
        ObjectNode tender = c.release.putObject("tender");
        tender.put("id", "procedimiento");
        putText(tender, "title", title);
        putText(tender, "description", description);
        tender.put("status", "planning");
        putText(tender, "mainProcurementCategory", category);
    }

    private void tender(StepContext c) {
        String title = c.text("title", true, 500);
        String description = c.text("description", false, 4000);
        Optional<ProcedureMethod> method = ProcedureMethod.byName(c.input.get("method"));
        if (method.isEmpty()) {
            c.fields.problem("method", "contracting.form.method");
        }
        String category = category(c, true);
        BigDecimal value = c.amount("value", true);
        LocalDate start = c.date("startDate", true);
        LocalDate end = c.date("endDate", true);
        c.fields.ordered("endDate", start, end);
        ObjectNode tender = c.release.putObject("tender");
        tender.put("id", "procedimiento");
        putText(tender, "title", title);
        putText(tender, "description", description);
        tender.put("status", "active");
        method.ifPresent(m -> {
            tender.put("procurementMethod", m.code());
            tender.put("procurementMethodDetails", m.mexicanName());
        });
        putText(tender, "mainProcurementCategory", category);
        if (value != null) {
            money(tender, "value", value);
        }
        period(tender.putObject("tenderPeriod"), start, end);
        tender.set("procuringEntity", c.buyer.deepCopy());
        ArrayNode items = tender.putArray("items");
        int i = 0;
        for (Item item : c.input.items()) {
            String at = "items[" + i + "]";
            i++;
            if (item.blank()) {
                continue;
            }
            String what = c.fields.text(at + ".description", item.description(), true, 1000);
            String key = c.fields.text(at + ".classification", item.classification(), false, 20);
            if (key != null && !key.matches("\\d{4,10}")) {
                c.fields.problem(at + ".classification", "contracting.form.cucop");
                key = null;
            }
            BigDecimal quantity = c.fields.quantity(at + ".quantity", item.quantity(), true);
            String unit = c.fields.text(at + ".unit", item.unit(), true, 100);
            ObjectNode node = items.addObject();
            node.put("id", Integer.toString(i));
            putText(node, "description", what);
            if (key != null) {
                ObjectNode classification = node.putObject("classification");
                classification.put("scheme", CUCOP_SCHEME);
                classification.put("id", key);
            }
            if (quantity != null) {
                node.put("quantity", quantity);
            }
            if (unit != null) {
                node.putObject("unit").put("name", unit);
            }
        }
        if (items.isEmpty()) {
            tender.remove("items");
        }
        documents(c, tender, "tenderNotice");
    }

    private void tenderAmendment(StepContext c, boolean cancellation) {
        String rationale = c.text("rationale", true, 4000);
        String description = c.text("description", false, 4000);
        BigDecimal value = cancellation ? null : c.amount("value", false);
        LocalDate end = cancellation ? null : c.date("endDate", false);
        LocalDate start = localDate(c.compiled.path("tender").path("tenderPeriod").path("startDate"));
        c.fields.ordered("endDate", start, end);
        if (!cancellation && value == null && end == null && description == null) {
            c.fields.problem("description", "contracting.form.amendmentEmpty");
        }
        ObjectNode tender = c.release.putObject("tender");
        tender.put("id", c.compiled.path("tender").path("id").asString("procedimiento"));
        if (cancellation) {
            tender.put("status", "cancelled");
        }
        if (value != null) {
            money(tender, "value", value);
        }
        if (end != null) {
            tender.putObject("tenderPeriod").put("endDate", endOfDay(end));
        }
        ObjectNode amendment = tender.putArray("amendments").addObject();
        amendment.put("id", "modificacion-" + (c.compiled.path("tender").path("amendments").size() + 1));
        amendment.put("date", c.now);
        putText(amendment, "rationale", rationale);
        putText(amendment, "description", description);
        documents(c, tender, cancellation ? "cancellationDetails" : "tenderNotice");
    }

    private void award(StepContext c) {
        String supplier = c.text("supplierName", true, 400);
        String rfc = c.text("supplierRfc", true, 13);
        if (rfc != null) {
            rfc = rfc.toUpperCase(java.util.Locale.ROOT);
            if (!RFC.matcher(rfc).matches()) {
                c.fields.problem("supplierRfc", "contracting.form.rfc");
                rfc = null;
            }
        }
        BigDecimal value = c.amount("value", true);
        LocalDate date = c.date("date", true);
        String description = c.text("description", false, 4000);
        String partyId = rfc == null ? null : supplier(c.release, rfc, supplier);
        ObjectNode tender = c.release.putObject("tender");
        tender.put("id", c.compiled.path("tender").path("id").asString("procedimiento"));
        tender.put("status", "complete");
        ObjectNode award = c.release.putArray("awards").addObject();
        award.put("id", "adjudicacion-" + (c.compiled.path("awards").size() + 1));
        putText(award, "description", description);
        award.put("status", "active");
        if (date != null) {
            award.put("date", startOfDay(date));
        }
        if (value != null) {
            money(award, "value", value);
        }
        if (partyId != null) {
            ObjectNode ref = award.putArray("suppliers").addObject();
            ref.put("id", partyId);
            ref.put("name", supplier);
        }
        documents(c, award, "awardNotice");
    }

    private void contract(StepContext c) {
        String awardId = c.text("award", true, 100);
        JsonNode award = awardId == null ? null : byId(c.compiled.path("awards"), awardId);
        if (awardId != null && award == null) {
            c.fields.problem("award", "contracting.form.noSuchAward");
        }
        String title = c.text("title", true, 500);
        BigDecimal value = c.amount("value", true);
        LocalDate signed = c.date("signedDate", true);
        LocalDate start = c.date("startDate", true);
        LocalDate end = c.date("endDate", true);
        c.fields.ordered("endDate", start, end);
        ObjectNode contract = c.release.putArray("contracts").addObject();
        contract.put("id", "contrato-" + (c.compiled.path("contracts").size() + 1));
        putText(contract, "awardID", awardId);
        putText(contract, "title", title);
        contract.put("status", "active");
        if (value != null) {
            money(contract, "value", value);
        }
        if (signed != null) {
            contract.put("dateSigned", startOfDay(signed));
        }
        period(contract.putObject("period"), start, end);
        documents(c, contract, "contractSigned");
    }

    private void contractAmendment(StepContext c, boolean termination) {
        JsonNode existing = chosenContract(c);
        String rationale = c.text("rationale", true, 4000);
        String description = c.text("description", false, 4000);
        BigDecimal value = termination ? null : c.amount("value", false);
        LocalDate end = termination ? null : c.date("endDate", false);
        LocalDate date = termination ? c.date("date", true) : null;
        if (existing != null) {
            c.fields.ordered("endDate", localDate(existing.path("period").path("startDate")), end);
        }
        if (!termination && value == null && end == null && description == null) {
            c.fields.problem("description", "contracting.form.amendmentEmpty");
        }
        ObjectNode contract = c.release.putArray("contracts").addObject();
        contract.put("id", c.input.get("contract"));
        if (existing != null) {
            putText(contract, "awardID", existing.path("awardID").asString(null));
        }
        if (termination) {
            contract.put("status", "terminated");
        }
        if (value != null) {
            money(contract, "value", value);
        }
        if (end != null) {
            contract.putObject("period").put("endDate", endOfDay(end));
        }
        ObjectNode amendment = contract.putArray("amendments").addObject();
        amendment.put("id", (termination ? "terminacion-" : "modificacion-")
                + (existing == null ? 1 : existing.path("amendments").size() + 1));
        amendment.put("date", date != null ? startOfDay(date) : c.now);
        putText(amendment, "rationale", rationale);
        putText(amendment, "description", description);
        documents(c, contract, termination ? "contractArrangements" : "contractAmendment");
    }

    private void implementation(StepContext c) {
        JsonNode existing = chosenContract(c);
        BigDecimal payment = c.amount("paymentAmount", false);
        LocalDate paid = c.date("paymentDate", payment != null);
        String milestone = c.text("milestoneTitle", false, 500);
        LocalDate due = c.date("milestoneDate", milestone != null);
        boolean met = "true".equals(c.input.get("milestoneMet"));
        if (payment == null && milestone == null && c.fields.problems().isEmpty()) {
            c.fields.problem("paymentAmount", "contracting.form.implementationEmpty");
        }
        ObjectNode contract = c.release.putArray("contracts").addObject();
        contract.put("id", c.input.get("contract"));
        if (existing != null) {
            putText(contract, "awardID", existing.path("awardID").asString(null));
        }
        ObjectNode implementation = contract.putObject("implementation");
        JsonNode before = existing == null ? null : existing.path("implementation");
        if (payment != null) {
            ObjectNode transaction = implementation.putArray("transactions").addObject();
            transaction.put("id", "pago-" + (before == null ? 1 : before.path("transactions").size() + 1));
            if (paid != null) {
                transaction.put("date", startOfDay(paid));
            }
            money(transaction, "value", payment);
            ObjectNode payer = c.buyer.deepCopy();
            transaction.set("payer", payer);
            JsonNode award = existing == null ? null
                    : byId(c.compiled.path("awards"), existing.path("awardID").asString(""));
            JsonNode supplier = award == null ? null : award.path("suppliers").path(0);
            if (supplier != null && supplier.has("id")) {
                transaction.set("payee", supplier.deepCopy());
            }
        }
        if (milestone != null) {
            ObjectNode node = implementation.putArray("milestones").addObject();
            node.put("id", "hito-" + (before == null ? 1 : before.path("milestones").size() + 1));
            node.put("title", milestone);
            node.put("type", "delivery");
            if (due != null) {
                node.put("dueDate", endOfDay(due));
            }
            node.put("status", met ? "met" : "scheduled");
            if (met) {
                node.put("dateMet", c.now);
            }
        }
        documents(c, implementation, "physicalProgressReport");
    }

    private static JsonNode chosenContract(StepContext c) {
        String id = c.text("contract", true, 100);
        JsonNode contract = id == null ? null : byId(c.compiled.path("contracts"), id);
        if (id != null && contract == null) {
            c.fields.problem("contract", "contracting.form.noSuchContract");
        }
        return contract;
    }

    private static String category(StepContext c, boolean required) {
        String category = c.text("category", required, 20);
        if (category != null && !CATEGORIES.contains(category)) {
            c.fields.problem("category", "contracting.form.category");
            return null;
        }
        return category;
    }

    /** The step's documents: links as given, files stored (by their SHA-256) and linked from Apertura. */
    private void documents(StepContext c, ObjectNode parent, String type) {
        ArrayNode documents = parent.putArray("documents");
        int i = 0;
        for (Document document : c.input.documents()) {
            String at = "documents[" + i + "]";
            i++;
            if (document.blank()) {
                continue;
            }
            String title = c.fields.text(at + ".title", document.title(), true, 500);
            String url = c.fields.text(at + ".url", document.url(), false, 1000);
            boolean hasFile = document.content() != null && document.content().length > 0;
            String format = null;
            if (hasFile) {
                if (document.content().length > MAX_DOCUMENT_BYTES) {
                    c.fields.problem(at + ".file", "contracting.form.fileTooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
                    continue;
                }
                Optional<String> kind = FileTypes.detect(document.content(), document.fileName());
                if (kind.isEmpty()) {
                    c.fields.problem(at + ".file", "contracting.form.fileType");
                    continue;
                }
                String sha256 = storage.store(document.content());
                c.files.add(new PendingDocument(sha256, fileName(document.fileName()), kind.get(),
                        document.content().length));
                url = publicUrl.of("/contrataciones/documentos/" + sha256);
                format = kind.get();
            } else if (url == null) {
                c.fields.problem(at + ".url", "contracting.form.documentSource");
                continue;
            } else if (!url.startsWith("https://") && !url.startsWith("http://")) {
                c.fields.problem(at + ".url", "contracting.form.url");
                continue;
            }
            ObjectNode node = documents.addObject();
            node.put("id", "doc-" + c.number + "-" + i);
            node.put("documentType", type);
            putText(node, "title", title);
            node.put("url", url);
            node.put("datePublished", c.now);
            putText(node, "format", format);
            node.put("language", "es");
        }
        if (documents.isEmpty()) {
            parent.remove("documents");
        }
    }

    private static String fileName(String name) {
        String plain = name == null ? "documento" : name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return plain.isEmpty() ? "documento" : plain.length() > 200 ? plain.substring(plain.length() - 200) : plain;
    }

    /** A stored document file, if a published release named it: its bytes, name and type. */
    public record StoredDocument(byte[] content, String fileName, String contentType) {
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> document(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT file_name, content_type FROM ocds_document WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(row -> storage.read(sha256).map(bytes -> new StoredDocument(bytes, row[0], row[1])));
    }

    private static JsonNode byId(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("id").asString(null))) {
                return node;
            }
        }
        return null;
    }

    private static void money(ObjectNode parent, String name, BigDecimal amount) {
        ObjectNode value = parent.putObject(name);
        value.put("amount", amount);
        value.put("currency", "MXN");
    }

    private static void period(ObjectNode period, LocalDate start, LocalDate end) {
        if (start != null) {
            period.put("startDate", startOfDay(start));
        }
        if (end != null) {
            period.put("endDate", endOfDay(end));
        }
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static String startOfDay(LocalDate date) {
        return date.atStartOfDay(MEXICO).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59)).atZone(MEXICO).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static LocalDate localDate(JsonNode date) {
        try {
            return date.isString() ? OffsetDateTime.parse(date.asString()).atZoneSameInstant(MEXICO).toLocalDate() : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Whether the text has the shape of an RFC (of a company or a person), in capitals. */
    static boolean isRfc(String text) {
        return RFC.matcher(text).matches();
    }

}
