package org.apertura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Apertura application: one modular monolith, one module per capability. Each module's settings are a
 * {@code @ConfigurationProperties} record of its own, found by the scan and checked when it is bound.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Apertura {

    public static void main(String[] args) {
        SpringApplication.run(Apertura.class, args);
    }
}
