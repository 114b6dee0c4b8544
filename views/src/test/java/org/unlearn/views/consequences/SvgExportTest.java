package org.unlearn.views.consequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ChartExport;
import org.unlearn.views.common.ImmediateWork;
import org.unlearn.views.common.OpenRequest;
import org.unlearn.views.data.DataViewModel;
import org.unlearn.views.forget.ForgetViewModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A chart the app draws (the drift of Q-k-means on iris against its replays, after three requests), saved
 * as SVG by our own writer: a well-formed document of the export's size, with the chart's title, axis labels
 * and legend as text, each line drawn in its series' colour, and the plot clipped to its area.
 */
class SvgExportTest {
    private final ImmediateWork work = new ImmediateWork();
    private final DataViewModel data = new DataViewModel(work);
    private final ForgetViewModel forget = new ForgetViewModel(work, data.dataProperty(), data.planeProperty());
    private final ConsequencesViewModel model = new ConsequencesViewModel(work, forget.chain());

    @Test
    void aSavedChartIsAnSvgDocumentWithItsTextLinesAndColours(@TempDir Path folder) throws Exception {
        data.open(new OpenRequest(TestFiles.sample("iris.csv"), "target_name"));
        forget.form().choose("qkmeans");
        forget.train();
        for (String ids : List.of("5", "40-43", "100, 120")) {
            forget.picks().pickTextProperty().set(ids);
            forget.picks().pickTyped();
            forget.forget();
        }
        model.compare();
        JFreeChart chart = CurveCharts.drift(model.driftProperty().get(), "kmeans loss");
        Path file = folder.resolve("drift.svg");

        ChartExport.write(chart, file, "iris.csv · Q-k-means · seed 42");

        Document svg = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(file.toFile());
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(String.valueOf(ChartExport.WIDTH), root.getAttribute("width"));
        List<String> texts = texts(svg);
        assertTrue(texts.contains(chart.getTitle().getText()), texts.toString());
        assertTrue(texts.contains("iris.csv · Q-k-means · seed 42"), texts.toString());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertTrue(texts.contains(plot.getRangeAxis().getLabel()), texts.toString());
        int series = plot.getDataset().getSeriesCount();
        assertTrue(series >= 2, "the model's line and its replays");
        Set<String> strokes = attributes(svg, "stroke");
        for (int s = 0; s < series; s++) {
            Color paint = (Color) plot.getRenderer().getSeriesPaint(s);
            assertNotNull(paint, "series " + s + " has its own colour");
            String rgb = String.format("#%02x%02x%02x", paint.getRed(), paint.getGreen(), paint.getBlue());
            assertTrue(strokes.contains(rgb), "series " + s + " drawn in " + rgb + ": " + strokes);
            assertTrue(texts.contains(plot.getDataset().getSeriesKey(s).toString()), "its legend");
        }
        assertTrue(svg.getElementsByTagNameNS("*", "path").getLength() > 20, "lines, markers, ticks, gridlines");
        assertTrue(svg.getElementsByTagNameNS("*", "clipPath").getLength() >= 1, "the plot is clipped");
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Set<String> attributes(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "*");
        Set<String> out = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute(name));
        }
        return out;
    }
}
