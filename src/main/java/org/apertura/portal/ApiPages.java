package org.apertura.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API for people: every operation of the OpenAPI description, grouped by theme, with its summary, parameters
 * and answers, read from the same description programs download ({@code /api/docs}) — so it is never out of date —
 * and rendered on the server: no JavaScript, no script from elsewhere. A public GET without path parameters opens
 * in the browser as it is.
 *
 * <p>The description does not change while the application runs, so its reading is kept per language (the locale
 * resolver only yields the supported ones): building it took seconds under load, on every visit.
 */
@Controller
class ApiPages {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final OpenApiWebMvcResource openApi;
    private final ObjectMapper json;
    private final Map<Locale, Reading> readings = new ConcurrentHashMap<>();

    ApiPages(OpenApiWebMvcResource openApi, ObjectMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    /** A parameter: its name, where it goes (query, path, header), whether it is required and what it is. */
    record Parameter(String name, String in, boolean required, String description, String type) {
    }

    /** An operation: method, path, summary, parameters, answers, whether it needs a token, and a link to try it. */
    record Operation(String method, String path, String summary, String description, List<Parameter> parameters,
            Map<String, String> responses, boolean needsToken, String tryUrl) {

        /** An anchor for the operation, from its method and path. */
        public String anchor() {
            return (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    /** The operations of one theme (an OpenAPI tag). */
    record Group(String name, String anchor, List<Operation> operations) {
    }

    /** The description read once for a language: its groups, how many operations and its version. */
    record Reading(List<Group> groups, int operations, String version) {
    }

    @GetMapping("/desarrolladores")
    String page(HttpServletRequest request, Locale locale, Model model) throws Exception {
        Reading reading = readings.get(locale);
        if (reading == null) {
            reading = read(request, locale);
            readings.putIfAbsent(locale, reading);
        }
        model.addAttribute("groups", reading.groups());
        model.addAttribute("operations", reading.operations());
        model.addAttribute("version", reading.version());
        return "portal/api";
    }

    private Reading read(HttpServletRequest request, Locale locale) throws Exception {
        JsonNode root = json.readTree(openApi.openapiJson(request, "/api/docs", locale));
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").properties().iterator(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                String tag = op.path("tags").path(0).asString(root.path("info").path("title").asString("API"));
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(operation(method, path.getKey(), op));
            }
        }
        List<Group> groups = new ArrayList<>();
        byTag.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> groups.add(new Group(e.getKey(),
                "api-" + e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                e.getValue().stream().sorted(java.util.Comparator.comparing(Operation::path)
                        .thenComparing(o -> METHODS.indexOf(o.method().toLowerCase(Locale.ROOT)))).toList())));
        return new Reading(List.copyOf(groups), groups.stream().mapToInt(g -> g.operations().size()).sum(),
                root.path("info").path("version").asString(""));
    }

    private static Operation operation(String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new Parameter(p.path("name").asString(""), p.path("in").asString(""),
                    p.path("required").asBoolean(false), p.path("description").asString(""),
                    p.path("schema").path("type").asString("")));
        }
        Map<String, String> responses = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> r = it.next();
            responses.put(r.getKey(), r.getValue().path("description").asString(""));
        }
        boolean needsToken = !op.path("security").isMissingNode() && !op.path("security").isEmpty();
        boolean tryable = "get".equals(method) && !path.contains("{") && !needsToken;
        return new Operation(method.toUpperCase(Locale.ROOT), path, op.path("summary").asString(""),
                op.path("description").asString(""), parameters, responses, needsToken, tryable ? path : null);
    }
}
