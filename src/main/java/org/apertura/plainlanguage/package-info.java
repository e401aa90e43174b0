/**
 * Citizen language (lenguaje ciudadano, theme k): readability of Spanish text by the classic indices,
 * concrete hints pointing at the place in the text, a public writing aid and a glossary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen language",
        allowedDependencies = {"platform"})
package org.apertura.plainlanguage;
