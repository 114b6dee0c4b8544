package org.unlearn.model.data;

/** What kind of values a column holds, inferred when a file is read. */
public enum ColumnType {
    NUMERIC("numeric"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    DATE("date"),
    DATETIME("datetime"),
    TIME("time"),
    CATEGORICAL("categorical"),
    TEXT("text");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON and on screen. */
    public String label() {
        return label;
    }

    /** Numbers, or values stored as numbers (booleans as 0/1, dates as days, times as seconds). */
    public boolean isNumeric() {
        return this != CATEGORICAL && this != TEXT;
    }
}
