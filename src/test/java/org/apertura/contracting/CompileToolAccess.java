package org.apertura.contracting;

/** The fictional example as JSON Lines, for tests outside this package (the browser tests). */
public final class CompileToolAccess {

    private CompileToolAccess() {
    }

    public static byte[] fictionalExampleLines() throws Exception {
        return CompileToolTest.fictionalExampleLines();
    }
}
