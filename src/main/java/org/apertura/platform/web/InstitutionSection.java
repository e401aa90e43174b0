package org.apertura.platform.web;

import java.util.Optional;

/**
 * What one module has to say about one institution on its public page (its requests and how fast it answers,
 * the commitments it leads, the feedback it receives, its purchases…). Each module declares a bean; the
 * institution's page shows every section that has something, in {@link #order()}, without knowing the
 * modules — so a new module adds its section the day it lands.
 */
public interface InstitutionSection {

    /** Where the section goes on the page, lower first. */
    int order();

    /** The section for the institution, or empty when the module has nothing about it yet. */
    Optional<Summary> of(String institutionSlug);
}
