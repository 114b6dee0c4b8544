package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The theme: scenes and charts made before a switch follow it; class colours stay readable on dark. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    @AfterEach
    void light() {
        javafx.application.Platform.runLater(() -> Styles.themeProperty().set(Theme.LIGHT));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static JFreeChart chart() {
        XYPlot plot = new XYPlot(
                new XYSeriesCollection(), ChartStyle.axis("x"), ChartStyle.axis("y"), new XYLineAndShapeRenderer());
        return ChartStyle.chart(plot, "a note", RectangleEdge.RIGHT);
    }

    @Test
    void aChartMadeInTheLightThemeIsRepaintedWhenTheThemeTurnsDark() throws Exception {
        JFreeChart chart =
                org.testfx.util.WaitForAsyncUtils.asyncFx(ThemeTest::chart).get();
        XYPlot plot = chart.getXYPlot();
        assertEquals(ChartStyle.LIGHT.background(), chart.getBackgroundPaint());

        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Styles.setTheme(Theme.DARK))
                .get();

        assertEquals(ChartStyle.DARK.background(), chart.getBackgroundPaint());
        assertEquals(ChartStyle.DARK.background(), plot.getBackgroundPaint());
        assertEquals(ChartStyle.DARK.grid(), plot.getRangeGridlinePaint());
        assertEquals(ChartStyle.DARK.ink(), plot.getDomainAxis().getTickLabelPaint());
        assertEquals(ChartStyle.DARK.ink(), plot.getRangeAxis().getLabelPaint());
        assertEquals(ChartStyle.DARK.ink(), chart.getLegend().getItemPaint());
        TextTitle note = (TextTitle) chart.getSubtitles().stream()
                .filter(t -> t instanceof TextTitle)
                .findFirst()
                .orElseThrow();
        assertEquals(ChartStyle.DARK.muted(), note.getPaint());
        assertEquals(ChartStyle.DARK, ChartStyle.palette());
    }

    @Test
    void aSceneStyledBeforeTheSwitchGetsTheDarkClassAndLosesItAgain() throws Exception {
        Scene scene = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Styles.apply(new Scene(new StackPane())))
                .get();
        assertFalse(scene.getRoot().getStyleClass().contains(Styles.DARK));

        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Styles.setTheme(Theme.DARK))
                .get();
        assertTrue(scene.getRoot().getStyleClass().contains(Styles.DARK));
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.setRoot(new StackPane()))
                .get();
        assertTrue(scene.getRoot().getStyleClass().contains(Styles.DARK), "a new root follows the theme too");

        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Styles.setTheme(Theme.LIGHT))
                .get();
        assertFalse(scene.getRoot().getStyleClass().contains(Styles.DARK));
    }

    @Test
    void everyClassColourKeepsAContrastOfThreeToOneOnTheDarkChartBackground() {
        Color background = ChartStyle.DARK.background();
        for (int c = 0; c < 30; c++) {
            double ratio = contrast(ClassColours.awt(c, 255), background);
            assertTrue(ratio >= 3.0, "class " + c + " #" + Integer.toHexString(ClassColours.rgb(c)) + ": " + ratio);
        }
        assertTrue(contrast(ChartStyle.DARK.ink(), background) >= 7, "text on dark charts reads as body text");
    }

    @Test
    void themeCodesReadBackAndUnknownOnesAreNone() {
        assertEquals(Theme.DARK, Theme.ofCode(" Dark ").orElseThrow());
        assertEquals(Theme.LIGHT, Theme.ofCode(Theme.LIGHT.code()).orElseThrow());
        assertTrue(Theme.ofCode("sepia").isEmpty());
        assertTrue(Theme.ofCode(null).isEmpty());
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
