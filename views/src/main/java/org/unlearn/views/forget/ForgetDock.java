package org.unlearn.views.forget;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The forget view's body: its columns, and under them a docked panel (the step-through) while it shows, in a
 * split the user may move. Docked under the columns as a plain border, the panel took its whole height from
 * them and left the picture a strip some 30 px high; here each side keeps a least height, and while the panel
 * shows the middle column gives the picture the room the rows had (the rows come back when it closes).
 */
final class ForgetDock {
    /** The docked panel's least height: its buttons and two lines of its words. */
    static final double DOCK_MIN_HEIGHT = 130;
    /** At most this part of the body goes to the docked panel when it opens; the user may give it more. */
    static final double DOCK_MAX_SHARE = 0.34;
    /** The middle column's share the picture takes at least while a panel is docked. */
    static final double PICTURE_SHARE_DOCKED = 0.86;

    /** Under this width the model column folds away while a panel is docked (1024x700 beside the lessons). */
    static final double FOLD_LEFT_UNDER = 900;

    private final SplitPane body;
    private final SplitPane columns;
    private final SplitPane middle;
    private final Region rows;
    /** The middle column's divider as the user left it, kept while a panel is docked (null otherwise). */
    private double[] middleBefore;
    /** The columns' dividers before the model column folded away, null while it has not. */
    private double[] columnsBefore;

    private boolean arranging;

    /** The request column: while a panel is docked its family panel (the shard map) gets the larger part. */
    private SplitPane right;
    /** The request column's divider as the user left it, kept while a panel is docked (null otherwise). */
    private double[] rightBefore;

    /** The request column's share the forget request keeps while a panel is docked and a family panel shows. */
    static final double REQUEST_SHARE_DOCKED = 0.5;

    /** Where a closed panel waits, hidden and taking no room, still in the scene (its lookups, its keys). */
    private final java.util.function.Consumer<Region> park;

    ForgetDock(SplitPane columns, SplitPane middle, Region rows, java.util.function.Consumer<Region> park) {
        this.park = park;
        this.columns = columns;
        this.middle = middle;
        this.rows = rows;
        body = new SplitPane(columns);
        body.setOrientation(Orientation.VERTICAL);
        body.getStyleClass().add("forget-body");
        SplitPane.setResizableWithParent(columns, true);
        // The lessons may open (or close) after the panel docked: the fold follows the room, not the moment.
        // After the layout pass that changed the width: a divider set within it is redistributed by that pass.
        columns.widthProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(this::refold));
    }

    private void refold() {
        if (body.getItems().size() < 2) {
            return;
        }
        double width = columns.getWidth();
        arranging = true;
        try {
            if (width > 0 && width < FOLD_LEFT_UNDER && !leftFolded()) {
                foldLeft();
            } else if (width >= FOLD_LEFT_UNDER && leftFolded()) {
                unfoldLeft();
            }
        } finally {
            arranging = false;
        }
    }

    /** Gives the family panel under the request (the shard map) room in this column while a panel is docked. */
    void arrangeRightColumn(SplitPane column) {
        right = column;
    }

    SplitPane body() {
        return body;
    }

    void dock(Region panel) {
        panel.setMinHeight(DOCK_MIN_HEIGHT);
        panel.setMaxHeight(Double.MAX_VALUE);
        SplitPane.setResizableWithParent(panel, false);
        panel.visibleProperty().addListener((o, was, now) -> show(panel, now));
        show(panel, panel.isVisible());
    }

    private void show(Region panel, boolean shown) {
        arranging = true;
        try {
            if (shown && !body.getItems().contains(panel)) {
                park.accept(null);
                body.getItems().add(panel);
                double height = body.getHeight();
                double wanted =
                        Math.max(DOCK_MIN_HEIGHT, Math.min(panel.prefHeight(body.getWidth()), height * DOCK_MAX_SHARE));
                body.setDividerPositions(height > 0 ? 1 - wanted / height : 1 - DOCK_MAX_SHARE);
                middleBefore = middle.getDividerPositions();
                rows.setMinHeight(0);
                middle.setDividerPositions(Math.max(middleBefore[0], PICTURE_SHARE_DOCKED));
                if (right != null && right.getItems().size() == 2) {
                    rightBefore = right.getDividerPositions();
                    right.setDividerPositions(Math.min(rightBefore[0], REQUEST_SHARE_DOCKED));
                }
                if (columns.getWidth() > 0 && columns.getWidth() < FOLD_LEFT_UNDER) {
                    foldLeft();
                }
            } else if (!shown) {
                body.getItems().remove(panel);
                park.accept(panel);
                rows.setMinHeight(Region.USE_COMPUTED_SIZE);
                if (middleBefore != null) {
                    middle.setDividerPositions(middleBefore);
                }
                middleBefore = null;
                if (rightBefore != null && right.getItems().size() == 2) {
                    right.setDividerPositions(rightBefore);
                }
                rightBefore = null;
                unfoldLeft();
            }
        } finally {
            arranging = false;
        }
    }

    /**
     * Three columns, the lessons and the docked panel do not fit 1024x700: while the panel is docked the model
     * column (not needed to step through a request) folds to the window's left edge, where its divider can
     * still be dragged out, and the middle column gets the picture its width.
     */
    private void foldLeft() {
        Region left = (Region) columns.getItems().get(0);
        columnsBefore = columns.getDividerPositions();
        left.setUserData(left.getMinWidth());
        left.setMinWidth(0);
        columns.setDividerPosition(0, 0);
    }

    private void unfoldLeft() {
        if (columnsBefore == null) {
            return;
        }
        Region left = (Region) columns.getItems().get(0);
        double[] before = columnsBefore;
        columnsBefore = null;
        if (left.getUserData() instanceof Double min) {
            left.setMinWidth(min);
        }
        columns.setDividerPositions(before);
    }

    /** The split's divider positions to remember: the middle column's as the user left it, not as docking set it. */
    double[] positions(SplitPane split) {
        if (split == middle && middleBefore != null) {
            return middleBefore;
        }
        if (split == right
                && rightBefore != null
                && rightBefore.length == split.getDividers().size()) {
            return rightBefore;
        }
        return split == columns && columnsBefore != null ? columnsBefore : split.getDividerPositions();
    }

    /** True while the model column is folded away for a docked panel: its least width is the dock's to set. */
    boolean leftFolded() {
        return columnsBefore != null;
    }

    /** True while docking moves dividers itself: not a move of the user's to remember. */
    boolean arranging() {
        return arranging;
    }
}
