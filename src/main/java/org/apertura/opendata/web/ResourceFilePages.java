package org.apertura.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.opendata.Catalog;
import org.apertura.opendata.Dataset;
import org.apertura.opendata.Resource;
import org.apertura.opendata.ResourceVersion;
import org.apertura.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A resource's public page (its file's every version, its data dictionary), each version's file — kept for ever, at
 * {@code /datos/{name}/recursos/{resourceId}/versiones/{n}/{fileName}}, streamed with its SHA-256 as ETag — and each
 * version's quality report. A draft's are seen only by its publishers; a withdrawn dataset's stay public.
 */
@Controller
class ResourceFilePages {

    private final Catalog catalog;
    private final JurisdictionService directory;

    ResourceFilePages(Catalog catalog, JurisdictionService directory) {
        this.catalog = catalog;
        this.directory = directory;
    }

    private Dataset dataset(String name) {
        return catalog.findForEditing(name).orElseThrow(() -> new NotFoundException("dataset " + name));
    }

    private Resource resource(Dataset dataset, String id) {
        return catalog.resourceForEditing(id).filter(r -> r.getDatasetId().equals(dataset.getId()))
                .orElseThrow(() -> new NotFoundException("resource " + id));
    }

    private ResourceVersion version(Resource resource, int number) {
        return catalog.version(resource.getId(), number).orElseThrow(() -> new NotFoundException("version"));
    }

    @GetMapping("/datos/{name}/recursos/{id}")
    String resource(@PathVariable String name, @PathVariable String id, Model model) {
        Dataset dataset = dataset(name);
        Resource resource = resource(dataset, id);
        List<ResourceVersion> versions = catalog.versions(resource);
        model.addAttribute("dataset", dataset);
        model.addAttribute("institution", directory.institution(dataset.getInstitutionSlug()));
        model.addAttribute("resource", resource);
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.isEmpty() ? null : versions.get(0));
        return "opendata/resource";
    }

    @GetMapping("/datos/{name}/recursos/{id}/versiones/{number}/calidad")
    String quality(@PathVariable String name, @PathVariable String id, @PathVariable int number, Model model) {
        Dataset dataset = dataset(name);
        Resource resource = resource(dataset, id);
        ResourceVersion version = version(resource, number);
        model.addAttribute("dataset", dataset);
        model.addAttribute("resource", resource);
        model.addAttribute("version", version);
        model.addAttribute("report", version.getQualityReport().orElseThrow(() -> new NotFoundException("report")));
        return "opendata/quality";
    }

    /** The file of one version, under the name it was uploaded with (any other name is not found). */
    @GetMapping("/datos/{name}/recursos/{id}/versiones/{number}/{fileName}")
    void download(@PathVariable String name, @PathVariable String id, @PathVariable int number,
            @PathVariable String fileName, HttpServletResponse response) throws IOException {
        Dataset dataset = dataset(name);
        ResourceVersion version = version(resource(dataset, id), number);
        if (!version.getFileName().equals(fileName)) {
            throw new NotFoundException("file " + fileName);
        }
        try (InputStream in = catalog.open(version).orElseThrow(() -> new NotFoundException("stored file"))) {
            response.setContentType(version.getMediaType().startsWith("text/")
                    ? version.getMediaType() + ";charset=UTF-8" : version.getMediaType());
            response.setContentLengthLong(version.getByteSize());
            response.setHeader(HttpHeaders.ETAG, "\"" + version.getSha256() + "\"");
            response.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                    java.util.HexFormat.of().parseHex(version.getSha256())));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(version.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }
}
