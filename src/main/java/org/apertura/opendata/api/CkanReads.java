package org.apertura.opendata.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apertura.jurisdiction.Institution;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.OpenDataPolicy;
import org.apertura.platform.PublicUrl;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * CKAN's read actions ({@code ckan/logic/action/get.py}) over the catalog: what each takes and answers, defaults and
 * limits as CKAN's. Drafts stay out of every answer except for their own institution's publishers (CKAN's
 * {@code include_drafts}/{@code include_private}); withdrawn datasets are CKAN's {@code deleted}: out of searches
 * unless {@code include_deleted}, still shown by {@code package_show} (permanence).
 */
@Component
class CkanReads {

    /** CKAN's {@code ckan.search.rows_max}. */
    static final int ROWS_MAX = 1000;

    private final CatalogIndex index;
    private final CkanDicts dicts;
    private final OpenDataPolicy policy;
    private final PublicUrl url;
    private final ObjectMapper json;

    CkanReads(CatalogIndex index, CkanDicts dicts, OpenDataPolicy policy, PublicUrl url, ObjectMapper json) {
        this.index = index;
        this.dicts = dicts;
        this.policy = policy;
        this.url = url;
        this.json = json;
    }

    Object statusShow(CkanParams p) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", "Apertura");
        status.put("site_description", "Catálogo de datos abiertos de gobierno abierto local");
        status.put("site_url", url.base());
        status.put("error_emails_to", null);
        status.put("locale_default", "es_MX");
        status.put("extensions", List.of("apertura", "dcat", "datajson"));
        // The CKAN API version whose behaviour this implements (package_search, dicts, envelope).
        status.put("ckan_version", "2.10.0");
        return status;
    }

    /** {@code package_list}: names of public, active datasets, by name; limit and offset. */
    Object packageList(CkanParams p) {
        int offset = p.natural("offset", 0);
        Integer limit = p.has("limit") ? p.natural("limit", 0) : null;
        List<String> names = index.all().stream().filter(e -> "PUBLISHED".equals(e.state()))
                .map(CatalogIndex.Entry::name).sorted().toList();
        int from = Math.min(offset, names.size());
        int to = limit == null ? names.size() : Math.min(names.size(), from + limit);
        return names.subList(from, to);
    }

    /** {@code package_search}. */
    Object packageSearch(CkanParams p) {
        int rows = Math.min(p.natural("rows", 10), ROWS_MAX);
        int start = p.natural("start", 0);
        List<String> filters = new ArrayList<>();
        String fq = p.string("fq");
        if (fq != null) {
            filters.add(fq);
        }
        filters.addAll(p.strings(json, "fq_list"));
        CkanQuery.Node query;
        try {
            query = CkanQuery.parse(p.string("q"), filters);
        } catch (CkanQuery.SyntaxError e) {
            throw CkanError.searchQuery(e.getMessage());
        }
        String sortText = p.string("sort");
        CkanSort sort = CkanSort.parse(sortText);
        boolean facet = p.bool("facet", true);
        List<String> facetFields = facet ? p.strings(json, "facet.field") : List.of();
        for (String field : facetFields) {
            if (!CatalogIndex.FACETS.contains(field)) {
                throw CkanError.searchQuery("undefined field " + field);
            }
        }
        Integer facetLimitGiven = p.integer("facet.limit");
        int facetLimit = facetLimitGiven == null ? 50 : facetLimitGiven;
        int facetMinCount = p.natural("facet.mincount", 1);
        Set<String> states = new TreeSet<>(Set.of("PUBLISHED"));
        if (p.bool("include_deleted", false)) {
            states.add("WITHDRAWN");
        }
        Set<String> draftsOf = p.bool("include_drafts", false) || p.bool("include_private", false)
                ? policy.publishersNow() : Set.of();
        CatalogIndex.Found found = index.search(query, states, draftsOf, sort, start, rows, facetFields, facetLimit,
                facetMinCount);
        Map<String, Institution> institutions = dicts.institutions();
        List<Map<String, Object>> results = dicts.load(found.page().stream().map(CatalogIndex.Entry::id).toList())
                .stream().map(d -> dicts.dataset(d, institutions)).toList();
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        found.facets().forEach((field, counts) -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map.Entry<String, Integer> c : counts) {
                plain.put(c.getKey(), c.getValue());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("count", c.getValue());
                item.put("display_name", displayName(field, c.getKey(), institutions));
                item.put("name", c.getKey());
                items.add(item);
            }
            facets.put(field, plain);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("title", field);
            f.put("items", items);
            searchFacets.put(field, f);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.count());
        result.put("facets", facets);
        result.put("results", results);
        result.put("sort", sort.text(sortText));
        result.put("search_facets", searchFacets);
        return result;
    }

    private String displayName(String field, String value, Map<String, Institution> institutions) {
        return switch (field) {
            case "organization" -> institutions.containsKey(value) ? institutions.get(value).getName() : value;
            case "groups" -> {
                try {
                    yield dicts.themeTitle(DataTheme.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    yield value;
                }
            }
            case "license_id" -> org.apertura.opendata.Licence.byId(value).map(org.apertura.opendata.Licence::title)
                    .orElse(value);
            default -> value;
        };
    }

    /** {@code package_show}: by id or name; a draft only for its publishers. */
    Object packageShow(CkanParams p) {
        CkanDicts.Dataset d = visible(required(p, "id"));
        return dicts.dataset(d, dicts.institutions());
    }

    CkanDicts.Dataset visible(String idOrName) {
        CatalogIndex.Entry entry = index.byIdOrName(idOrName);
        if (entry == null) {
            throw CkanError.notFound(null);
        }
        if ("DRAFT".equals(entry.state()) && !policy.publishersNow().contains(entry.organization())) {
            throw CkanError.notAuthorized("User not authorized to read package " + entry.uid());
        }
        List<CkanDicts.Dataset> loaded = dicts.load(List.of(entry.id()));
        if (loaded.isEmpty()) {
            throw CkanError.notFound(null);
        }
        return loaded.get(0);
    }

    /** {@code current_package_list_with_resources}: most recently modified first; limit, offset (or page). */
    Object currentPackageListWithResources(CkanParams p) {
        int limit = p.has("limit") ? p.natural("limit", 10) : 10;
        int offset = p.natural("offset", 0);
        Integer page = p.integer("page");
        if (page != null) {
            if (page < 1) {
                throw CkanError.validation("page", "Must be larger than 0");
            }
            offset = (page - 1) * limit;
        }
        CatalogIndex.Found found = index.search(new CkanQuery.All(), Set.of("PUBLISHED"), Set.of(),
                CkanSort.parse("metadata_modified desc"), offset, Math.min(limit, ROWS_MAX), List.of(), 0, 1);
        Map<String, Institution> institutions = dicts.institutions();
        return dicts.load(found.page().stream().map(CatalogIndex.Entry::id).toList()).stream()
                .map(d -> dicts.dataset(d, institutions)).toList();
    }

    /** {@code organization_list}: names (or dicts with all_fields), sort "title asc" default; limit, offset. */
    Object organizationList(CkanParams p) {
        boolean allFields = p.bool("all_fields", false);
        Map<String, Integer> counts = new HashMap<>();
        index.all().stream().filter(e -> "PUBLISHED".equals(e.state()))
                .forEach(e -> counts.merge(e.organization(), 1, Integer::sum));
        Map<String, Institution> institutions = dicts.institutions();
        List<Map<String, Object>> orgs = new ArrayList<>();
        institutions.forEach((slug, i) -> orgs.add(dicts.organization(slug, i, counts.getOrDefault(slug, 0))));
        String sort = p.string("sort", "title asc").strip().toLowerCase(Locale.ROOT);
        Comparator<Map<String, Object>> order = switch (sort.replaceAll("\\s+", " ")) {
            case "title asc", "title" -> byText("title");
            case "title desc" -> byText("title").reversed();
            case "name asc", "name" -> byText("name");
            case "name desc" -> byText("name").reversed();
            case "package_count desc", "package_count" -> Comparator.comparing(
                    (Map<String, Object> o) -> (Integer) o.get("package_count")).reversed().thenComparing(byText("name"));
            case "package_count asc" -> Comparator.comparing((Map<String, Object> o) -> (Integer) o.get("package_count"))
                    .thenComparing(byText("name"));
            default -> throw CkanError.validation("sort", "Invalid sort field: " + sort);
        };
        orgs.sort(order);
        int offset = p.natural("offset", 0);
        int limit = p.has("limit") ? p.natural("limit", 0) : (allFields ? 25 : 1000);
        List<Map<String, Object>> page = orgs.subList(Math.min(offset, orgs.size()),
                Math.min(orgs.size(), Math.min(offset, orgs.size()) + limit));
        if (allFields) {
            return page;
        }
        return page.stream().map(o -> o.get("name")).toList();
    }

    private static Comparator<Map<String, Object>> byText(String key) {
        return Comparator.comparing((Map<String, Object> o) -> String.valueOf(o.get(key)).toLowerCase(Locale.ROOT));
    }

    /** {@code organization_show}: by id or name; {@code include_datasets} adds up to 10 of its datasets. */
    Object organizationShow(CkanParams p) {
        String id = required(p, "id");
        Map<String, Institution> institutions = dicts.institutions();
        String slug = institutions.keySet().stream().filter(s -> s.equals(id) || CkanDicts.organizationId(s).equals(id))
                .findFirst().orElseThrow(() -> CkanError.notFound("Organization was not found."));
        List<CatalogIndex.Entry> theirs = index.all().stream()
                .filter(e -> "PUBLISHED".equals(e.state()) && e.organization().equals(slug)).toList();
        Map<String, Object> org = dicts.organization(slug, institutions.get(slug), theirs.size());
        if (p.bool("include_datasets", false)) {
            CatalogIndex.Found found = index.search(new CkanQuery.Term("organization", slug), Set.of("PUBLISHED"),
                    Set.of(), CkanSort.parse("name asc"), 0, 10, List.of(), 0, 1);
            org.put("packages", dicts.load(found.page().stream().map(CatalogIndex.Entry::id).toList()).stream()
                    .map(d -> dicts.dataset(d, institutions)).toList());
        }
        org.put("users", List.of());
        org.put("extras", List.of());
        org.put("tags", List.of());
        org.put("groups", List.of());
        return org;
    }

    /** {@code group_list}: the EU data themes as CKAN groups. */
    Object groupList(CkanParams p) {
        boolean allFields = p.bool("all_fields", false);
        Map<String, Integer> counts = new HashMap<>();
        index.all().stream().filter(e -> "PUBLISHED".equals(e.state()))
                .forEach(e -> e.groups().forEach(g -> counts.merge(g, 1, Integer::sum)));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (DataTheme theme : DataTheme.values()) {
            groups.add(dicts.group(theme, counts.getOrDefault(theme.name().toLowerCase(Locale.ROOT), 0)));
        }
        String sort = p.string("sort", "title asc").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        groups.sort(switch (sort) {
            case "name asc", "name" -> byText("name");
            case "name desc" -> byText("name").reversed();
            case "title desc" -> byText("title").reversed();
            case "package_count desc", "package_count" -> Comparator.comparing(
                    (Map<String, Object> o) -> (Integer) o.get("package_count")).reversed().thenComparing(byText("name"));
            case "title asc", "title" -> byText("title");
            default -> throw CkanError.validation("sort", "Invalid sort field: " + sort);
        });
        int offset = p.natural("offset", 0);
        int limit = p.has("limit") ? p.natural("limit", 0) : 1000;
        List<Map<String, Object>> page = groups.subList(Math.min(offset, groups.size()),
                Math.min(groups.size(), Math.min(offset, groups.size()) + limit));
        return allFields ? page : page.stream().map(g -> g.get("name")).toList();
    }

    /** {@code group_show}. */
    Object groupShow(CkanParams p) {
        String id = required(p, "id");
        for (DataTheme theme : DataTheme.values()) {
            if (theme.name().equalsIgnoreCase(id) || CkanDicts.groupId(theme).equals(id)) {
                long count = index.all().stream().filter(e -> "PUBLISHED".equals(e.state())
                        && e.groups().contains(theme.name().toLowerCase(Locale.ROOT))).count();
                return dicts.group(theme, (int) count);
            }
        }
        throw CkanError.notFound("Group was not found.");
    }

    /** {@code tag_list}: the keywords of public datasets, sorted; {@code query} keeps those containing it. */
    Object tagList(CkanParams p) {
        String query = p.string("query", p.string("q", "")).toLowerCase(Locale.ROOT);
        boolean allFields = p.bool("all_fields", false);
        TreeMap<String, Integer> tags = new TreeMap<>();
        index.all().stream().filter(e -> "PUBLISHED".equals(e.state()))
                .forEach(e -> e.tags().forEach(t -> tags.merge(t, 1, Integer::sum)));
        List<String> names = tags.keySet().stream().filter(t -> query.isEmpty() || t.contains(query)).toList();
        return allFields ? names.stream().map(CkanDicts::tag).toList() : names;
    }

    /** {@code license_list}. */
    Object licenseList(CkanParams p) {
        return CkanDicts.licences().stream().map(CkanDicts::licence).toList();
    }

    /** {@code resource_show}. */
    Object resourceShow(CkanParams p) {
        String id = required(p, "id");
        Long datasetId = dicts.datasetOfResource(id);
        if (datasetId == null) {
            throw CkanError.notFound("Resource was not found.");
        }
        CatalogIndex.Entry entry = index.byId(datasetId);
        if (entry == null) {
            throw CkanError.notFound("Resource was not found.");
        }
        CkanDicts.Dataset d = visible(entry.uid());
        return d.resources().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> dicts.resource(d, r))
                .orElseThrow(() -> CkanError.notFound("Resource was not found."));
    }

    static String required(CkanParams p, String key) {
        String value = p.string(key);
        if (value == null || value.isBlank()) {
            throw CkanError.validation(key, "Missing value");
        }
        return value.strip();
    }
}
