package org.apertura.plainlanguage;

/** A term of open government and transparency explained in plain words, in Spanish and English. */
public record GlossaryTerm(String slug, String termEs, String definitionEs, String termEn, String definitionEn,
        String source) {

    public String term(boolean english) {
        return english ? termEn : termEs;
    }

    public String definition(boolean english) {
        return english ? definitionEn : definitionEs;
    }
}
