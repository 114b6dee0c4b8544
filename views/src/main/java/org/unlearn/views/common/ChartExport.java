package org.unlearn.views.common;

import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.unlearn.model.BadInputException;

/** Writes a chart to a file, as PNG or SVG by the file's extension, at a size fit for a slide or a paper. */
public final class ChartExport {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 720;

    static {
        ChartStyle.textStaysText();
    }

    private ChartExport() {}

    /**
     * @throws BadInputException when the extension is neither .png nor .svg
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(JFreeChart chart, Path file) {
        write(chart, file, "");
    }

    /**
     * Writes the chart with a line under its title naming what it was made of ("penguins.csv · Q-k-means · k
     * = 3 · seed 42"), so a chart on a slide says where it came from; the chart on screen is left as it is.
     *
     * @param context the dataset, the model and its seed; empty for none
     */
    public static void write(JFreeChart chart, Path file, String context) {
        JFreeChart written = context == null || context.isBlank() ? chart : copyOf(chart, context);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".png")) {
                ChartUtils.saveChartAsPNG(file.toFile(), written, WIDTH, HEIGHT);
            } else if (name.endsWith(".svg")) {
                Files.writeString(file, svg(written, WIDTH, HEIGHT), StandardCharsets.UTF_8);
            } else {
                throw new BadInputException(file.getFileName() + ": charts are saved as .png or .svg");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** The chart drawn as an SVG document of this size, rotated labels as text (see {@link ChartStyle}). */
    static String svg(JFreeChart chart, int width, int height) {
        SvgDocument document = new SvgDocument(width, height);
        chart.draw(new SvgGraphics(document), new Rectangle(0, 0, width, height));
        return document.text();
    }

    /**
     * A copy of the chart to write, with the line naming what it was made of (none when the context is empty).
     * Taken on the FX thread, it can be drawn on another: the chart on screen is never drawn off the FX thread,
     * and the copy has no listeners (its series are the screen's, never changed once a chart is made).
     */
    public static JFreeChart copyOf(JFreeChart chart, String context) {
        try {
            JFreeChart copy = (JFreeChart) chart.clone();
            if (context == null || context.isBlank()) {
                return copy;
            }
            TextTitle line = new TextTitle(context, new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            line.setPosition(RectangleEdge.TOP);
            line.setPaint(ChartStyle.palette().muted());
            copy.addSubtitle(0, line);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("a chart that cannot be copied", e);
        }
    }
}
