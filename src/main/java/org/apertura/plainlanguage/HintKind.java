package org.apertura.plainlanguage;

/** The kinds of writing hints, each tied to a chapter of the Lenguaje Ciudadano manual (SFP, 2004). */
public enum HintKind {
    /** A sentence over 30 words ("Oraciones cortas y claras"). */
    LONG_SENTENCE,
    /** ser/estar + participle, or se + third person ("Cuidado con los verbos"). */
    PASSIVE_VOICE,
    /** A light verb hiding the action in a noun: realizar la revisión → revisar ("Palabras precisas"). */
    NOMINALISATION,
    /** A bureaucratic expression with a plain alternative ("Palabras simples"). */
    JARGON,
    /** An acronym used before it is spelled out ("Pensar en el lector"). */
    UNDEFINED_ACRONYM
}
