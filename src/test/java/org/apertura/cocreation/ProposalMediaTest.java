package org.apertura.cocreation;

import static org.apertura.identity.TestCsrf.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apertura.IntegrationTest;
import org.apertura.identity.Account;
import org.apertura.identity.AccountService;
import org.apertura.identity.AccountUserDetailsAccess;
import org.apertura.ledger.LedgerEntry;
import org.apertura.ledger.LedgerService;
import org.apertura.platform.media.MediaFixtures;
import org.apertura.platform.storage.Storage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A proposal's pictures, documents and point on the map (issue 21, docs/adr/0080): filed with the proposal or added
 * later by its author, stored without their hidden data, shown with the author's alternative text, listed with type and
 * size in words, on the call's map and in its GeoJSON; bad files and points refused in both languages with nothing
 * saved; others refused; a moderator's removal stops the file being served; the ledger records each change without
 * the uploader.
 */
@IntegrationTest
class ProposalMediaTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CocreationService service;
    @Autowired
    ProposalMedia media;
    @Autowired
    CallFixtures calls;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsAccess details;
    @Autowired
    LedgerService ledger;
    @Autowired
    Storage storage;

    @Test
    void anAuthorFilesAProposalWithAPhotoAndAPointAndAddsADocumentWhoseHiddenDataIsGone() throws Exception {
        CocreationFixtures.Open open = calls.open(5);
        Account author = calls.person("Rosa Fotógrafa Privada");
        RequestPostProcessor as = details.signedIn(author);
        String slug = open.call().getSlug();

        // A program renamed .jpg, and a point in Madrid: refused in Spanish and English, nothing saved.
        mvc.perform(proposal(slug, new MockMultipartFile("image", "foto.jpg", "image/jpeg", MediaFixtures.executable()))
                .param("imageAlt", "Una calle").with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("La imagen debe ser un archivo JPEG, PNG o WebP")));
        mvc.perform(proposal(slug, null).param("latitude", "40.4168").param("longitude", "-3.7038").param("lang", "en")
                .with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("within Mexico")));
        // A point in Monterrey, in Mexico but outside the state of Durango, where Tepehuanes (with no box of its own)
        // lies: its state's box applies (ADR 0084), in both languages.
        mvc.perform(proposal(slug, null).param("latitude", "25.6866").param("longitude", "-100.3161").with(as)
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("El punto queda fuera de Durango (latitud entre 22.25 y 26.85")));
        mvc.perform(proposal(slug, null).param("latitude", "25.6866").param("longitude", "-100.3161").param("lang", "en")
                .with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The point lies outside Durango")));
        mvc.perform(proposal(slug, photo()).with(as).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Describa la imagen para quien no puede verla")));
        assertThat(service.proposals(open.call())).isEmpty();

        String location = mvc.perform(proposal(slug, photo()).param("imageAlt", "La banqueta rota frente a la escuela")
                .param("latitude", "24.0277").param("longitude", "-104.6532").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Proposal proposal = service.proposals(open.call()).get(0);
        assertThat(location).isEqualTo("/propuestas/" + proposal.getId());
        assertThat(proposal.getLatitude()).isEqualByComparingTo("24.0277");
        List<ProposalFile> files = media.files(proposal);
        assertThat(files).hasSize(1);
        byte[] stored = storage.read(files.get(0).getSha256()).orElseThrow();
        assertThat(MediaFixtures.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(MediaFixtures.contains(stored, MediaFixtures.MAKE.getBytes(StandardCharsets.US_ASCII))).isFalse();
        String image = "/propuestas/" + proposal.getId() + "/archivos/" + files.get(0).getId();
        mvc.perform(get(image)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"" + image + "\"")))
                .andExpect(content().string(containsString("alt=\"La banqueta rota frente a la escuela\"")))
                .andExpect(content().string(containsString("24.027700, -104.653200")));

        // A PDF whose properties name its author: kept without them, listed with type, pages and size in words.
        mvc.perform(multipart(location + "/documentos").file(new MockMultipartFile("document", "x.pdf",
                "application/pdf", MediaFixtures.executable())).param("documentTitle", "Plano").with(as).with(csrf()))
                .andExpect(flash().attribute("problems", List.of("El documento debe ser un PDF sin contraseña que se "
                        + "pueda leer (se revisa su contenido, no su nombre).")));
        mvc.perform(multipart(location + "/documentos").file(new MockMultipartFile("document", "plano.pdf",
                "application/pdf", MediaFixtures.pdfByAuthor("Rosa Fotógrafa Privada")))
                .param("documentTitle", "Plano de la calle").with(as).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.media.documentAdded"));
        ProposalFile document = media.files(proposal).get(1);
        try (var pdf = Loader.loadPDF(storage.read(document.getSha256()).orElseThrow())) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
        }
        mvc.perform(get(location)).andExpect(content().string(containsString("Plano de la calle")))
                .andExpect(content().string(containsString("(documento PDF, 1 página, ")));
        mvc.perform(get(location + "/archivos/" + document.getId())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));

        // The map of the call: the point, linked, beside the list; its GeoJSON; the call links the map.
        mvc.perform(get("/convocatorias/" + slug)).andExpect(content().string(containsString("/convocatorias/" + slug
                + "/mapa")));
        mvc.perform(get("/convocatorias/" + slug + "/mapa")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/propuestas/" + proposal.getId() + "\"><title>1. ")))
                .andExpect(content().string(containsString("1 de 1 propuestas tienen un punto")));
        mvc.perform(get("/convocatorias/" + slug + "/mapa.geojson"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(-104.6532))
                .andExpect(jsonPath("$.features[0].properties.number").value(1));

        // Someone else may not add or remove; the uploader's name is in no file entry of the ledger.
        Account other = calls.person("Otra persona");
        mvc.perform(multipart(location + "/imagenes").file(photo()).param("imageAlt", "Otra")
                .with(details.signedIn(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(image + "/quitar").with(details.signedIn(other)).with(csrf()))
                .andExpect(status().isForbidden());
        List<LedgerEntry> entries = ledger.subjectAfter("proposal", proposal.getId().toString(), 0, 50);
        assertThat(entries).extracting(LedgerEntry::getType).contains("proposal.received", "proposal.located",
                "proposal.file.added");
        assertThat(entries).filteredOn(e -> e.getType().startsWith("proposal.file") || e.getType().equals(
                "proposal.located")).allSatisfy(e -> assertThat(e.getPayload()).doesNotContain("Rosa"));

        // Moderation: a coordinator removes the picture; it is no longer served, and the removal is public.
        Account coordinator = CocreationFixtures.coordinator(accounts, open, "Coordinadora de archivos");
        mvc.perform(post(image + "/quitar").with(details.signedIn(coordinator)).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.media.removed"));
        mvc.perform(get(image)).andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(content().string(not(containsString(image + "\""))));
        assertThat(ledger.subjectAfter("proposal", proposal.getId().toString(), 0, 50))
                .extracting(LedgerEntry::getType).contains("proposal.file.removed");

        // The author moves the point, then takes it off the map.
        mvc.perform(post(location + "/ubicacion").param("latitude", "abc").param("longitude", "-104").with(as)
                .with(csrf())).andExpect(flash().attributeExists("problems"));
        // swapped coordinates that still fall in Mexico's box are refused by the state's box, linked to the field
        var refused = mvc.perform(post(location + "/ubicacion").param("latitude", "19.5").param("longitude", "-104.65")
                .with(as).with(csrf())).andExpect(flash().attribute("problemFields", java.util.Map.of("point-latitude",
                        "El punto queda fuera de Durango (latitud entre 22.25 y 26.85, longitud entre -107.25 y "
                                + "-102.45). Revise que la latitud y la longitud no estén invertidas y que la longitud "
                                + "lleve el signo menos."))).andReturn();
        // what the page gets back travels in the session, which production keeps in the database: it serializes
        try (var out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
            out.writeObject(refused.getFlashMap());
        }
        assertThat(service.proposal(proposal.getId()).getLatitude()).isNotNull();
        mvc.perform(post(location + "/ubicacion").param("latitude", "").param("longitude", "").with(as).with(csrf()))
                .andExpect(flash().attribute("notice", "cocreation.media.located"));
        assertThat(service.proposal(proposal.getId()).getLatitude()).isNull();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder proposal(
            String slug, MockMultipartFile image) {
        var request = multipart("/convocatorias/" + slug + "/propuestas");
        if (image != null) {
            request.file(image);
        }
        request.param("title", "Banquetas seguras").param("problem", "Las banquetas están rotas.")
                .param("proposal", "Arreglarlas y publicar el avance.").param("themes", "C");
        return request;
    }

    private static MockMultipartFile photo() {
        return new MockMultipartFile("image", "IMG_0001.jpg", "image/jpeg", MediaFixtures.jpegWithGps());
    }
}
