package org.unlearn.views.plane;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Styles;
import org.unlearn.views.common.Theme;
import org.unlearn.views.common.Tips;

/**
 * The row plane on a canvas: every row a point, coloured by the chosen grouping, with a toolbar, a legend, a
 * hover card with the row's id, groups and values, and the mouse and keys of {@link PlaneGestures} (zoom,
 * pan, reset and, when the plane picks rows, a lasso, a rectangle or a click). Two canvases: the points
 * below, redrawn when what is shown changes; the lasso and the hover ring above, redrawn as the mouse moves.
 */
public final class PlaneView extends StackPane {
    /** The plane's least height (toolbar, points, note) with the hint's line under the note. */
    static final double HINT_FROM_HEIGHT = 320;

    private final PlaneViewModel model;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label hover = new Label();
    private final PlanePainter painter = new PlanePainter();
    private final Region area;
    private final PlaneGestures gestures;
    private boolean paintPending;

    private final ChangeListener<Theme> themeFollower;

    /**
     * @param placeholder what shows while there is nothing to draw (a line, a button to try again)
     */
    public PlaneView(PlaneViewModel model, Node... placeholder) {
        this.model = model;
        getStyleClass().add("plane-view");
        base.setId("plane-canvas");
        overlay.setId("plane-overlay");
        hover.setId("plane-hover");
        hover.getStyleClass().add("plane-hover");
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        hover.visibleProperty().bind(model.hoverTextProperty().isNotEmpty());
        hover.textProperty().bind(model.hoverTextProperty());
        area = new CanvasArea();
        area.setId("plane-area");
        area.setFocusTraversable(true);
        area.getStyleClass().add("plane-area");
        gestures = new PlaneGestures(model, overlay, area, this::placeHover, this::paintOverlay);
        // The theme is the app's; the plane draws its own pixels, so it repaints when the theme changes.
        themeFollower = (o, was, now) -> {
            PlanePalette.use(now);
            paint();
        };
        Styles.themeProperty().addListener(new WeakChangeListener<>(themeFollower));
        PlanePalette.use(Styles.theme());
        BorderPane frame = new BorderPane(area);
        frame.setTop(toolbar());
        PlaneLegend legend = new PlaneLegend(model);
        frame.setRight(legend);
        Label note = new Label();
        note.setId("plane-note");
        note.getStyleClass().add("plane-note");
        // One line, cut with "…" in a narrow column and whole in its tooltip: wrapped, the note and the hint took
        // five lines of a 330 px column at 1024x700 and left the points a strip some 65 px high.
        note.textProperty().bind(model.noteProperty());
        Tooltip wholeNote = new Tooltip();
        note.setTooltip(wholeNote);
        Label hint = hint();
        VBox below = new VBox(1, note, hint);
        below.setPadding(new Insets(2, 8, 2, 8));
        frame.setBottom(below);
        PlaneLegend.Placement.follow(frame, legend, below);
        // A short plane (the forget view's at 1024x700) gives the points the hint's line: the hint stays whole in
        // the note's tooltip, and the hint's own tooltip teaches the same where the line shows.
        Nodes.showWhen(hint, frame.heightProperty().greaterThanOrEqualTo(HINT_FROM_HEIGHT));
        wholeNote.textProperty().bind(model.noteProperty().concat("\n").concat(hint.getText()));
        frame.getStyleClass().add("plane-frame");
        VBox empty = new VBox(10, placeholder);
        empty.getStyleClass().add("scatter-placeholder");
        empty.visibleProperty().bind(model.contentProperty().isNull());
        frame.visibleProperty().bind(empty.visibleProperty().not());
        getChildren().addAll(frame, empty);
        model.contentProperty().addListener(o -> requestPaint());
        model.groupingProperty().addListener(o -> requestPaint());
        model.viewportProperty().addListener(o -> requestPaint());
        model.pickedPositionsProperty().addListener(o -> requestPaint());
        model.hoveredProperty().addListener(o -> paintOverlay());
    }

    private Node toolbar() {
        Label colourBy = new Label("Colour by");
        colourBy.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> choice = new ComboBox<>(model.colourChoices());
        choice.setMinWidth(Region.USE_PREF_SIZE);
        choice.setId("plane-colour-by");
        choice.valueProperty().bindBidirectional(model.colourByProperty());
        choice.setTooltip(new Tooltip("What the colours of the points mean; the legend names them"));
        // Wraps in a narrow column rather than widening it past the window.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 4, colourBy, choice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("plane-toolbar");
        if (model.selectableProperty().get()) {
            ToggleGroup tools = new ToggleGroup();
            ToggleButton lasso =
                    tool(tools, SelectionTool.LASSO, "plane-lasso", "Drag a loop around the rows to pick (L)");
            ToggleButton rectangle = tool(
                    tools,
                    SelectionTool.RECTANGLE,
                    "plane-rectangle",
                    "Drag a rectangle from corner to corner to pick the rows inside (R)");
            HBox pair = new HBox(lasso, rectangle);
            pair.getStyleClass().add("segmented");
            bar.getChildren().add(pair);
        }
        Button reset = new Button("Reset view");
        reset.setId("plane-reset");
        reset.setTooltip(new Tooltip("Show the whole plane again (Home)"));
        reset.setOnAction(e -> model.resetView());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(reset);
        return bar;
    }

    private Label hint() {
        Label hint = new Label(
                model.selectableProperty().get()
                        ? "Drag a loop to pick · Shift adds · Ctrl toggles · Esc clears · wheel zooms · right-drag pans · Home resets"
                        : "Hover a point for its row · wheel zooms · drag pans · double-click or Home resets");
        hint.getStyleClass().add("section-hint");
        hint.setTooltip(Tips.teach(
                hint.getText() + ". Every row is a point, placed by the first two principal components of its"
                        + " encoded features, so rows that are alike lie close together. Zoom with the wheel (around the"
                        + " cursor) or + and −; pan with the right or middle button, or hold Space and drag; Home or a right"
                        + " double click shows everything again."
                        + (model.selectableProperty().get()
                                ? " Left drag draws a lasso (or a rectangle) and picks the rows"
                                        + " inside; a click picks the nearest row. Shift adds to the pick, Ctrl toggles, Esc clears."
                                        + " Forgotten rows stay as faint outlines and cannot be picked again."
                                : "")));
        return hint;
    }

    private ToggleButton tool(ToggleGroup group, SelectionTool tool, String id, String help) {
        ToggleButton button = new ToggleButton(tool.toString());
        button.setId(id);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(help));
        button.setSelected(model.toolProperty().get() == tool);
        button.setOnAction(e -> {
            model.toolProperty().set(tool);
            button.setSelected(true);
        });
        model.toolProperty().addListener((o, was, now) -> button.setSelected(now == tool));
        return button;
    }

    private void placeHover(double x, double y) {
        hover.applyCss();
        hover.autosize();
        double w = hover.getWidth();
        double h = hover.getHeight();
        double px = x + 16 + w > overlay.getWidth() ? x - 12 - w : x + 16;
        double py = Math.min(Math.max(0, y + 14), Math.max(0, overlay.getHeight() - h));
        hover.relocate(Math.max(0, px), py);
    }

    /**
     * Paints the points once, in the next layout pass, however many changes ask for it meanwhile: in the
     * pulse that shows them, and in a snapshot's layout too.
     */
    private void requestPaint() {
        paintPending = true;
        area.requestLayout();
    }

    /** Paints the points now: what a pan, a zoom or a new picture costs (the benchmark times this). */
    public void paint() {
        painter.paint(
                base.getGraphicsContext2D(),
                base.getWidth(),
                base.getHeight(),
                model.contentProperty().get(),
                model.groupingProperty().get(),
                model.viewportProperty().get(),
                model.pickedPositionsProperty().get());
        paintOverlay();
    }

    private void paintOverlay() {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        PlaneContent c = model.contentProperty().get();
        PlaneViewport v = model.viewportProperty().get();
        int h = model.hoveredProperty().get();
        if (c != null && v != null && h >= 0 && h < c.size()) {
            gc.setStroke(PlanePainter.rgb(PlanePalette.ink()));
            gc.setLineWidth(1.5);
            gc.strokeOval(v.screenX(c.x(h)) - 7, v.screenY(c.y(h)) - 7, 14, 14);
        }
        gestures.paintTrace(gc);
    }

    /** Where a row's point is on the screen, for robot tests that click, hover or lasso around it. */
    public Point2D screenPointOf(int position) {
        PlaneContent c = model.contentProperty().get();
        PlaneViewport v = model.viewportProperty().get();
        return overlay.localToScreen(v.screenX(c.x(position)), v.screenY(c.y(position)));
    }

    /** Where a pixel of the canvas is on the screen. */
    public Point2D screenPointOfPixel(double px, double py) {
        return overlay.localToScreen(px, py);
    }

    /** The canvas the points are painted on (for the benchmark and the tests). */
    public Canvas canvas() {
        return base;
    }

    /** The two canvases and the hover card, sized to the room there is; the plane is told the new size. */
    private final class CanvasArea extends Region {
        CanvasArea() {
            getChildren().addAll(base, overlay, hover);
            setMinSize(0, 0);
            setPrefSize(600, 420);
        }

        @Override
        protected void layoutChildren() {
            double w = Math.floor(getWidth());
            double h = Math.floor(getHeight());
            if (w != base.getWidth() || h != base.getHeight()) {
                base.setWidth(w);
                base.setHeight(h);
                overlay.setWidth(w);
                overlay.setHeight(h);
                model.resize(w, h);
                paintPending = true;
            }
            if (paintPending) {
                paintPending = false;
                paint();
            }
            hover.autosize();
        }
    }
}
