package org.unlearn.views.consequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.forget.Parametric;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ChartExport;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;

/**
 * The charts tell the truth: a flat or near-flat line gets a sensible range and distinct plain ticks, a real
 * change fills the chart; a linear model's before/after bars are its coefficients that moved most, by name,
 * without intercepts; an exported chart names its dataset, model and seed.
 */
class HonestChartsTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
    private final ConsequencesViewModel model = new ConsequencesViewModel(work, forget.chain());

    @Test
    void aFlatLineHasDistinctPlainTicksAndATinyChangeStaysTiny() {
        double[] flat = new double[20];
        Arrays.fill(flat, 0.9710145);
        NumberAxis y = drawnAxis(flat);
        List<String> ticks = ticks(y);
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), new HashSet<>(ticks).size(), "distinct ticks: " + ticks);
        assertTrue(ticks.stream().noneMatch(t -> t.contains("E")), "plain numbers: " + ticks);
        assertTrue(
                y.getLowerBound() < 0.9710145 && 0.9710145 < y.getUpperBound(),
                y.getRange().toString());

        // one row in 11,600 changes an accuracy of 0.93155 by 8.6e-5: a wiggle, not the whole chart
        double[] nearlyFlat = {0.931555, 0.931555, 0.931469, 0.931469, 0.931555};
        NumberAxis near = drawnAxis(nearlyFlat);
        double share = (0.931555 - 0.931469) / near.getRange().getLength();
        assertTrue(share < 0.01, "the change fills " + share + " of the axis");
        assertEquals(
                ticks(near).size(),
                new HashSet<>(ticks(near)).size(),
                ticks(near).toString());

        // a real change fills most of the chart
        NumberAxis real = drawnAxis(new double[] {0.52, 0.61, 0.7, 0.88});
        assertTrue(
                (0.88 - 0.52) / real.getRange().getLength() > 0.8,
                real.getRange().toString());
        assertTrue(real.getUpperBound() <= 1, "an accuracy axis stays within 1");
    }

    @Test
    void aLinearModelsBarsAreItsCoefficientsThatMovedMostByNameWithoutIntercepts() {
        data.open(new OpenRequest(TestFiles.sample("digits_8x8.csv"), "target"));
        forget.form().choose("logreg");
        forget.train();
        Parametric trained = (Parametric) forget.chain().currentProperty().get().engine();
        forget.picks().pickTextProperty().set("3-40");
        forget.picks().pickTyped();
        forget.forget();
        Parametric now = (Parametric) forget.chain().currentProperty().get().engine();
        Bars bars = model.barsProperty().get();
        assertNotNull(bars);

        double[] was = trained.parameters();
        double[] is = now.parameters();
        List<String> names = trained.parameterNames();
        List<Integer> expected = IntStream.range(0, was.length)
                .filter(i -> !names.get(i).startsWith("(intercept)"))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(is[i] - was[i])))
                .limit(Bars.COEFFICIENTS)
                .toList();
        List<String> expectedNames = new ArrayList<>();
        for (int i : expected) {
            expectedNames.add(names.get(i));
        }
        assertEquals(expectedNames, bars.categories());
        assertTrue(
                bars.categories().stream().allMatch(n -> n.contains(" → ")),
                bars.categories().toString());
        assertTrue(
                bars.categories().stream().noneMatch(n -> n.contains("intercept")),
                bars.categories().toString());
        assertEquals(is[expected.get(0)] - was[expected.get(0)], bars.after()[0]);
        assertTrue(bars.note().endsWith("the 10 intercepts are left out"), bars.note());
    }

    @Test
    void anExportedChartNamesItsDatasetModelAndSeed(@TempDir Path folder) throws Exception {
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        forget.form().choose("qkmeans");
        forget.train();
        forget.picks().pickTextProperty().set("5");
        forget.picks().pickTyped();
        forget.forget();
        String context = model.exportContext();
        assertTrue(context.startsWith("iris.csv · Q-k-means · ") && context.contains("· seed 42"), context);
        JFreeChart chart = CurveCharts.drift(model.driftProperty().get(), "kmeans loss");
        int subtitles = chart.getSubtitleCount();
        Path svg = folder.resolve("drift.svg");
        ChartExport.write(chart, svg, context);
        String drawing = Files.readString(svg);
        assertTrue(drawing.contains("Quality as rows are forgotten"), "its title");
        assertTrue(drawing.contains(context.replace("·", "&#183;")) || drawing.contains(context), "its source");
        assertEquals(subtitles, chart.getSubtitleCount(), "the chart on screen is left as it was");
        assertFalse(Files.readString(svg).isEmpty());
    }

    @Test
    void replayedLinesThatCoincideEachShowTheirColour() {
        double[] x = {0, 1, 5, 20, 40};
        double[] own = {0.97, 0.969, 0.968, 0.968, 0.963};
        double[] tied = {0.971, 0.971, 0.971, 0.971, 0.971};
        List<Curve> curves = List.of(
                new Curve("this model", true, x, own),
                new Curve("retrained", false, x, tied),
                new Curve("influence", false, x, tied),
                new Curve("DaRE", false, x, tied));
        JFreeChart chart = CurveCharts.drift(curves, "accuracy");
        chart.removeLegend(); // only the lines count, not the legend's samples of them
        java.awt.image.BufferedImage image = chart.createBufferedImage(900, 560);
        XYPlot plot = (XYPlot) chart.getPlot();
        for (int series = 1; series <= 3; series++) {
            java.awt.Color ink = (java.awt.Color) plot.getRenderer().getSeriesPaint(series);
            assertTrue(pixelsOf(image, ink) > 100, "series " + series + " shows where the three coincide");
        }
    }

    private static int pixelsOf(java.awt.image.BufferedImage image, java.awt.Color ink) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (ink.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static NumberAxis drawnAxis(double[] y) {
        double[] x = IntStream.range(0, y.length).asDoubleStream().toArray();
        JFreeChart chart = CurveCharts.drift(List.of(new Curve("this model", true, x, y)), "accuracy");
        chart.createBufferedImage(900, 560); // lays the axis out, choosing its tick unit
        return (NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
    }

    /** The tick labels the axis draws. */
    private static List<String> ticks(NumberAxis axis) {
        double unit = axis.getTickUnit().getSize();
        List<String> out = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (double v = Math.ceil(axis.getLowerBound() / unit) * unit; v <= axis.getUpperBound(); v += unit) {
            if (seen.add(v)) {
                out.add(axis.getNumberFormatOverride().format(v));
            }
        }
        return out;
    }
}
