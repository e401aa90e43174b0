package org.apertura.opendata.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apertura.opendata.OpenDataPolicy;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.PublicUrl;
import org.apertura.platform.security.PublicEndpoints;
import org.apertura.platform.web.ApiLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * CKAN's Action API at the paths CKAN answers ({@code /api/3/action/{action}} and {@code /api/action/{action}}), so
 * that CKAN harvesters (ckanext-harvest's CKAN harvester, DKAN's), ckanapi and publishing scripts work unchanged:
 * GET with a query string for the read actions, POST with a JSON body (or a form, or multipart for an upload) for any
 * action; every answer in CKAN's envelope with CKAN's error types and statuses ({@link CkanError}). Writes take
 * {@code Authorization: <token>} as CKAN clients send it (or {@code Bearer <token>}), of a DATA_PUBLISHER of the
 * dataset's institution.
 */
@RestController
@Tag(name = "api.tag.ckan", description = "api.tag.ckan.description")
class CkanActionApi {

    private static final Logger LOG = LoggerFactory.getLogger(CkanActionApi.class);
    /** The message of the Authorization Error for a write with a token that identifies nobody. */
    static final String REJECTED_TOKEN = "The API token is not valid: it is unknown, revoked or expired. Create a "
            + "token on your account page (/cuenta) and send it as 'Authorization: <token>'.";

    /** What an action does, for help_show. */
    record Action(String help, boolean write, Function<CkanParams, Object> run) {
    }

    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final CkanWrites writes;
    private final CkanReads reads;
    private final PublicUrl url;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final OpenDataPolicy policy;

    CkanActionApi(CkanReads reads, CkanWrites writes, PublicUrl url, ObjectMapper json, MessageSource messages,
            OpenDataPolicy policy) {
        this.policy = policy;
        this.reads = reads;
        this.writes = writes;
        this.url = url;
        this.json = json;
        this.messages = messages;
        read("status_show", "Return the site's title, description, address, default locale, extensions and the CKAN "
                + "API version implemented.", reads::statusShow);
        read("site_read", "Return true: the catalog may be read.", p -> true);
        read("package_list", "Return the names of the public datasets, by name. Parameters: limit, offset.",
                reads::packageList);
        read("package_search", "Search public datasets. Parameters: q (Solr syntax, default *:*), fq, fq_list "
                + "(organization:, tags:, res_format:, license_id:, groups:, name:, id:, metadata_modified:[X TO Y]), "
                + "sort (default 'score desc, metadata_modified desc'; id, name, title_string, metadata_modified, "
                + "metadata_created), rows (default 10, at most 1000), start, facet.field (a JSON list), facet.limit "
                + "(default 50), facet.mincount (default 1), include_deleted, include_drafts. Returns count, results, "
                + "facets, search_facets and sort.", reads::packageSearch);
        read("package_show", "Return a dataset by its id or name (parameter: id).", reads::packageShow);
        read("current_package_list_with_resources", "Return public datasets with their resources, most recently "
                + "modified first. Parameters: limit, offset (page).", reads::currentPackageListWithResources);
        read("organization_list", "Return the organizations (institutions). Parameters: all_fields, sort (default "
                + "'title asc'), limit (1000, or 25 with all_fields), offset.", reads::organizationList);
        read("organization_show", "Return an organization by id or name (parameter: id; include_datasets).",
                reads::organizationShow);
        read("group_list", "Return the groups: the EU data themes (all_fields, sort, limit, offset).", reads::groupList);
        read("group_show", "Return a group (a theme) by id or name.", reads::groupShow);
        read("tag_list", "Return the keywords of public datasets (query, all_fields).", reads::tagList);
        read("license_list", "Return the licences a dataset may carry.", reads::licenseList);
        read("resource_show", "Return a resource by its id.", reads::resourceShow);
        read("help_show", "Return the help text of an action (parameter: name).", this::help);
        write("package_create", "Create a dataset of an organization (a DATA_PUBLISHER's token): name, title, notes, "
                + "owner_org, license_id, tags, groups, url, maintainer, maintainer_email, extras (frequency, "
                + "temporal_start, temporal_end, spatial_inegi, theme), resources (links); 'state': 'draft' keeps it "
                + "unpublished. Returns the dataset.", p -> reads.packageShow(CkanParams.of(Map.of("id",
                        writes.packageCreate(p)))));
        write("package_patch", "Change the fields given of a dataset (id); 'state': 'active' publishes a draft. "
                + "Returns the dataset.", p -> reads.packageShow(CkanParams.of(Map.of("id", writes.packagePatch(p)))));
        write("resource_create", "Add a resource to a dataset (package_id): a file sent as multipart 'upload', or a "
                + "'url'; name, description, format. Returns the resource.", p -> reads.resourceShow(
                        CkanParams.of(Map.of("id", writes.resourceCreate(p)))));
    }

    private void read(String name, String help, Function<CkanParams, Object> run) {
        actions.put(name, new Action(help, false, run));
    }

    private void write(String name, String help, Function<CkanParams, Object> run) {
        actions.put(name, new Action(help, true, run));
    }

    private Object help(CkanParams p) {
        String name = CkanReads.required(p, "name");
        Action action = actions.get(name);
        if (action == null) {
            throw CkanError.notFound("Action function not found");
        }
        return action.help();
    }

    @GetMapping(path = {"/api/3/action/{action}", "/api/action/{action}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "api.op.opendata.ckan-get",
            responses = {@ApiResponse(responseCode = "200", description = "success: true, result"),
                    @ApiResponse(responseCode = "400", description = "Bad request (unknown action), Search Query Error"),
                    @ApiResponse(responseCode = "403", description = "Authorization Error"),
                    @ApiResponse(responseCode = "404", description = "Not Found Error"),
                    @ApiResponse(responseCode = "409", description = "Validation Error")})
    ResponseEntity<Map<String, Object>> get(@Parameter(description = "The action", schema = @Schema(allowableValues = {
            "status_show", "site_read", "package_list", "package_search", "package_show",
            "current_package_list_with_resources", "organization_list", "organization_show", "group_list", "group_show",
            "tag_list", "license_list", "resource_show", "help_show"})) @PathVariable String action,
            HttpServletRequest request) {
        return run(action, request, () -> {
            if (actions.containsKey(action) && actions.get(action).write()) {
                throw CkanError.badRequest("JSON Error: Invalid request. Please use POST method for your request");
            }
            return CkanParams.ofMulti(request.getParameterMap());
        });
    }

    @PostMapping(path = {"/api/3/action/{action}", "/api/action/{action}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "api.op.opendata.ckan-post", security = @SecurityRequirement(name = "bearer"),
            responses = {@ApiResponse(responseCode = "200", description = "success: true, result"),
                    @ApiResponse(responseCode = "400", description = "Bad request (JSON Error, unknown action), Search "
                            + "Query Error"),
                    @ApiResponse(responseCode = "403", description = "Authorization Error: no token, or not a "
                            + "DATA_PUBLISHER of the institution"),
                    @ApiResponse(responseCode = "404", description = "Not Found Error"),
                    @ApiResponse(responseCode = "409", description = "Validation Error: field → messages")})
    ResponseEntity<Map<String, Object>> post(@Parameter(description = "The action", schema = @Schema(allowableValues = {
            "status_show", "site_read", "package_list", "package_search", "package_show",
            "current_package_list_with_resources", "organization_list", "organization_show", "group_list", "group_show",
            "tag_list", "license_list", "resource_show", "help_show", "package_create", "package_patch",
            "resource_create"})) @PathVariable String action, HttpServletRequest request) {
        return run(action, request, () -> postData(request));
    }

    private CkanParams postData(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            CkanParams p = CkanParams.ofMulti(multipart.getParameterMap());
            multipart.getFileMap().forEach((name, file) -> p.asMap().put(name, file));
            return p;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String[]> form = request.getParameterMap();
            // CKAN's quirk: a JSON body posted as a form arrives as one key whose value is "" or "1".
            if (form.size() == 1) {
                String[] value = form.values().iterator().next();
                if (value.length == 1 && (value[0].isEmpty() || value[0].equals("1"))) {
                    return CkanParams.ofJson(json, form.keySet().iterator().next());
                }
            }
            return CkanParams.ofMulti(form);
        }
        String body;
        try (InputStream in = request.getInputStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CkanError.badRequest("JSON Error: the body could not be read");
        }
        if (body.isBlank() && !request.getParameterMap().isEmpty()) {
            return CkanParams.ofMulti(request.getParameterMap());
        }
        return CkanParams.ofJson(json, body);
    }

    private interface Data {
        CkanParams read();
    }

    private ResponseEntity<Map<String, Object>> run(String name, HttpServletRequest request, Data data) {
        Action action = actions.get(name);
        try {
            if (action == null) {
                throw CkanError.badRequest("Action name not known: " + name);
            }
            if (action.write() && rejectedToken(request)) {
                throw CkanError.notAuthorized(REJECTED_TOKEN);
            }
            CkanParams params = data.read();
            params.asMap().remove("callback");
            return CkanEnvelope.success(url, name, action.run().apply(params));
        } catch (CkanError e) {
            return CkanEnvelope.failure(url, name, e);
        } catch (InvalidInputException e) {
            Locale locale = ApiLocale.of(request);
            return CkanEnvelope.failure(url, name, CkanError.validation(CkanWrites.problems(e,
                    p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))));
        } catch (AccessDeniedException e) {
            return CkanEnvelope.failure(url, name, CkanError.notAuthorized(null));
        } catch (NotFoundException e) {
            return CkanEnvelope.failure(url, name, CkanError.notFound(null));
        } catch (RuntimeException e) {
            LOG.error("CKAN action {} failed", name, e);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("help", CkanEnvelope.help(url, name));
            body.put("error", Map.of("__type", "Internal Server Error", "message", "Internal Server Error"));
            body.put("success", false);
            return ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }

    /**
     * Whether the call presented a token that identifies nobody: unknown, revoked or expired (marked by the platform's
     * token filter), or not a token of this site at all (CKAN would ignore it and answer as to anyone anonymous).
     */
    private boolean rejectedToken(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(PublicEndpoints.REJECTED_TOKEN))) {
            return true;
        }
        boolean presented = request.getHeader("Authorization") != null || request.getHeader("X-CKAN-API-Key") != null;
        return presented && policy.callerUnknown();
    }
}
