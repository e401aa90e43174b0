package org.apertura;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Apertura application: one modular monolith, one module per capability. */
@SpringBootApplication
public class Apertura {

    public static void main(String[] args) {
        SpringApplication.run(Apertura.class, args);
    }
}
