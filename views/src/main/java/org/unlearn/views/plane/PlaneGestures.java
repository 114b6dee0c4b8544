package org.unlearn.views.plane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * What the mouse and the keys do on the plane, told to its model: zoom (the wheel, around the cursor; + and
 * −), pan (right or middle drag, or Space and drag; any drag where the plane does not pick), reset (Home or 0,
 * a double click; of the right button where the plane picks), hover, and where the plane picks rows a left
 * drag that lassos (or draws a rectangle around) rows and a click that picks one: Shift adds, Ctrl (⌘)
 * toggles, Esc picks nothing. It keeps the lasso or rectangle being dragged, which it draws on the overlay.
 */
final class PlaneGestures {
    /** A press that moves less than this, in pixels, is a click rather than a drag. */
    private static final double DRAG_THRESHOLD = 4;

    private static final double ZOOM_STEP = 1.25;

    private final PlaneViewModel model;
    private final Canvas overlay;
    private final Runnable repaintOverlay;
    private final List<double[]> drawn = new ArrayList<>();
    private boolean spaceDown;
    private Point2D pressed;
    private Point2D last;
    private boolean dragging;
    private boolean panning;

    /**
     * @param overlay        the canvas above the points, which takes the mouse
     * @param area           the focusable region around the canvases, which takes the keys
     * @param hoverMoved     told where the mouse moved over the overlay, to place the hover card
     * @param repaintOverlay repaints the overlay, this class's trace on it
     */
    PlaneGestures(
            PlaneViewModel model,
            Canvas overlay,
            Region area,
            BiConsumer<Double, Double> hoverMoved,
            Runnable repaintOverlay) {
        this.model = model;
        this.overlay = overlay;
        this.repaintOverlay = repaintOverlay;
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            model.hoverAt(e.getX(), e.getY());
            hoverMoved.accept(e.getX(), e.getY());
        });
        overlay.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoverNone());
        overlay.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // A left double click would first pick (or clear the pick) where a plane picks rows: there, the right one.
            boolean navigating = e.getButton() != MouseButton.PRIMARY
                    || !model.selectableProperty().get();
            if (navigating && e.getClickCount() == 2) {
                model.resetView();
            }
        });
        overlay.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                model.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
                model.hoverAt(e.getX(), e.getY());
            }
            e.consume();
        });
        area.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        area.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                e.consume();
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // Ctrl+R and the other menu shortcuts are the window's, not the plane's tool keys
        }
        PlaneViewport v = model.viewportProperty().get();
        double cx = v == null ? 0 : v.left() + v.width() / 2;
        double cy = v == null ? 0 : v.top() + v.height() / 2;
        switch (e.getCode()) {
            case SPACE -> spaceDown = true;
            case ESCAPE -> model.clearPick();
            case HOME, DIGIT0, NUMPAD0 -> model.resetView();
            case PLUS, ADD, EQUALS -> model.zoomAt(ZOOM_STEP, cx, cy);
            case MINUS, SUBTRACT -> model.zoomAt(1 / ZOOM_STEP, cx, cy);
            case L -> model.toolProperty().set(SelectionTool.LASSO);
            case R -> model.toolProperty().set(SelectionTool.RECTANGLE);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void press(MouseEvent e) {
        overlay.getParent().requestFocus();
        pressed = new Point2D(e.getX(), e.getY());
        last = pressed;
        dragging = false;
        panning = e.getButton() == MouseButton.SECONDARY
                || e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY
                        && (spaceDown || !model.selectableProperty().get()));
        drawn.clear();
        drawn.add(new double[] {e.getX(), e.getY()});
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        dragging |= pressed.distance(e.getX(), e.getY()) >= DRAG_THRESHOLD;
        if (panning) {
            model.panBy(e.getX() - last.getX(), e.getY() - last.getY());
        } else if (dragging) {
            drawn.add(new double[] {e.getX(), e.getY()});
            repaintOverlay.run();
        }
        last = new Point2D(e.getX(), e.getY());
        e.consume();
    }

    private void release(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        PickMode mode = e.isShiftDown() ? PickMode.ADD : e.isShortcutDown() ? PickMode.TOGGLE : PickMode.REPLACE;
        if (!panning && e.getButton() == MouseButton.PRIMARY) {
            if (!dragging) {
                model.clickAt(e.getX(), e.getY(), mode);
            } else if (model.toolProperty().get() == SelectionTool.RECTANGLE) {
                model.selectRectangle(pressed.getX(), pressed.getY(), e.getX(), e.getY(), mode);
            } else {
                drawn.add(new double[] {e.getX(), e.getY()});
                double[] xs = drawn.stream().mapToDouble(p -> p[0]).toArray();
                double[] ys = drawn.stream().mapToDouble(p -> p[1]).toArray();
                model.selectLasso(xs, ys, mode);
            }
        }
        pressed = null;
        dragging = false;
        panning = false;
        drawn.clear();
        repaintOverlay.run();
        e.consume();
    }

    /** Draws the lasso or the rectangle being dragged, when one is. */
    void paintTrace(GraphicsContext gc) {
        if (drawn.size() > 1 && !panning) {
            gc.setStroke(Color.web("#2f6db5"));
            gc.setFill(Color.web("#2f6db5", 0.08));
            gc.setLineWidth(1.5);
            gc.setLineDashes(5, 4);
            if (model.toolProperty().get() == SelectionTool.RECTANGLE) {
                double[] a = drawn.get(0);
                double[] b = drawn.get(drawn.size() - 1);
                double x = Math.min(a[0], b[0]);
                double y = Math.min(a[1], b[1]);
                gc.fillRect(x, y, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
                gc.strokeRect(x, y, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
            } else {
                double[] xs = drawn.stream().mapToDouble(p -> p[0]).toArray();
                double[] ys = drawn.stream().mapToDouble(p -> p[1]).toArray();
                gc.fillPolygon(xs, ys, xs.length);
                gc.strokePolyline(xs, ys, xs.length);
            }
            gc.setLineDashes();
        }
    }
}
