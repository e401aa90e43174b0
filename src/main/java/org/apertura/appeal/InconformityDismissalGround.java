package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/** Why a recurso de inconformidad is dismissed (LGTAIP 2025 art. 181 fr. I–VI, and art. 167 ¶1). */
@Labels("inconformity.ground")
public enum InconformityDismissalGround {
    /** Art. 181 fr. I: filed after the term of art. 164. */
    LATE("art. 181 fr. I"),
    /** Fr. II: a remedy before the specialised court is pending. */
    PENDING_COURT_CASE("art. 181 fr. II"),
    /** Fr. III: none of the cases of art. 163 (including no link to federal public resources, art. 162). */
    NO_CAUSE("art. 181 fr. III"),
    /** Fr. IV: the claim goes beyond the grievances raised before the local authority. */
    NEW_GRIEVANCES("art. 181 fr. IV"),
    /** Fr. V: the federal authority is not competent. */
    NOT_COMPETENT("art. 181 fr. V"),
    /** Fr. VI: any other ground of improcedence in the law. */
    OTHER("art. 181 fr. VI"),
    /** Art. 167 ¶1: the prevention was not answered in time; the remedy is taken as not filed. */
    PREVENTION_UNANSWERED("art. 167 ¶1");

    private final String article;

    InconformityDismissalGround(String article) {
        this.article = article;
    }

    public String basis() {
        return InconformityTerm.LAW + " " + article;
    }
}
