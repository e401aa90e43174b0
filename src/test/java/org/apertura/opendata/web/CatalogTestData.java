package org.apertura.opendata.web;

import static org.apertura.opendata.OpenDataTestActors.publisherOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apertura.opendata.DataTheme;
import org.apertura.opendata.DatasetDraft;
import org.apertura.opendata.DatasetPublishing;
import org.apertura.opendata.DictionaryField;
import org.apertura.opendata.FieldType;
import org.apertura.opendata.FileUpload;
import org.apertura.opendata.Frequency;
import org.apertura.opendata.Licence;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceDraft;

/**
 * A dataset for the catalog's page tests, published as its institution's publisher would: full metadata, a CSV with
 * a dictionary replaced once (two versions), a date not in ISO 8601 and a cell of another type, and a GeoJSON file
 * with a point and a line (no dictionary: completeness 80).
 */
public final class CatalogTestData {

    private CatalogTestData() {
    }

    /**
     * A made-up word no other dataset holds: twelve random letters (16^12 choices), so that a search for it finds
     * only the dataset it was written into, however many datasets earlier tests left in the database.
     */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zz");
        for (char c : java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            word.append((char) ('g' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    public static void publishWorks(DatasetPublishing publishing, String institution, String name, String word) {
        publisherOf(institution, () -> {
            publishing.create(DatasetDraft.of(name, institution, "Obras públicas " + word,
                    "Cada obra pública contratada en el municipio, con su clave INEGI y su monto.")
                    .withKeywords(List.of("obras", word)).withThemes(Set.of(DataTheme.REGI))
                    .withContact("Unidad de Transparencia", "transparencia@durango.example.mx")
                    .withFrequency(Frequency.QUARTERLY).withLicence(Licence.LIBRE_USO_MX)
                    .withTemporal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                    .withSpatial(List.of("10005")));
            String csv = "municipio,clave_inegi,monto,fecha\nDurango,10005,1500000.50,2025-01-31\n"
                    + "Gómez Palacio,10007,820000,31/01/2025\nLerdo,10012,no sabe,2025-03-01\n";
            Resource table = publishing.addFile(name, ResourceDraft.named("Obras 2025", "Una fila por obra."),
                    FileUpload.of("obras.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
            publishing.defineDictionary(table.getId(), List.of(
                    new DictionaryField("municipio", FieldType.STRING, "Nombre del municipio", null, null),
                    new DictionaryField("clave_inegi", FieldType.STRING, "Clave INEGI del municipio", null, null),
                    new DictionaryField("monto", FieldType.NUMBER, "Monto contratado", "pesos", null),
                    new DictionaryField("fecha", FieldType.DATE, "Fecha del contrato", null, null)));
            publishing.replaceFile(table.getId(), FileUpload.of("obras-v2.csv",
                    new ByteArrayInputStream((csv + "Mapimí,10020,10,2025-04-01\n").getBytes(StandardCharsets.UTF_8))));
            String geo = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"nombre\":\"Presa Guadalupe Victoria\",\"monto\":12},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[-104.65,24.02]}},{\"type\":\"Feature\",\"properties\":{\"nombre\":\"Bulevar\"},"
                    + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[-104.7,24.0],[-104.6,24.1]]}}]}";
            publishing.addFile(name, ResourceDraft.named("Obras en el mapa", null),
                    FileUpload.of("obras.geojson", new ByteArrayInputStream(geo.getBytes(StandardCharsets.UTF_8))));
            publishing.publish(name);
        });
    }
}
