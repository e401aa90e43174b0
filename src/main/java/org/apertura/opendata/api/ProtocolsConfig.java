package org.apertura.opendata.api;

import java.util.List;
import org.apertura.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * CKAN clients POST every action, reads included, with or without a token: the API's security lets these POSTs
 * through, and the write actions check the token's DATA_PUBLISHER role themselves ({@link CkanWrites}, through the
 * catalog's policy), answering CKAN's "Authorization Error" (403) to anyone else.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolsConfig {

    @Bean
    PublicEndpoints ckanActionEndpoints() {
        return new PublicEndpoints(List.of("/api/3/action/*", "/api/action/*"));
    }
}
