package org.apertura.opendata;

import org.apertura.platform.web.LargeUpload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The publisher pages take files up to {@code apertura.opendata.max-upload} (1 GB by default), streamed to storage. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfig {

    /** Where publishers upload files. */
    public static final String UPLOADS = "/datos/publicar/";

    @Bean
    LargeUpload openDataUploads(OpenDataProperties settings) {
        return new LargeUpload(UPLOADS, settings.maxUpload().toBytes());
    }
}
