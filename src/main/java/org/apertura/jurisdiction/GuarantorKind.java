package org.apertura.jurisdiction;

import org.apertura.platform.web.Labels;

/**
 * The kinds of guarantor authority of LGTAIP 2025 art. 3 fr. III–V, with the provision that creates each. A
 * jurisdiction has several: which one hears an appeal depends on the kind of obligated subject
 * ({@link GuarantorAssignment}).
 */
@Labels("guarantor.kind")
public enum GuarantorKind {
    /** Transparencia para el Pueblo, deconcentrated body of the SAyBG (art. 3 fr. III). */
    FEDERAL("LGTAIP 2025, art. 3 fr. III"),
    /** The comptroller's office (or equivalent) of a state's executive; also hears its municipalities (fr. IV). */
    LOCAL_COMPTROLLER("LGTAIP 2025, art. 3 fr. IV"),
    /** A state's former guarantor body, operating until the state harmonises its law (Transitorio Décimo Noveno). */
    TRANSITIONAL_STATE_INSTITUTE("LGTAIP 2025, Transitorio Décimo Noveno"),
    /** The judiciary's control and discipline body, federal or state (art. 3 fr. V). */
    JUDICIAL_DISCIPLINE("LGTAIP 2025, art. 3 fr. V"),
    /** The internal control body of a constitutionally autonomous body, federal or state (art. 3 fr. V). */
    AUTONOMOUS_INTERNAL_CONTROL("LGTAIP 2025, art. 3 fr. V"),
    /** The internal comptroller of the Congress of the Union or of a state legislature (art. 3 fr. V). */
    LEGISLATIVE_COMPTROLLER("LGTAIP 2025, art. 3 fr. V"),
    /** INE, for political parties (art. 3 fr. V). */
    ELECTORAL_PARTIES("LGTAIP 2025, art. 3 fr. V"),
    /** CFCRL and TFCA, for unions (art. 3 fr. V). */
    LABOUR_UNIONS("LGTAIP 2025, art. 3 fr. V"),
    /** The committee of three ministers for the SCJN's jurisdictional matters (art. 189). */
    SCJN_COMMITTEE("LGTAIP 2025, art. 189");

    private final String article;

    GuarantorKind(String article) {
        this.article = article;
    }

    /** The provision that creates this kind of authority. */
    public String article() {
        return article;
    }
}
