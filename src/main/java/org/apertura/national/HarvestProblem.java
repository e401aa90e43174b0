package org.apertura.national;

/** Why a harvest stopped: a message key people read ({@code national.problem.*}) and, for logs, a detail. */
class HarvestProblem extends Exception {

    private final String key;

    HarvestProblem(String key, String detail) {
        super(detail);
        this.key = key;
    }

    String key() {
        return key;
    }
}
