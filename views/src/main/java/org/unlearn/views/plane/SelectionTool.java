package org.unlearn.views.plane;

/** What a left drag on the plane draws to pick rows. */
public enum SelectionTool {
    /** A free-form loop: every row inside it. */
    LASSO("Lasso"),
    /** A rectangle from corner to corner. */
    RECTANGLE("Rectangle");

    private final String title;

    SelectionTool(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
