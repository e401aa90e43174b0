package org.apertura.contracting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apertura.contracting.CompileTool;
import org.apertura.platform.FieldProblem;
import org.apertura.platform.InvalidInputException;
import org.apertura.platform.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The compile tool for people: upload OCDS releases, download the record package. */
@Controller
class ToolPages {

    private final CompileTool tool;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    ToolPages(CompileTool tool, MessageSource messages, PublicUrl publicUrl) {
        this.tool = tool;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @ModelAttribute("compileUrl")
    String compileUrl() {
        return publicUrl.of("/api/v1/ocds/compile");
    }

    @GetMapping("/contrataciones/herramientas")
    String page() {
        return "contracting/tools";
    }

    @PostMapping("/contrataciones/herramientas")
    String compile(@RequestParam(name = "archivo", required = false) MultipartFile file,
            @RequestParam(name = "versionada", defaultValue = "false") boolean versioned, Model model,
            HttpServletResponse response, Locale locale) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "contracting.compile.noFile");
            }
            try (InputStream input = file.getInputStream(); CompileTool.Compiled compiled = tool.compile(input, versioned)) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registros-ocds.json\"");
                compiled.writeTo(response.getOutputStream());
                return null;
            }
        } catch (InvalidInputException e) {
            FieldProblem problem = e.problems().get(0);
            model.addAttribute("fileError", messages.getMessage(problem.messageKey(), problem.args(), locale));
            model.addAttribute("versioned", versioned);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "contracting/tools";
        }
    }
}
