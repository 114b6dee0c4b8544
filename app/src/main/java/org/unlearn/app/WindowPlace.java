package org.unlearn.app;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window was and how big: restored at the next start only if it still fits one of the screens
 * (a laptop unplugged from its second monitor must not open the window off screen).
 */
record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    /** Window managers place decorations a few pixels outside the stage's bounds; so much is forgiven. */
    private static final double SLACK = 16;

    /** True when the whole window lies on one of these screens' visual bounds (give or take the decorations). */
    boolean fitsOn(List<Rectangle2D> screens) {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return false;
        }
        return screens.stream()
                .anyMatch(s -> x >= s.getMinX() - SLACK
                        && y >= s.getMinY() - SLACK
                        && x + width <= s.getMaxX() + SLACK
                        && y + height <= s.getMaxY() + SLACK);
    }
}
