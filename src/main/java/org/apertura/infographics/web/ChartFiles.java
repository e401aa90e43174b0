package org.apertura.infographics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apertura.infographics.ChartPng;
import org.apertura.platform.Hashing;
import org.apertura.platform.NotFoundException;
import org.apertura.platform.chart.Chart;
import org.apertura.platform.chart.ChartSource;
import org.apertura.platform.chart.ChartSvg;
import org.apertura.platform.chart.ChartTable;
import org.apertura.platform.web.Downloads;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The files of every chart, drawn from the module that owns its figures: {@code /graficas/{source}/{key}/{name}.svg}
 * (standalone: its title, takeaway and source inside), {@code .png} (the same SVG drawn by Batik) and {@code .csv}
 * (the data table). Public, no session; the ETag is the hash of the content, so an unchanged chart is not sent twice.
 */
@Controller
class ChartFiles {

    private final List<ChartSource> sources;
    private final ChartPng png;

    ChartFiles(List<ChartSource> sources, ChartPng png) {
        this.sources = sources;
        this.png = png;
    }

    @GetMapping("/graficas/{source}/{key}/{name}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String source, @PathVariable String key, @PathVariable String name,
            WebRequest request) {
        String svg = ChartSvg.standalone(chart(source, key, name));
        return file(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", name + ".svg", request);
    }

    @GetMapping("/graficas/{source}/{key}/{name}.png")
    ResponseEntity<byte[]> png(@PathVariable String source, @PathVariable String key, @PathVariable String name,
            WebRequest request) {
        return file(png.png(ChartSvg.standalone(chart(source, key, name))), MediaType.IMAGE_PNG_VALUE, name + ".png",
                request);
    }

    @GetMapping("/graficas/{source}/{key}/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String source, @PathVariable String key, @PathVariable String name,
            WebRequest request) {
        Chart chart = chart(source, key, name);
        String suffix = "en".equals(chart.locale().getLanguage()) ? "-en" : "";
        return file(ChartTable.csv(chart).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                source + "-" + key + "-" + name + suffix + ".csv", request);
    }

    private Chart chart(String source, String key, String name) {
        return sources.stream().filter(s -> s.source().equals(source)).findFirst()
                .flatMap(s -> s.chart(key, name)).orElseThrow(() -> new NotFoundException("chart " + source + "/" + key + "/" + name));
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String fileName, WebRequest request) {
        String etag = "\"" + Hashing.sha256Hex(body).substring(0, 32) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return Downloads.inlineUtf8(MediaType.parseMediaType(type), fileName).eTag(etag)
                .cacheControl(CacheControl.noCache().cachePublic()).body(body);
    }
}
