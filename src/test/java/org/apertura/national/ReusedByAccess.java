package org.apertura.national;

/** Lets tests outside this package make an instance read a node's published reuse now. */
public final class ReusedByAccess {

    private ReusedByAccess() {
    }

    public static void refresh(ReusedBy reusedBy, String nodeUrl, String ownBase) throws Exception {
        reusedBy.refresh(nodeUrl, ownBase);
    }

    /**
     * Takes an adoption as already verified in the adopter's signed ledger, for a page test whose subject is how the
     * page shows it (the check itself, against real instances' ledgers, is NationalFederationTest's).
     */
    @SuppressWarnings("unchecked")
    public static void trustAdoption(ReusedBy reusedBy, String adopterBase, long seq, String originUrl,
            String adoptedPath) throws Exception {
        java.lang.reflect.Field checkField = ReusedBy.class.getDeclaredField("adopterLedgers");
        checkField.setAccessible(true);
        AdopterLedgerCheck check = (AdopterLedgerCheck) checkField.get(reusedBy);
        java.lang.reflect.Field verified = AdopterLedgerCheck.class.getDeclaredField("verified");
        verified.setAccessible(true);
        ((java.util.Map<String, Boolean>) verified.get(check)).put(
                adopterBase + "|" + seq + "|" + originUrl + "|" + adoptedPath, Boolean.TRUE);
    }
}
