package org.apertura.jurisdiction;

/**
 * The demo directory was just loaded on an empty database (as the system actor, synchronously): modules that
 * add demo data about its institutions (the IDAIP's calendar) listen to it instead of the directory knowing them.
 */
public record DemoDirectoryLoaded() {
}
