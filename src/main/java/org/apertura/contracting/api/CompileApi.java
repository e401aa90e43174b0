package org.apertura.contracting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apertura.contracting.CompileTool;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The free OCDS compile tool for machines: release packages in, a record package out. */
@RestController
@RequestMapping("/api/v1/ocds")
@Tag(name = "Open contracting", description = "Contrataciones abiertas: OCDS")
class CompileApi {

    private final CompileTool tool;

    CompileApi(CompileTool tool) {
        this.tool = tool;
    }

    @PostMapping("/compile")
    @Operation(summary = "Compile OCDS releases into a record package (the OCDS merge routine)",
            description = "Body: a release package, a JSON array of release packages, a record package, or JSON Lines "
                    + "of releases or packages; gzip accepted; OCDS 1.0 or 1.1, one version per call. Answers a "
                    + "record package with one record per ocid (its releases and compiledRelease; with versioned=true "
                    + "also versionedRelease), as `ocdskit compile --package --versioned`. Up to 50 MB, 10 calls a "
                    + "minute per address; no token needed. Problems answer 400 naming the place in the input.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "application/json", schema = @Schema(type = "object")),
                    @Content(mediaType = "application/x-ndjson"),
                    @Content(mediaType = "application/gzip")}))
    void compile(@RequestParam(defaultValue = "false") @Parameter(description = "also the versioned release")
            boolean versioned, HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (CompileTool.Compiled compiled = tool.compile(request.getInputStream(), versioned)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            compiled.writeTo(response.getOutputStream());
        }
    }
}
