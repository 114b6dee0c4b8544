package org.unlearn.views.common;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.unlearn.model.BadInputException;

/** Writes a chart to a file, as PNG or SVG by the file's extension, at a size fit for a slide or a paper. */
public final class ChartExport {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 720;

    private ChartExport() {}

    /**
     * @throws BadInputException when the extension is neither .png nor .svg
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(JFreeChart chart, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            } else if (name.endsWith(".svg")) {
                SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
                chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
                SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
            } else {
                throw new BadInputException(file.getFileName() + ": charts are saved as .png or .svg");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
