package org.apertura.jurisdiction;

import org.apertura.platform.web.Labels;

/**
 * The kind of an obligated subject (sujeto obligado) of LGTAIP 2025 art. 2 fr. I: a branch of government
 * (poder) of any level, a constitutionally autonomous body, a political party, a public trust or fund, a union,
 * or a person receiving and spending public money. Guarantor authorities are assigned by this kind
 * ({@link GuarantorAssignment}).
 */
@Labels("institution.branch")
public enum Branch {
    EXECUTIVE,
    LEGISLATIVE,
    JUDICIAL,
    /** Constitutionally autonomous bodies. */
    AUTONOMOUS,
    /** Municipal governments (ayuntamientos) and their decentralised bodies. */
    MUNICIPAL,
    /** Political parties (art. 2 fr. I; their guarantor is INE, art. 3 fr. V). */
    PARTY,
    /** Public trusts and funds (fideicomisos y fondos públicos, art. 2 fr. I). */
    TRUST,
    /** Unions receiving public money (art. 2 fr. I; their guarantors are CFCRL and TFCA, art. 3 fr. V). */
    UNION,
    /** Natural or legal persons receiving and spending public money or performing acts of authority (art. 2 fr. I). */
    PUBLIC_FUNDS
}
