package org.unlearn.model.data;

import java.util.Arrays;
import java.util.List;

/** A column of text, stored as codes into its distinct values (levels); code -1 is missing. */
public final class StringColumn extends Column {
    private final int[] codes;
    private final String[] levels;

    StringColumn(String name, ColumnType type, int[] codes, String[] levels) {
        super(name, type);
        if (type.isNumeric()) {
            throw new IllegalArgumentException(type + " is not stored as text");
        }
        this.codes = codes;
        this.levels = levels;
    }

    @Override
    public int size() {
        return codes.length;
    }

    /** The cell's level index; -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** The distinct values, in order of first appearance. */
    public List<String> levels() {
        return Arrays.asList(levels.clone());
    }

    public String level(int code) {
        return levels[code];
    }

    public int levelCount() {
        return levels.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c < 0 ? "" : levels[c];
    }

    @Override
    public int distinctCount() {
        return levels.length;
    }
}
