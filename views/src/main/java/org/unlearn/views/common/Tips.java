package org.unlearn.views.common;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The views' tooltips: short help on a heading, and longer explanations that teach. */
public final class Tips {
    private Tips() {}

    /** A tooltip that teaches: wraps, stays up long enough to read, and appears without much delay. */
    public static Tooltip teach(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** A heading (a table column's) with a line of help under the mouse. */
    public static Label explained(String text, String help) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(help));
        return label;
    }
}
