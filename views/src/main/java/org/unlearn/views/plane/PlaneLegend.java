package org.unlearn.views.plane;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.unlearn.views.common.Nodes;

/** The plane's legend: what its colours, ghosts, rings and marks stand for, each beside its own swatch. */
final class PlaneLegend extends ScrollPane {
    private final PlaneViewModel model;

    PlaneLegend(PlaneViewModel model) {
        this.model = model;
        Label title = new Label();
        title.setId("plane-legend-title");
        title.getStyleClass().add("plane-legend-title");
        title.textProperty().bind(model.legendTitleProperty());
        VBox entries = new VBox(3);
        entries.setId("plane-legend");
        model.legend().addListener((ListChangeListener<LegendEntry>) c -> fill(entries));
        fill(entries);
        VBox box = new VBox(6, title, entries);
        box.setPadding(new Insets(8, 10, 8, 6));
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getStyleClass().add("plane-legend-scroll");
        setPrefWidth(178);
        setMinWidth(Placement.MIN_WIDTH_BESIDE);
        Nodes.showWhen(this, Bindings.isNotEmpty(model.legend()));
    }

    private void fill(VBox entries) {
        entries.getChildren().clear();
        for (LegendEntry e : model.legend()) {
            Label text = new Label(e.text(), swatch(e));
            text.setWrapText(true);
            text.getStyleClass().add("plane-legend-entry");
            entries.getChildren().add(text);
        }
    }

    /** The legend's swatch, drawn as the plane draws what it stands for. */
    private static Canvas swatch(LegendEntry e) {
        Canvas c = new Canvas(18, 18);
        GraphicsContext gc = c.getGraphicsContext2D();
        Color colour = PlanePainter.rgb(e.colour());
        switch (e.swatch()) {
            case DOT -> {
                gc.setFill(colour);
                gc.fillOval(4, 4, 10, 10);
            }
            case GHOST -> {
                gc.setStroke(colour);
                gc.setLineWidth(1.2);
                gc.strokeOval(4, 4, 10, 10);
            }
            case PICKED -> {
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(4);
                gc.strokeOval(3, 3, 12, 12);
                gc.setStroke(colour);
                gc.setLineWidth(1.8);
                gc.strokeOval(3, 3, 12, 12);
            }
            case DIAMOND -> PlanePainter.diamond(gc, 9, 9, 13, Color.WHITE);
            case HALO -> {
                gc.setStroke(PlanePainter.rgb(PlanePalette.highlight()));
                gc.setLineWidth(3);
                gc.strokeOval(2.5, 2.5, 13, 13);
            }
            case CHECKED -> {
                gc.setStroke(PlanePainter.rgb(PlanePalette.ink()));
                gc.setLineWidth(1.5);
                gc.strokeOval(2, 2, 14, 14);
            }
            case RING -> {
                gc.setStroke(PlanePainter.rgb(PlanePalette.ghost()));
                gc.setLineWidth(1.5);
                gc.setLineDashes(3, 2);
                gc.strokeOval(2, 2, 14, 14);
            }
        }
        return c;
    }

    /**
     * Puts the plane's legend beside the points or under them, wherever it leaves the points the larger square: in
     * the forget view's middle column beside the lesson panel, beside them it left the points a strip 120 px wide;
     * at 1024×700, under them it would leave a strip 50 px high.
     */
    static final class Placement {
        /** The legend's width beside the points (its preferred width). */
        static final double WIDTH_BESIDE = 178;
        /** The legend's least width beside the points: its swatches and about ten characters a line. */
        static final double MIN_WIDTH_BESIDE = 128;
        /** Under the points the legend shows its title and about three entries, and scrolls for the rest. */
        static final double HEIGHT_BELOW = 88;
        /** A move must gain this much of the points' smaller side, so a resize near the tie does not flip it. */
        private static final double GAIN = 24;

        static void follow(BorderPane frame, PlaneLegend legend, VBox below) {
            Runnable place = () -> place(frame, legend, below);
            frame.widthProperty().addListener((o, was, now) -> place.run());
            frame.heightProperty().addListener((o, was, now) -> place.run());
            // The notes under the points settle in the layout pass after the frame's resize (the hint hides below
            // a height); placing only on the frame's size read their old height and could leave the legend under
            // the points of a short frame.
            below.heightProperty().addListener((o, was, now) -> place.run());
        }

        private static void place(BorderPane frame, PlaneLegend legend, VBox below) {
            double width = frame.getWidth();
            double height = frame.getHeight();
            if (width <= 0 || height <= 0) {
                return;
            }
            // In a narrow frame (the forget view's middle column at 1024x700) the legend beside takes less of it:
            // its entries wrap, and the points keep the width the legend's full 178 px took.
            double besideWidth = Math.max(MIN_WIDTH_BESIDE, Math.min(WIDTH_BESIDE, width * 0.4));
            legend.setPrefWidth(besideWidth);
            boolean under = below.getChildren().contains(legend);
            double top = frame.getTop() == null
                    ? 0
                    : frame.getTop().getLayoutBounds().getHeight();
            // Just after a move the legend still has its height from beside the points (hundreds of px), which
            // made the notes' height negative and kept the legend under the points of a short frame.
            double legendUnder = Math.min(legend.getHeight(), HEIGHT_BELOW) + below.getSpacing();
            double notes = Math.max(0, below.getHeight() - (under ? legendUnder : 0));
            double free = height - top - notes;
            double beside = Math.min(width - besideWidth, free);
            double belowSide = Math.min(width, free - HEIGHT_BELOW);
            if (!under && belowSide > beside + GAIN) {
                frame.setRight(null);
                legend.setPrefHeight(HEIGHT_BELOW);
                legend.setMaxHeight(HEIGHT_BELOW);
                below.getChildren().add(0, legend);
            } else if (under && beside > belowSide + GAIN) {
                below.getChildren().remove(legend);
                legend.setPrefHeight(Region.USE_COMPUTED_SIZE);
                legend.setMaxHeight(Double.MAX_VALUE);
                frame.setRight(legend);
            }
        }

        private Placement() {}
    }
}
