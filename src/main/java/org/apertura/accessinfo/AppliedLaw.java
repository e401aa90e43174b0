package org.apertura.accessinfo;

/**
 * The law whose terms a request follows, as the acuse and the request page say it: the rule set's code and full
 * name, and whether it is the general law standing in for the state's own law as the fallback (a state or
 * municipal procedure follows the state law; the general law is the floor and the fallback until the state's law
 * is modelled and adopted).
 */
public record AppliedLaw(String code, String name, boolean fallback) {
}
