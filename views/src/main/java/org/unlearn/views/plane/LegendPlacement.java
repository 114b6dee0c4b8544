package org.unlearn.views.plane;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Puts the plane's legend beside the points or under them, wherever it leaves the points the larger square: in
 * the forget view's middle column beside the lesson panel, beside them it left the points a strip 120 px wide;
 * at 1024×700, under them it would leave a strip 50 px high.
 */
final class LegendPlacement {
    /** The legend's width beside the points (its preferred width). */
    static final double WIDTH_BESIDE = 178;
    /** Under the points the legend shows its title and about three entries, and scrolls for the rest. */
    static final double HEIGHT_BELOW = 88;
    /** A move must gain this much of the points' smaller side, so a resize near the tie does not flip it. */
    private static final double GAIN = 24;

    private LegendPlacement() {}

    static void follow(BorderPane frame, PlaneLegend legend, VBox below) {
        Runnable place = () -> place(frame, legend, below);
        frame.widthProperty().addListener((o, was, now) -> place.run());
        frame.heightProperty().addListener((o, was, now) -> place.run());
    }

    private static void place(BorderPane frame, PlaneLegend legend, VBox below) {
        double width = frame.getWidth();
        double height = frame.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        boolean under = below.getChildren().contains(legend);
        double top =
                frame.getTop() == null ? 0 : frame.getTop().getLayoutBounds().getHeight();
        double notes = below.getHeight() - (under ? legend.getHeight() + below.getSpacing() : 0);
        double free = height - top - notes;
        double beside = Math.min(width - WIDTH_BESIDE, free);
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
}
