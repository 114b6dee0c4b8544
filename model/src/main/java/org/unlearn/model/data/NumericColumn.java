package org.unlearn.model.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A column stored as doubles, NaN where missing: numbers, integers, booleans (0/1), dates (days since
 * 1970-01-01), date-times (seconds since 1970-01-01T00:00 UTC) and times (seconds since midnight).
 */
public final class NumericColumn extends Column {
    private final double[] values;
    private int distinct = -1;

    NumericColumn(String name, ColumnType type, double[] values) {
        super(name, type);
        if (!type.isNumeric()) {
            throw new IllegalArgumentException(type + " is not stored as numbers");
        }
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The cell's value; NaN when missing. */
    public double get(int row) {
        return values[row];
    }

    /** The backing array, for bulk reads inside this package; never written after construction. */
    double[] values() {
        return values;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public String text(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return "";
        }
        return switch (type()) {
            case INTEGER -> format(v);
            case BOOLEAN -> v != 0 ? "true" : "false";
            case DATE -> LocalDate.ofEpochDay((long) v).toString();
            case DATETIME ->
                LocalDateTime.ofEpochSecond((long) Math.floor(v), 0, ZoneOffset.UTC)
                        .toString();
            case TIME -> LocalTime.ofSecondOfDay((long) v).toString();
            default -> format(v);
        };
    }

    @Override
    public int distinctCount() {
        if (distinct < 0) {
            distinct = countDistinct(values);
        }
        return distinct;
    }

    /** Counts distinct non-NaN values with an open-addressing set of their bits (no boxing, no sort). */
    private static int countDistinct(double[] values) {
        int capacity = Integer.highestOneBit(Math.max(4, values.length) * 2) * 2;
        long[] table = new long[capacity];
        boolean[] used = new boolean[capacity];
        int mask = capacity - 1;
        int count = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            long bits = Double.doubleToLongBits(v == 0 ? 0.0 : v);
            int slot = (int) (org.unlearn.model.util.RowKeys.mix(bits) & mask);
            while (used[slot] && table[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                table[slot] = bits;
                count++;
            }
        }
        return count;
    }

    /** Shortest form of a number: integers without a trailing ".0". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
