package org.apertura.appeal;

import org.apertura.platform.web.Labels;

/**
 * On whom a medida de apremio is imposed (LGTAIP 2025 art. 196: "a la persona servidora pública encargada de cumplir
 * con la resolución, o a las y los miembros de los sindicatos, partidos políticos o a la persona física o moral
 * responsable"; art. 199 ¶1: "se aplicarán sobre el superior jerárquico"). The platform records the position (cargo),
 * never the name.
 */
@Labels("appeal.enforced")
public enum EnforcedPerson {
    /** The public servant in charge of complying with the resolution (art. 196). */
    PUBLIC_SERVANT(true, "art. 196"),
    /** Their superior, once the measures on the servant were executed and the resolution is still not complied with (art. 199 ¶1). */
    SUPERIOR(true, "art. 199 ¶1"),
    /** A member of a union or a political party (art. 196). */
    UNION_OR_PARTY_MEMBER(false, "art. 196"),
    /** The natural or legal person responsible (art. 196). */
    RESPONSIBLE_PERSON(false, "art. 196");

    private final boolean publicServant;
    private final String article;

    EnforcedPerson(boolean publicServant, String article) {
        this.publicServant = publicServant;
        this.article = article;
    }

    /** Whether a public reprimand on them is executed by their immediate superior (art. 202 ¶1). */
    public boolean publicServant() {
        return publicServant;
    }

    /** The article that names them, e.g. "art. 199 ¶1". */
    public String article() {
        return article;
    }
}
