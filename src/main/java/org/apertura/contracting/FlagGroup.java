package org.apertura.contracting;

/** What a red flag is about: a contracting process, a buyer, a procuring entity or a tenderer. */
public enum FlagGroup {

    /** A contracting process, identified by {@code /ocid}. */
    OCID("OCID"),
    /** A buyer, identified by {@code /buyer/id}. */
    BUYER("Buyer"),
    /** A procuring entity, identified by {@code /tender/procuringEntity/id}. */
    PROCURING_ENTITY("ProcuringEntity"),
    /** A tenderer, by {@code /bids/details[]/tenderers[]/id}, or a supplier, by {@code /awards[]/suppliers[]/id}. */
    TENDERER("Tenderer");

    private final String jsonName;

    FlagGroup(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The group's key in Cardinal's output (also the prefix of R038's quartile keys in {@code Meta}). */
    public String jsonName() {
        return jsonName;
    }
}
