package org.apertura.opendata.api;

import static org.apertura.opendata.OpenDataTestActors.publisherOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.DatasetDraft;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.FileUpload;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.apertura.opendata.ResourceDraft;

/** Datasets for the protocol tests, published through the catalog's own service as its publishers would. */
final class OpenDataFixtures {

    static final String CONGRESS = "congreso-durango";
    static final String JUDICIARY = "poder-judicial-durango";

    private OpenDataFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published dataset with every metadata field, a CSV file and a link. */
    static String published(DatasetPublishing publishing, String institution, String name, String keyword) {
        publisherOf(institution, () -> {
            publishing.create(DatasetDraft.of(name, institution, "Obras públicas por municipio " + name,
                    "Cada obra pública contratada, con su municipio (clave INEGI) y su monto.")
                    .withKeywords(List.of("obras", keyword))
                    .withThemes(Set.of(DataTheme.GOVE, DataTheme.REGI))
                    .withContact("Unidad de Transparencia", "transparencia@durango.example.mx")
                    .withFrequency(Frequency.QUARTERLY)
                    .withLicence(Licence.CC_BY_4_0)
                    .withTemporal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                    .withSpatial(List.of("10", "10005")));
            String csv = "municipio,clave_inegi,monto\nDurango,10005,1500000.50\nGómez Palacio,10007,820000\n";
            publishing.addFile(name, ResourceDraft.named("Obras 2025", "Una fila por obra."),
                    FileUpload.of("obras.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
            publishing.addLink(name, ResourceDraft.link("Visor", "El visor de obras.", "https://obras.example.mx/visor",
                    "HTML"));
            publishing.publish(name);
        });
        return name;
    }

    /** A published dataset with the required fields only and no resources. */
    static String bare(DatasetPublishing publishing, String institution, String name) {
        publisherOf(institution, () -> {
            publishing.create(DatasetDraft.of(name, institution, "Datos " + name, "Un conjunto mínimo."));
            publishing.publish(name);
        });
        return name;
    }

    /** A draft, never published. */
    static String draft(DatasetPublishing publishing, String institution, String name) {
        publisherOf(institution, () -> publishing.create(DatasetDraft.of(name, institution, "Borrador " + name,
                "Aún no se publica.")));
        return name;
    }
}
