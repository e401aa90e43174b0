/**
 * Infografías / Infographics: pictures generated from the data, accessible by construction. This module serves the
 * files of every chart (SVG, PNG, CSV, the embed snippet's image) and the 1200×630 share cards with their Open
 * Graph and Twitter tags. It reads no other module: modules build their charts and card facts from their own
 * figures with {@code platform.chart} and offer them as {@code ChartSource} and {@code ShareCardSource} beans
 * (docs/adr/0008-server-side-svg-charts.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infografías / Infographics",
        allowedDependencies = {"platform"})
package org.apertura.infographics;
