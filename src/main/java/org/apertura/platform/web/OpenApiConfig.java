package org.apertura.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI aperturaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Apertura API")
                        .description("api.info.description") // words in i18n/api*.properties (ApiDocsWords)
                        .version("v1")
                        .license(new License().name("CC-BY-4.0 (contenido) / AGPL-3.0-or-later (código)")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
