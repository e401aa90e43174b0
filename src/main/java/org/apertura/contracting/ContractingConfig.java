package org.apertura.contracting;

import org.apertura.platform.web.LargeBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Publishing OCDS data streams bodies far larger than a form: their own cap ({@code apertura.ocds.max-upload}). */
@Configuration
class ContractingConfig {

    @Bean
    LargeBody ocdsUploads(@Value("${apertura.ocds.max-upload:4GB}") DataSize maxUpload) {
        return new LargeBody("/api/v1/ocds/releases", maxUpload.toBytes());
    }
}
