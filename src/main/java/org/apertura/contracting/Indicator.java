package org.apertura.contracting;

/**
 * The Cardinal red-flag indicators the module computes, by their Cardinal code (the key in the output).
 *
 * <p>A flag is a reason to look closer at a contracting process or an organization, never proof of wrongdoing:
 * every indicator has innocent explanations, and each one's Javadoc on its calculation says which.
 */
public enum Indicator {

    /** Short submission period: fewer whole days to bid than the threshold. */
    R003,
    /** Single bid received in a competitive procedure. */
    R018,
    /** Price close to winning bid: the runner-up's margin over the winner is a low outlier. */
    R024,
    /** Excessive unsuccessful bids: a frequent tenderer's share of wins is a low outlier. */
    R025,
    /** Identical bid prices from different tenderers. */
    R028,
    /** Late bid won: a valid bid received after the deadline was awarded. */
    R030,
    /** All except the winning bid disqualified. */
    R035,
    /** Lowest bid disqualified while the award is on price. */
    R036,
    /** Excessive disqualified bids per buyer, procuring entity or tenderer. */
    R038,
    /** Heterogeneous supplier: the variety of items a supplier is awarded is a high outlier. */
    R048,
    /** Heavily discounted bid: the runner-up's margin over the winner is a high outlier. */
    R058;

    /** The message key of the indicator's plain-language title (bundle {@code i18n/contracting-flags}). */
    public String titleKey() {
        return "contracting.flag." + name() + ".title";
    }

    /** The message key of the indicator's plain-language explanation (bundle {@code i18n/contracting-flags}). */
    public String explanationKey() {
        return "contracting.flag." + name() + ".explanation";
    }
}
