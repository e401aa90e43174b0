package org.apertura.contracting;

import org.apertura.platform.web.LargeBody;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Publishing OCDS data streams bodies far larger than a form: their own cap ({@code apertura.ocds.max-upload}). */
@Configuration(proxyBeanMethods = false)
class ContractingConfig {

    @Bean
    LargeBody ocdsUploads(OcdsProperties settings) {
        return new LargeBody("/api/v1/ocds/releases", settings.maxUpload().toBytes());
    }
}
