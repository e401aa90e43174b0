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
@Tag(name = "api.tag.open-contracting", description = "api.tag.open-contracting.description")
class CompileApi {

    private final CompileTool tool;

    CompileApi(CompileTool tool) {
        this.tool = tool;
    }

    @PostMapping("/compile")
    @Operation(summary = "api.op.contracting.compile",
            description = "api.op.contracting.compile.description",
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
