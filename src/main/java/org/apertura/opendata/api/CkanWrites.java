package org.apertura.opendata.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.DatasetDraft;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.DatasetState;
import org.apertura.opendata.FileUpload;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.apertura.opendata.OpenDataAction;
import org.apertura.opendata.OpenDataPolicy;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceDraft;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * CKAN's write actions, so that existing publishing scripts work: {@code package_create}, {@code package_patch} and
 * {@code resource_create} (a file sent as multipart {@code upload}, or a {@code url}). Each CKAN dictionary is turned
 * into the catalog's own drafts and goes through {@link DatasetPublishing} — the same checks, the same policy (only
 * the institution's DATA_PUBLISHER), the same ledger — in one transaction: a call that fails saves nothing.
 *
 * <p>CKAN creates datasets active; so does {@code package_create} here (created and published at once) unless the
 * dictionary says {@code "state": "draft"} or {@code "private": true}.
 */
@Service
class CkanWrites {

    private final DatasetPublishing publishing;
    private final Catalog catalog;
    private final OpenDataPolicy policy;
    private final CatalogIndex index;
    private final CkanDicts dicts;

    CkanWrites(DatasetPublishing publishing, Catalog catalog, OpenDataPolicy policy, CatalogIndex index, CkanDicts dicts) {
        this.publishing = publishing;
        this.catalog = catalog;
        this.policy = policy;
        this.index = index;
        this.dicts = dicts;
    }

    /** {@code package_create}: the new dataset's name. */
    @Transactional
    String packageCreate(CkanParams p) {
        String slug = organization(p.string("owner_org"));
        if (!policy.allowedNow(slug).may(OpenDataAction.CREATE)) {
            throw CkanError.notAuthorized("User not authorized to add dataset to organization " + slug);
        }
        String name = p.string("name");
        DatasetDraft draft = draft(p, new DatasetDraft(name, slug, p.string("title", name), p.string("notes"), List.of(),
                Set.of(), null, null, null, null, null, null, null, List.of()));
        Dataset dataset = publishing.create(draft);
        for (Map<String, Object> resource : dictionaries(p.raw("resources"), "resources")) {
            CkanParams r = CkanParams.of(resource);
            publishing.addLink(dataset.getName(), link(r));
        }
        boolean draftOnly = "draft".equals(p.string("state")) || p.bool("private", false);
        if (!draftOnly) {
            publishing.publish(dataset.getName());
        }
        return dataset.getName();
    }

    /** {@code package_patch}: changes only the fields given; {@code "state": "active"} publishes a draft. */
    @Transactional
    String packagePatch(CkanParams p) {
        Dataset dataset = editable(CkanReads.required(p, "id"));
        if (p.has("name") && !p.string("name").equals(dataset.getName())) {
            throw CkanError.validation("name", "The name of a dataset cannot change (its address is permanent)");
        }
        if (p.has("owner_org") && !organization(p.string("owner_org")).equals(dataset.getInstitutionSlug())) {
            throw CkanError.validation("owner_org", "A dataset cannot move to another organization");
        }
        DatasetDraft current = dataset.toDraft();
        DatasetDraft draft = draft(p, new DatasetDraft(current.name(), current.institutionSlug(),
                p.has("title") ? p.string("title") : current.title(),
                p.has("notes") ? p.string("notes") : current.description(), current.keywords(), current.themes(),
                current.contactName(), current.contactEmail(), current.landingPage(), current.frequency(),
                current.licence(), current.temporalStart(), current.temporalEnd(), current.spatial()));
        publishing.update(dataset.getName(), draft);
        if ("active".equals(p.string("state")) && dataset.getState() == DatasetState.DRAFT) {
            publishing.publish(dataset.getName());
        }
        return dataset.getName();
    }

    /** {@code resource_create}: the new resource's id. */
    @Transactional
    String resourceCreate(CkanParams p) {
        Dataset dataset = editable(CkanReads.required(p, "package_id"));
        MultipartFile upload = p.file("upload");
        if (upload != null && !upload.isEmpty()) {
            String fileName = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()
                    ? p.string("name", "archivo") : upload.getOriginalFilename();
            try (InputStream in = upload.getInputStream()) {
                Resource resource = publishing.addFile(dataset.getName(),
                        ResourceDraft.named(p.string("name"), p.string("description")), FileUpload.of(fileName, in));
                return resource.getId();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (p.string("url") == null || p.string("url").isBlank()) {
            throw CkanError.validation(Map.of("url", List.of("Missing value"), "upload",
                    List.of("Send a file as upload or give a url")));
        }
        return publishing.addLink(dataset.getName(), link(p)).getId();
    }

    private Dataset editable(String idOrName) {
        CatalogIndex.Entry entry = index.byIdOrName(idOrName);
        Dataset dataset = entry == null ? null : catalog.findForEditing(entry.name()).orElse(null);
        if (dataset == null) {
            if (entry != null) {
                throw CkanError.notAuthorized("User not authorized to edit package " + idOrName);
            }
            throw CkanError.notFound("Dataset was not found.");
        }
        if (!policy.allowedNow(dataset).may(OpenDataAction.EDIT)) {
            throw CkanError.notAuthorized("User not authorized to edit package " + dataset.getUid());
        }
        return dataset;
    }

    private ResourceDraft link(CkanParams r) {
        String url = r.string("url");
        String name = r.string("name", url);
        return ResourceDraft.link(name, r.string("description"), url, r.string("format"));
    }

    /** An institution from CKAN's owner_org: our organization id or the institution's slug. */
    private String organization(String ownerOrg) {
        if (ownerOrg == null || ownerOrg.isBlank()) {
            throw CkanError.validation("owner_org", "Missing value");
        }
        String value = ownerOrg.strip();
        return dicts.institutions().keySet().stream()
                .filter(s -> s.equals(value) || CkanDicts.organizationId(s).equals(value)).findFirst()
                .orElseThrow(() -> CkanError.validation("owner_org", "Organization does not exist"));
    }

    /** The draft with the CKAN fields given applied on top of a base. */
    private DatasetDraft draft(CkanParams p, DatasetDraft base) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, String> extras = extras(p.raw("extras"));
        List<String> keywords = base.keywords();
        if (p.has("tags")) {
            keywords = new ArrayList<>();
            for (Object tag : list(p.raw("tags"), "tags")) {
                keywords.add(tag instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(tag));
            }
        } else if (p.has("tag_string")) {
            keywords = Arrays.stream(p.string("tag_string").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        }
        Set<DataTheme> themes = base.themes();
        if (p.has("groups")) {
            themes = EnumSet.noneOf(DataTheme.class);
            for (Object group : list(p.raw("groups"), "groups")) {
                String key = group instanceof Map<?, ?> m ? String.valueOf(m.get(m.containsKey("name") ? "name" : "id"))
                        : String.valueOf(group);
                DataTheme theme = theme(key);
                if (theme == null) {
                    problems.computeIfAbsent("groups", k -> new ArrayList<>()).add("Group " + key + " does not exist");
                } else {
                    themes.add(theme);
                }
            }
        } else if (extras.containsKey("theme")) {
            themes = EnumSet.noneOf(DataTheme.class);
            for (String uri : extras.get("theme").replaceAll("[\\[\\]\"]", "").split(",")) {
                DataTheme theme = theme(uri.strip());
                if (theme != null) {
                    themes.add(theme);
                } else if (!uri.isBlank()) {
                    problems.computeIfAbsent("theme", k -> new ArrayList<>()).add("Unknown theme " + uri.strip());
                }
            }
        }
        Licence licence = base.licence();
        if (p.has("license_id")) {
            licence = Licence.byId(p.string("license_id")).orElse(null);
            if (licence == null) {
                problems.computeIfAbsent("license_id", k -> new ArrayList<>()).add("License not in the list: "
                        + p.string("license_id") + " (license_list gives them)");
            }
        }
        Frequency frequency = base.frequency();
        String frequencyText = extras.getOrDefault("frequency", extras.get("accrual_periodicity"));
        if (frequencyText != null) {
            frequency = frequency(frequencyText);
            if (frequency == null) {
                problems.computeIfAbsent("frequency", k -> new ArrayList<>()).add("Unknown frequency " + frequencyText);
            }
        }
        LocalDate start = extras.containsKey("temporal_start") ? date(extras.get("temporal_start"), "temporal_start",
                problems) : base.temporalStart();
        LocalDate end = extras.containsKey("temporal_end") ? date(extras.get("temporal_end"), "temporal_end", problems)
                : base.temporalEnd();
        List<String> spatial = extras.containsKey("spatial_inegi")
                ? Arrays.stream(extras.get("spatial_inegi").split(",")).map(String::strip).toList() : base.spatial();
        String contactName = p.has("maintainer") ? p.string("maintainer")
                : extras.getOrDefault("contact_name", base.contactName());
        String contactEmail = p.has("maintainer_email") ? p.string("maintainer_email")
                : extras.getOrDefault("contact_email", base.contactEmail());
        String landing = p.has("url") ? p.string("url") : base.landingPage();
        if (!problems.isEmpty()) {
            throw CkanError.validation(problems);
        }
        return new DatasetDraft(base.name(), base.institutionSlug(), base.title(), base.description(), keywords,
                themes, contactName, contactEmail, landing, frequency, licence, start, end, spatial);
    }

    private static LocalDate date(String text, String field, Map<String, List<String>> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            problems.computeIfAbsent(field, k -> new ArrayList<>()).add("Date format incorrect (use YYYY-MM-DD)");
            return null;
        }
    }

    private static DataTheme theme(String key) {
        String code = key.contains("/") ? key.substring(key.lastIndexOf('/') + 1) : key;
        for (DataTheme theme : DataTheme.values()) {
            if (theme.name().equalsIgnoreCase(code) || CkanDicts.groupId(theme).equals(key)) {
                return theme;
            }
        }
        return null;
    }

    private static Frequency frequency(String text) {
        String t = text.strip();
        String code = t.contains("/") && !t.startsWith("R/") ? t.substring(t.lastIndexOf('/') + 1) : t;
        for (Frequency f : Frequency.values()) {
            if (f.name().equalsIgnoreCase(code) || f.euCode().equalsIgnoreCase(code)) {
                return f;
            }
        }
        for (Frequency f : Frequency.values()) {
            if (f.iso8601().equalsIgnoreCase(t)) {
                return f;
            }
        }
        return null;
    }

    private static Map<String, String> extras(Object raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> extra : dictionaries(raw, "extras")) {
            Object key = extra.get("key");
            Object value = extra.get("value");
            if (key != null) {
                out.put(String.valueOf(key), value == null ? null : String.valueOf(value));
            }
        }
        return out;
    }

    private static List<?> list(Object raw, String field) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> l) {
            return l;
        }
        throw CkanError.validation(field, "Not a list");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dictionaries(Object raw, String field) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list(raw, field)) {
            if (!(item instanceof Map<?, ?>)) {
                throw CkanError.validation(field, "Not a list of dictionaries");
            }
            out.add((Map<String, Object>) item);
        }
        return out;
    }

    /** CKAN's field names for the catalog's (a validation error names the field the caller sent). */
    static String ckanField(String field) {
        return switch (field) {
            case "institution" -> "owner_org";
            case "description" -> "notes";
            case "licence" -> "license_id";
            case "keywords" -> "tags";
            case "landingPage" -> "url";
            case "contactName" -> "maintainer";
            case "contactEmail" -> "maintainer_email";
            case "temporalEnd" -> "temporal_end";
            case "temporalStart" -> "temporal_start";
            case "spatial" -> "spatial_inegi";
            case "resourceName" -> "name";
            case "file" -> "upload";
            default -> field;
        };
    }

    static Map<String, List<String>> problems(InvalidInputException e,
            java.util.function.Function<FieldProblem, String> text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            out.computeIfAbsent(ckanField(problem.field()), k -> new ArrayList<>()).add(text.apply(problem));
        }
        return out;
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
