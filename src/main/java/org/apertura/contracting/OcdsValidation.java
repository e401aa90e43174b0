package org.apertura.contracting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.platform.FieldProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one check of OCDS data, whatever way it comes in: the release (and release package) schema of its version,
 * 1.1.5 or 1.0.3 (JSON Schema draft-04), and the rules a schema cannot express: the ocid starts with this
 * publisher's prefix ({@code apertura.ocds.ocid-prefix}), periods end no earlier than they start, amounts are not
 * negative, currencies are ISO 4217 codes Java knows, and, over the whole process, every contract's
 * {@code awardID} names an award of the process. Each problem names where it is as a JSON pointer into the input.
 */
@Component
public class OcdsValidation {

    /** Problems of the schema by keyword; the rest are {@code schemaOther}, with the validator's English text. */
    private static final Map<String, String> SCHEMA_KEYS = Map.of(
            "required", "contracting.ocds.schemaRequired",
            "type", "contracting.ocds.schemaType",
            "enum", "contracting.ocds.schemaEnum",
            "format", "contracting.ocds.schemaFormat",
            "pattern", "contracting.ocds.schemaPattern",
            "minItems", "contracting.ocds.schemaMinItems",
            "uniqueItems", "contracting.ocds.schemaUniqueItems",
            "minLength", "contracting.ocds.schemaMinLength",
            "minimum", "contracting.ocds.schemaMinimum");
    private static final String SCHEMA_OTHER = "contracting.ocds.schemaOther";

    /** Where periods are, relative to a release: their start must not be after their end. */
    private static final List<String> TENDER_PERIODS = List.of("tenderPeriod", "enquiryPeriod", "awardPeriod",
            "contractPeriod");

    private static final List<String> OCDS_KEYWORDS = List.of("codelist", "openCodelist", "deprecated",
            "omitWhenMerged", "wholeListMerge", "versionId", "mergeStrategy", "mergeOptions");

    private final String ocidPrefix;
    private final Map<OcdsVersion, Schema> releaseSchemas = new EnumMap<>(OcdsVersion.class);
    private final Map<OcdsVersion, Schema> packageSchemas = new EnumMap<>(OcdsVersion.class);
    /** The same release schemas compiled for the fast check of valid releases ({@link SchemaCheck}). */
    private final Map<OcdsVersion, SchemaCheck> releaseChecks = new EnumMap<>(OcdsVersion.class);

    @Autowired
    OcdsValidation(OcdsProperties settings, @Value("${apertura.demo:false}") boolean demo) {
        this(settings.ocidPrefixFor(demo));
    }

    OcdsValidation(String ocidPrefix) {
        this.ocidPrefix = ocidPrefix == null ? "" : ocidPrefix.strip();
        Map<String, String> sources = new HashMap<>();
        Map<OcdsVersion, String[]> ids = Map.of(
                OcdsVersion.V1_1, new String[] {
                        "https://standard.open-contracting.org/schema/1__1__5/release-schema.json",
                        "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json",
                        "contracting/release-schema-1.1.5.json", "contracting/release-package-schema-1.1.5.json"},
                OcdsVersion.V1_0, new String[] {
                        "http://standard.open-contracting.org/schema/1__0__3/release-schema.json",
                        "http://standard.open-contracting.org/schema/1__0__3/release-package-schema.json",
                        "contracting/release-schema-1.0.3.json", "contracting/release-package-schema-1.0.3.json"});
        ids.forEach((version, id) -> {
            sources.put(id[0], resource(id[2]));
            sources.put(id[1], resource(id[3]));
            releaseChecks.put(version, SchemaCheck.of(OcdsJson.MAPPER.readTree(sources.get(id[0]))));
        });
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        // Draft-04 with OCDS's own annotations (merge rules, codelists) known, so they are not warned about.
        Dialect.Builder draft4 = Dialect.builder(Dialects.getDraft4());
        OCDS_KEYWORDS.forEach(k -> draft4.keyword(new NonValidationKeyword(k)));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft4.build(),
                builder -> builder.schemaRegistryConfig(config).schemas(sources));
        ids.forEach((version, id) -> {
            releaseSchemas.put(version, registry.getSchema(SchemaLocation.of(id[0])));
            packageSchemas.put(version, registry.getSchema(SchemaLocation.of(id[1])));
        });
    }

    /** This publisher's ocid prefix, e.g. {@code ocds-abc123-}; blank when not configured. */
    public String ocidPrefix() {
        return ocidPrefix;
    }

    /**
     * Every problem of one release: its schema and the rules of a single release.
     *
     * @param pointer where the release is in the input (e.g. {@code /releases/2}; empty for a bare release)
     * @param place   where the release is in the input, for people (line, column, byte)
     */
    public List<FieldProblem> checkRelease(JsonNode release, OcdsVersion version, String pointer, String place) {
        List<FieldProblem> problems = new ArrayList<>();
        // A valid release is recognised by the fast check; only one it cannot vouch for goes through the full
        // validator, which lists the problems (if any) in its words.
        if (!releaseChecks.get(version).certainlyValid(release)) {
            for (Error error : releaseSchemas.get(version).validate(release)) {
                String at = pointer + error.getInstanceLocation().toString();
                if ("enum".equals(error.getKeyword()) && at.endsWith("/currency")) {
                    continue; // the currency rule below says it once, in words
                }
                problems.add(schemaProblem(error, at, place));
            }
        }
        String ocid = release.path("ocid").asString("");
        if (ocidPrefix.isEmpty()) {
            problems.add(new FieldProblem(pointer + "/ocid", "contracting.ocds.noOcidPrefix", where(pointer + "/ocid", place)));
        } else if (!ocid.startsWith(ocidPrefix) || ocid.length() == ocidPrefix.length()) {
            problems.add(new FieldProblem(pointer + "/ocid", "contracting.ocds.ocidPrefix",
                    where(pointer + "/ocid", place), ocid, ocidPrefix));
        }
        JsonNode tender = release.path("tender");
        for (String period : TENDER_PERIODS) {
            checkPeriod(tender.path(period), pointer + "/tender/" + period, place, problems);
        }
        int i = 0;
        for (JsonNode award : release.path("awards")) {
            checkPeriod(award.path("contractPeriod"), pointer + "/awards/" + i++ + "/contractPeriod", place, problems);
        }
        i = 0;
        for (JsonNode contract : release.path("contracts")) {
            checkPeriod(contract.path("period"), pointer + "/contracts/" + i++ + "/period", place, problems);
        }
        checkValues(release, pointer, place, problems);
        return problems;
    }

    /** Whether the fast check vouches for the release's schema validity (for tests of {@link SchemaCheck}). */
    boolean fastSchemaValid(JsonNode release, OcdsVersion version) {
        return releaseChecks.get(version).certainlyValid(release);
    }

    /** The full validator's schema errors of a release (for tests of {@link SchemaCheck}). */
    List<Error> fullSchemaErrors(JsonNode release, OcdsVersion version) {
        return releaseSchemas.get(version).validate(release);
    }

    /** Problems of a release package's own fields (its releases are checked one by one). */
    public List<FieldProblem> checkPackage(ObjectNode metadata, OcdsVersion version, String place) {
        ObjectNode whole = metadata.deepCopy();
        whole.putArray("releases").addObject();
        List<FieldProblem> problems = new ArrayList<>();
        for (Error error : packageSchemas.get(version).validate(whole)) {
            String at = error.getInstanceLocation().toString();
            if (!at.startsWith("/releases")) {
                problems.add(schemaProblem(error, at, place));
            }
        }
        return problems;
    }

    /**
     * The rules over the whole process, once a release is merged: every contract names an award of the process
     * ({@code contracts[].awardID}). Problems point into the release that brought the contract.
     */
    public List<FieldProblem> checkProcess(JsonNode compiledRelease, JsonNode release, String pointer, String place) {
        Set<String> awards = new HashSet<>();
        compiledRelease.path("awards").forEach(a -> awards.add(a.path("id").asString("")));
        return checkProcess(awards, release, pointer, place);
    }

    /** {@link #checkProcess(JsonNode, JsonNode, String, String)} given the ids of the process's awards. */
    public List<FieldProblem> checkProcess(Set<String> awards, JsonNode release, String pointer, String place) {
        List<FieldProblem> problems = new ArrayList<>();
        int i = 0;
        for (JsonNode contract : release.path("contracts")) {
            JsonNode awardId = contract.get("awardID");
            if (awardId != null && !awardId.isNull() && !awards.contains(awardId.asString())) {
                String at = pointer + "/contracts/" + i + "/awardID";
                problems.add(new FieldProblem(at, "contracting.ocds.awardId", where(at, place), awardId.asString(),
                        release.path("ocid").asString("")));
            }
            i++;
        }
        return problems;
    }

    private static FieldProblem schemaProblem(Error error, String at, String place) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String key = SCHEMA_KEYS.getOrDefault(keyword, SCHEMA_OTHER);
        if (keyword.equals("required")) {
            String field = at + "/" + error.getProperty();
            return new FieldProblem(field, key, where(field, place), error.getProperty());
        }
        Object detail = switch (keyword) {
            case "type", "enum", "format", "pattern", "minItems", "minLength", "minimum" -> argument(error);
            case "uniqueItems" -> "";
            default -> error.getMessage();
        };
        return new FieldProblem(at, key, where(at, place), detail);
    }

    private static String argument(Error error) {
        Object[] args = error.getArguments();
        return args == null || args.length == 0 ? "" : String.valueOf(args[0]);
    }

    private static void checkPeriod(JsonNode period, String at, String place, List<FieldProblem> problems) {
        OffsetDateTime start = instant(period.get("startDate"));
        OffsetDateTime end = instant(period.get("endDate"));
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new FieldProblem(at + "/endDate", "contracting.ocds.periodOrder", where(at, place),
                    period.get("startDate").asString(), period.get("endDate").asString()));
        }
    }

    /** Every amount anywhere in the release is not negative, and every currency is an ISO 4217 code. */
    private static void checkValues(JsonNode release, String pointer, String place, List<FieldProblem> problems) {
        checkValues(release, new ArrayList<>(), pointer, place, problems);
    }

    /** Walks the tree keeping the path as tokens; a pointer is only written for a problem. */
    private static void checkValues(JsonNode node, List<String> path, String pointer, String place,
            List<FieldProblem> problems) {
        if (node.isObject()) {
            JsonNode amount = node.get("amount");
            if (amount != null && amount.isNumber() && amount.decimalValue().signum() < 0) {
                String at = pointer(pointer, path) + "/amount";
                problems.add(new FieldProblem(at, "contracting.ocds.negativeAmount", where(at, place),
                        amount.decimalValue().toPlainString()));
            }
            JsonNode currency = node.get("currency");
            if (currency != null && currency.isString() && !isCurrency(currency.asString())) {
                String at = pointer(pointer, path) + "/currency";
                problems.add(new FieldProblem(at, "contracting.ocds.currency", where(at, place),
                        currency.asString()));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isContainer()) {
                    path.add(escape(field.getKey()));
                    checkValues(field.getValue(), path, pointer, place, problems);
                    path.remove(path.size() - 1);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainer()) {
                    path.add(Integer.toString(i));
                    checkValues(node.get(i), path, pointer, place, problems);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private static String pointer(String pointer, List<String> path) {
        StringBuilder at = new StringBuilder(pointer);
        path.forEach(token -> at.append('/').append(token));
        return at.toString();
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OffsetDateTime instant(JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        try {
            return OcdsDate.parse(value.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A JSON pointer's reference token: {@code ~} and {@code /} escaped (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The place for people: the pointer, and the line and byte of the release when there is one; a message
     * argument the message source words in the reader's language ({@link InputPlace}).
     */
    static InputPlace where(String pointer, String place) {
        return InputPlace.at(pointer, place);
    }

    private static String resource(String path) {
        try (InputStream in = OcdsValidation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
