package org.apertura.opendata.api;

import java.util.List;
import org.apertura.platform.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * CKAN clients POST every action, reads included, with or without a token: the API's security lets these POSTs
 * through, and the write actions check the token's DATA_PUBLISHER role themselves ({@link CkanWrites}, through the
 * catalog's policy), answering CKAN's "Authorization Error" (403) to anyone else. A token that is unknown, revoked or
 * expired is not the platform's 401 here: CKAN ignores a token it does not know (the call is anonymous: reads work,
 * writes are an "Authorization Error"), and its clients expect that envelope ({@link CkanActionApi}).
 */
@Configuration(proxyBeanMethods = false)
class ProtocolsConfig {

    @Bean
    PublicEndpoints ckanActionEndpoints() {
        List<String> paths = List.of("/api/3/action/*", "/api/action/*");
        return new PublicEndpoints(paths, paths);
    }
}
