package org.apertura.actionplan;

/** The OGP values a commitment must be relevant to; technology counts only beside one of the other three. */
public enum OgpValue {
    TRANSPARENCY,
    PARTICIPATION,
    ACCOUNTABILITY,
    TECHNOLOGY
}
