package org.apertura.accessinfo;

import org.apertura.platform.web.Labels;

/**
 * The two cases in which a reserve may be extended again, by the guarantor authority at its committee's request (LGTAIP
 * 2025 art. 104 ¶4): "cuando se trate de información cuya publicación pueda ocasionar la destrucción o inhabilitación de
 * la infraestructura de carácter estratégico para la provisión de bienes o servicios públicos, o bien se refiera a las
 * circunstancias expuestas en la fracción IV del artículo 112 de esta Ley".
 */
@Labels("accessinfo.reserveExtensionCase")
public enum ReserveExtensionCase {
    /** Its publication could destroy or disable strategic infrastructure for public goods or services. */
    STRATEGIC_INFRASTRUCTURE,
    /** The circumstances of art. 112 fr. IV (monetary, exchange or financial-system policy): only a reserve on fr. IV. */
    FINANCIAL_SYSTEM;

    /** The reserve ground (fraction of art. 112) this case needs, or null when any ground may fit it. */
    public Integer requiredGround() {
        return this == FINANCIAL_SYSTEM ? 4 : null;
    }
}
