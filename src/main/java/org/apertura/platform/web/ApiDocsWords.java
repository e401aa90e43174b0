package org.apertura.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the OpenAPI description (/api/docs) come from the bundles i18n/api*.properties: the annotations
 * carry message keys ({@code api.tag.*}, {@code api.op.*}, {@code api.param.*}, {@code api.response.*}).
 * springdoc 3.1 resolves the keys of {@code @Tag} (name and description) and of {@code @Operation} (summary and
 * description) by the request's locale itself, so tag names stay keys in the code and read as words in each
 * language (checked by ApiDocsLanguageTest); it leaves the descriptions of {@code @ApiResponse} given inside
 * {@code @Operation(responses = ...)} as written. This customizer resolves whatever key is left, for responses
 * and parameters, and the description of the API itself ({@code OpenApiConfig}), with the same locale; springdoc
 * then caches one document per locale.
 */
@Component
class ApiDocsWords implements OpenApiLocaleCustomizer {

    private static final String KEY = "api.";

    private final MessageSource messages;

    ApiDocsWords(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customise(OpenAPI openApi, Locale locale) {
        if (openApi.getInfo() != null) {
            openApi.getInfo().setDescription(resolve(openApi.getInfo().getDescription(), locale));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> words(op, locale)));
    }

    private void words(Operation op, Locale locale) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                p.setDescription(resolve(p.getDescription(), locale));
            }
        }
        if (op.getResponses() != null) {
            for (ApiResponse r : op.getResponses().values()) {
                r.setDescription(resolve(r.getDescription(), locale));
            }
        }
    }

    private String resolve(String text, Locale locale) {
        return text != null && text.startsWith(KEY) ? messages.getMessage(text, null, text, locale) : text;
    }
}
