package org.unlearn.views.forget;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;
import org.unlearn.views.common.ChartStyle;
import org.unlearn.views.common.ClassColours;
import org.unlearn.views.common.PointSeries;

/**
 * The picture as a JFreeChart plot, in four layers from the back: the rows coloured by cluster, where the
 * centroids were before the last request (dashed rings, joined to where they are now when they moved),
 * the picked rows (dark rings), and the centroids (large diamonds with a dark edge).
 */
final class ClusterChart {
    static final int ROWS = 0;
    static final int BEFORE = 1;
    static final int PICKED = 2;
    static final int CENTROIDS = 3;
    private static final Color INK = new Color(0x1F2933);
    private static final int POINT_ALPHA = 170;
    private static final double CENTROID_SIZE = 20;
    private static final double BEFORE_SIZE = 30;
    private static final double PICKED_SIZE = 14;

    private ClusterChart() {
    }

    static JFreeChart of(ClusterPicture picture, PointSeries picked) {
        XYPlot plot = new XYPlot(rows(picture), axis(picture.xLabel(), picture.minX(), picture.maxX()),
                axis(picture.yLabel(), picture.minY(), picture.maxY()), rowRenderer(picture));
        if (picture.previous() != null) {
            plot.setDataset(BEFORE, single(picture.previous()));
            plot.setRenderer(BEFORE, beforeRenderer());
            joinMoved(plot, picture.previous(), picture.centroids());
        }
        plot.setDataset(PICKED, ringed(picked));
        plot.setRenderer(PICKED, pickedRenderer());
        plot.setDataset(CENTROIDS, single(picture.centroids()));
        plot.setRenderer(CENTROIDS, centroidRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // Within a layer too, the first series at the back: the picked rows' white halo under their dark ring.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        return ChartStyle.chart(plot, picture.note(), RectangleEdge.BOTTOM);
    }

    /** Replaces the picked rows' layer alone, so a new pick does not rebuild the chart. */
    static void showPicked(JFreeChart chart, PointSeries picked) {
        chart.getXYPlot().setDataset(PICKED, ringed(picked));
    }

    private static DefaultXYDataset ringed(PointSeries picked) {
        DefaultXYDataset points = new DefaultXYDataset();
        double[][] xy = picked == null ? new double[2][0] : picked.coordinates();
        points.addSeries("halo", xy);
        points.addSeries("picked for forgetting", xy);
        return points;
    }

    private static DefaultXYDataset rows(ClusterPicture picture) {
        DefaultXYDataset points = new DefaultXYDataset();
        for (PointSeries s : picture.clusters()) {
            points.addSeries(s.name(), s.coordinates());
        }
        return points;
    }

    private static DefaultXYDataset single(PointSeries series) {
        DefaultXYDataset points = new DefaultXYDataset();
        points.addSeries(series.name(), series.coordinates());
        return points;
    }

    private static XYLineAndShapeRenderer rowRenderer(ClusterPicture picture) {
        double size = ChartStyle.dotSize(picture.clusters().stream().mapToInt(PointSeries::size).sum(), 7);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < picture.clusters().size(); i++) {
            renderer.setSeriesPaint(i, ClassColours.awt(picture.clusters().get(i).colour(), POINT_ALPHA));
            renderer.setSeriesShape(i, ChartStyle.circle(size));
            renderer.setLegendShape(i, ChartStyle.circle(8));
        }
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "row " + picture.clusters().get(s).rowId(item)
                + " · cluster " + (s + 1));
        return renderer;
    }

    /** A dark ring on a white halo, so a picked row stands out in a dense cloud of any colour. */
    private static XYLineAndShapeRenderer pickedRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, Color.WHITE);
        renderer.setSeriesStroke(0, new BasicStroke(5.5f));
        renderer.setSeriesVisibleInLegend(0, false);
        renderer.setSeriesPaint(1, INK);
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setLegendShape(1, ChartStyle.circle(10));
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesShape(s, ChartStyle.circle(PICKED_SIZE));
            renderer.setSeriesShapesFilled(s, false);
        }
        return renderer;
    }

    private static XYLineAndShapeRenderer centroidRenderer() {
        XYLineAndShapeRenderer renderer = new ItemColoured(255);
        renderer.setSeriesPaint(0, INK);
        renderer.setSeriesShape(0, diamond(CENTROID_SIZE));
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setSeriesOutlinePaint(0, INK);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(2f));
        renderer.setLegendShape(0, diamond(12));
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "centroid " + (item + 1));
        return renderer;
    }

    private static XYLineAndShapeRenderer beforeRenderer() {
        XYLineAndShapeRenderer renderer = new ItemColoured(200);
        renderer.setSeriesPaint(0, new Color(0x7B8794));
        renderer.setSeriesShape(0, ChartStyle.circle(BEFORE_SIZE));
        renderer.setSeriesShapesFilled(0, false);
        renderer.setSeriesStroke(0, dashed(2f));
        renderer.setLegendShape(0, ChartStyle.circle(12));
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "centroid " + (item + 1) + " before the last request");
        return renderer;
    }

    /** A dashed line from where a centroid was to where it is, for each one that moved on the picture. */
    private static void joinMoved(XYPlot plot, PointSeries before, PointSeries now) {
        for (int c = 0; c < Math.min(before.size(), now.size()); c++) {
            if (before.x(c) != now.x(c) || before.y(c) != now.y(c)) {
                plot.addAnnotation(new XYLineAnnotation(before.x(c), before.y(c), now.x(c), now.y(c), dashed(1.5f),
                        new Color(0x52606D)));
            }
        }
    }

    private static NumberAxis axis(String label, double min, double max) {
        NumberAxis axis = ChartStyle.axis(label);
        // Fixed, so forgetting rows never rescales the picture and a moved centroid is seen to move.
        axis.setRange(min, max);
        axis.setAutoRange(false);
        return axis;
    }

    private static Shape diamond(double size) {
        double h = size / 2;
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -h);
        d.lineTo(h, 0);
        d.lineTo(0, h);
        d.lineTo(-h, 0);
        d.closePath();
        return d;
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    }

    /** Each item in its cluster's colour (the centroids: item c is centroid c); the legend keeps the series paint. */
    private static final class ItemColoured extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final int alpha;

        ItemColoured(int alpha) {
            super(false, true);
            this.alpha = alpha;
        }

        @Override
        public Paint getItemPaint(int series, int item) {
            return ClassColours.awt(item, alpha);
        }
    }
}
