package org.unlearn.views.consequences;

/** What the cost chart counts: wall time, or the family's machine-independent work units. */
public enum CostMeasure {
    TIME("Wall time"),
    WORK("Work units");

    private final String title;

    CostMeasure(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
