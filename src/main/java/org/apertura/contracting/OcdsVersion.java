package org.apertura.contracting;

/** The OCDS minor versions Apertura can merge, each with the release schema its merge rules come from. */
public enum OcdsVersion {
    V1_0("1.0", "contracting/release-schema-1.0.3.json"),
    V1_1("1.1", "contracting/release-schema-1.1.5.json");

    private final String label;
    private final String schemaResource;

    OcdsVersion(String label, String schemaResource) {
        this.label = label;
        this.schemaResource = schemaResource;
    }

    /** The package's {@code version} field: absent means 1.0 (the field was added in 1.1). */
    public static OcdsVersion ofPackageField(String version, String place) {
        if (version == null) {
            return V1_0;
        }
        for (OcdsVersion v : values()) {
            if (v.label.equals(version)) {
                return v;
            }
        }
        throw new OcdsDataException("contracting.ocds.unknownVersion", place, version);
    }

    public String label() {
        return label;
    }

    String schemaResource() {
        return schemaResource;
    }
}
