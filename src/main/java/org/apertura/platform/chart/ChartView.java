package org.apertura.platform.chart;

/**
 * A chart as the fragment {@code fragments/chart :: chart(view)} shows it: the picture, the data table, and the
 * address its files are downloaded from ({@code path + ".svg"}, {@code ".png"}, {@code ".csv"}).
 */
public record ChartView(Chart chart, String svg, ChartTable table, String path, String page) {

    public static ChartView of(Chart chart, String source, String key, String name, String page) {
        return new ChartView(chart, ChartSvg.render(chart), ChartTable.of(chart),
                "/graficas/" + source + "/" + key + "/" + name, page);
    }

    /** The text of the embedded image's alt: the title and the takeaway. */
    public String alt() {
        return chart.title() + ". " + chart.takeaway();
    }
}
