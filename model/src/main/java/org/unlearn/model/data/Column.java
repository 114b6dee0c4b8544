package org.unlearn.model.data;

/** One immutable column of a {@link Dataset}; cells are addressed by row position. */
public abstract sealed class Column permits NumericColumn, StringColumn {
    private final String name;
    private final ColumnType type;
    private int missing = -1;
    private String readingNote;

    Column(String name, ColumnType type) {
        this.name = name;
        this.type = type;
    }

    public final String name() {
        return name;
    }

    public final ColumnType type() {
        return type;
    }

    public abstract int size();

    /**
     * How the reader read this column when it was not plainly (infinities taken as missing, thousands
     * separators, or why numbers were read as text); null when nothing is to be said. Says where, never a
     * cell's value.
     */
    public final String readingNote() {
        return readingNote;
    }

    /** Set once by the reader, before the column is handed out. */
    final void noteReading(String note) {
        readingNote = note;
    }

    public abstract boolean isMissing(int row);

    /** The cell as text for display; the empty string when missing. */
    public abstract String text(int row);

    /** How many cells are missing. */
    public final int missingCount() {
        if (missing < 0) {
            int m = 0;
            for (int i = 0, n = size(); i < n; i++) {
                if (isMissing(i)) {
                    m++;
                }
            }
            missing = m;
        }
        return missing;
    }

    /** How many different non-missing values the column holds. */
    public abstract int distinctCount();

    @Override
    public String toString() {
        return name + " (" + type.label() + ")";
    }
}
