package org.unlearn.views.forget;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.unlearn.views.common.ChartPane;

/**
 * The picture, on which rows are picked: a click picks the nearest point, a drag picks every row inside
 * the rectangle; Shift adds to the pick, Ctrl (⌘) toggles, Esc clears. The chart's own zooming and
 * panning are switched off, so the axes stay fixed and a drag always means "pick".
 */
final class ClusterChartView extends ChartPane<ClusterPicture> {
    /** How near, in pixels, a click must land to pick a point. */
    private static final double HIT_RADIUS = 7;
    /** A press that moves less than this, in pixels, is a click rather than a drag. */
    private static final double DRAG_THRESHOLD = 4;
    private final RowPicks picks;
    private Point2D pressed;
    private boolean dragging;

    ClusterChartView(ClusterPictureModel model, RowPicks picks) {
        super(model.pictureProperty(), picture -> ClusterChart.of(picture, model.pickedPointsProperty().get()),
                placeholder());
        this.picks = picks;
        setId("cluster-picture");
        ChartViewer viewer = viewer();
        viewer.setId("cluster-chart");
        viewer.setFocusTraversable(true);
        ChartCanvas canvas = viewer.getCanvas();
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.removeMouseHandler(canvas.getMouseHandler("pan"));
        canvas.addEventFilter(ScrollEvent.ANY, ScrollEvent::consume);
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::release);
        viewer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                picks.clearPicks();
                e.consume();
            }
        });
        model.pickedPointsProperty().addListener((o, was, now) -> {
            if (viewer.getChart() != null && now != null) {
                ClusterChart.showPicked(viewer.getChart(), now);
            }
        });
    }

    private static Label placeholder() {
        Label placeholder = new Label("Train a model to see its clusters here.");
        placeholder.setId("picture-placeholder");
        return placeholder;
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        viewer().requestFocus();
        pressed = inDataArea(e.getX(), e.getY()) ? new Point2D(e.getX(), e.getY()) : null;
        dragging = false;
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressed == null) {
            return;
        }
        dragging |= pressed.distance(e.getX(), e.getY()) >= DRAG_THRESHOLD;
        if (dragging) {
            viewer().showZoomRectangle(Math.min(pressed.getX(), e.getX()), Math.min(pressed.getY(), e.getY()),
                    Math.abs(e.getX() - pressed.getX()), Math.abs(e.getY() - pressed.getY()));
        }
        e.consume();
    }

    private void release(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressed == null) {
            return;
        }
        PickMode mode = e.isShiftDown() ? PickMode.ADD : e.isShortcutDown() ? PickMode.TOGGLE : PickMode.REPLACE;
        if (dragging) {
            viewer().hideZoomRectangle();
            picks.pickInside(toX(pressed.getX()), toY(pressed.getY()), toX(e.getX()), toY(e.getY()), mode);
        } else {
            double x = toX(e.getX());
            double y = toY(e.getY());
            picks.pickNear(x, y, Math.abs(toX(e.getX() + HIT_RADIUS) - x), Math.abs(toY(e.getY() + HIT_RADIUS) - y), mode);
        }
        pressed = null;
        dragging = false;
        e.consume();
    }

    private boolean inDataArea(double x, double y) {
        Rectangle2D area = dataArea();
        return area != null && area.contains(x, y);
    }

    private Rectangle2D dataArea() {
        if (viewer().getChart() == null || viewer().getCanvas().getRenderingInfo() == null) {
            return null;
        }
        return viewer().getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
    }

    private double toX(double px) {
        XYPlot plot = viewer().getChart().getXYPlot();
        return plot.getDomainAxis().java2DToValue(px, dataArea(), plot.getDomainAxisEdge());
    }

    private double toY(double py) {
        XYPlot plot = viewer().getChart().getXYPlot();
        return plot.getRangeAxis().java2DToValue(py, dataArea(), plot.getRangeAxisEdge());
    }

    /** Where a point of the plane is on the screen, for robot tests that click on a row. */
    Point2D screenPointOf(double x, double y) {
        JFreeChart chart = viewer().getChart();
        XYPlot plot = chart.getXYPlot();
        Rectangle2D area = dataArea();
        double px = plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
        return viewer().getCanvas().localToScreen(px, py);
    }
}
