package org.apertura.contracting;

/**
 * How much the lowest losing valid bid exceeds the winning bid in one contracting process.
 *
 * @param ratio (second-lowest valid bid − winning bid) / winning bid, never negative
 * @param winner the tenderer of the winning bid (the sole supplier of the sole active award)
 * @param runnerUp the tenderer of the second-lowest valid bid
 */
record WinningMargin(double ratio, String winner, String runnerUp) {
}
