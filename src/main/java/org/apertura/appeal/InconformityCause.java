package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * Why a local authority's resolution on a request about federal public resources is challenged (LGTAIP 2025
 * art. 163; text in the bundles).
 */
@Labels("inconformity.cause")
public enum InconformityCause {
    /** Fr. I: it confirmed or modified the classification of the information. */
    CLASSIFICATION("art. 163 fr. I"),
    /** Fr. II: it confirmed the inexistence of the information or the refusal to give it. */
    INEXISTENCE_OR_REFUSAL("art. 163 fr. II"),
    /** ¶2: the local authority did not resolve within its term, which counts as a refusal. */
    NO_RESOLUTION("art. 163 ¶2");

    private final String article;

    InconformityCause(String article) {
        this.article = article;
    }

    public String basis() {
        return InconformityTerm.LAW + " " + article;
    }
}
