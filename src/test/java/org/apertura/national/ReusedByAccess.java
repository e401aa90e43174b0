package org.apertura.national;

/** Lets tests outside this package make an instance read a node's published reuse now. */
public final class ReusedByAccess {

    private ReusedByAccess() {
    }

    public static void refresh(ReusedBy reusedBy, String nodeUrl, String ownBase) throws Exception {
        reusedBy.refresh(nodeUrl, ownBase);
    }
}
