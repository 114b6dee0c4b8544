package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accumulates one column's cells while a file is read and infers its type. Cells are kept as doubles
 * while every value is a number; the first text value switches the column to dictionary-coded text.
 * The numbers read before that switch lose their exact spelling ("007" became 7), so the reader
 * fetches those cells' text again in a second pass ({@link #needsEarlyText()}).
 */
final class ColumnBuilder {
    private static final int MAX_CATEGORY_LEVELS = 100;
    private static final int FREE_TEXT_LENGTH = 40;

    private final String name;
    private int size;

    private double[] numbers = new double[256];
    private boolean integral = true;
    private boolean allMissingSoFar = true;
    private int nonFinite;

    private boolean text;
    private int switchRow = -1;
    private boolean numbersBeforeSwitch;
    private int[] codes;
    private Map<String, Integer> dictionary;
    private List<String> levels;
    private String[] earlyText;

    ColumnBuilder(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void add(char[] cell, int from, int to, NumberParser parser) {
        if (MissingValues.isMissing(cell, from, to)) {
            addMissing();
            return;
        }
        if (!text && parser.parse(cell, from, to)) {
            double v = parser.value();
            if (Double.isInfinite(v)) {
                // inf, or beyond a double (1e400): no model can learn from it, so it is counted as missing.
                nonFinite++;
                addMissing();
                return;
            }
            ensureNumbers();
            numbers[size++] = v;
            integral &= parser.integral();
            allMissingSoFar = false;
            return;
        }
        if (!text) {
            switchToText();
        }
        ensureCodes();
        String value = new String(cell, from, to - from);
        codes[size++] = dictionary.computeIfAbsent(value, v -> {
            levels.add(v);
            return levels.size() - 1;
        });
    }

    void addMissing() {
        if (text) {
            ensureCodes();
            codes[size++] = -1;
        } else {
            ensureNumbers();
            numbers[size++] = Double.NaN;
        }
    }

    /** True when cells before {@link #switchRow()} were numbers whose text must be read again. */
    boolean needsEarlyText() {
        return text && numbersBeforeSwitch;
    }

    int switchRow() {
        return switchRow;
    }

    void setEarlyText(int row, String value) {
        earlyText[row] = value;
    }

    private void switchToText() {
        text = true;
        switchRow = size;
        numbersBeforeSwitch = !allMissingSoFar;
        codes = new int[Math.max(256, numbers.length)];
        if (numbersBeforeSwitch) {
            earlyText = new String[size];
        } else {
            Arrays.fill(codes, 0, size, -1);
        }
        numbers = null;
        dictionary = new HashMap<>();
        levels = new ArrayList<>();
    }

    private void ensureNumbers() {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, numbers.length * 2);
        }
    }

    private void ensureCodes() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, codes.length * 2);
        }
    }

    Column build() {
        if (!text) {
            double[] values = numbers.length == size ? numbers : Arrays.copyOf(numbers, size);
            numbers = null;
            Column c = new NumericColumn(
                    name, integral && !allMissingSoFar ? ColumnType.INTEGER : ColumnType.NUMERIC, values);
            if (nonFinite > 0) {
                c.noteReading(nonFinite + (nonFinite == 1 ? " cell is" : " cells are")
                        + " infinite or too large for a number: counted as missing");
            }
            return c;
        }
        int[] finalCodes = Arrays.copyOf(codes, size);
        List<String> finalLevels = levels;
        if (numbersBeforeSwitch) {
            finalLevels = new ArrayList<>();
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < switchRow; i++) {
                String v = earlyText[i];
                if (v == null || MissingValues.isMissing(v)) {
                    finalCodes[i] = -1;
                } else {
                    List<String> target = finalLevels;
                    finalCodes[i] = order.computeIfAbsent(v, k -> {
                        target.add(k);
                        return target.size() - 1;
                    });
                }
            }
            int[] remap = new int[levels.size()];
            for (int c = 0; c < levels.size(); c++) {
                List<String> target = finalLevels;
                remap[c] = order.computeIfAbsent(levels.get(c), k -> {
                    target.add(k);
                    return target.size() - 1;
                });
            }
            for (int i = switchRow; i < size; i++) {
                if (finalCodes[i] >= 0) {
                    finalCodes[i] = remap[finalCodes[i]];
                }
            }
        }
        return typed(finalCodes, finalLevels);
    }

    private Column typed(int[] codes, List<String> levels) {
        if (isBoolean(levels)) {
            double[] values = new double[codes.length];
            for (int i = 0; i < codes.length; i++) {
                values[i] =
                        codes[i] < 0 ? Double.NaN : levels.get(codes[i]).strip().equalsIgnoreCase("true") ? 1 : 0;
            }
            return new NumericColumn(name, ColumnType.BOOLEAN, values);
        }
        Optional<TemporalFormats.Recognised> temporal = TemporalFormats.recognise(levels);
        if (temporal.isPresent()) {
            double[] byLevel =
                    levels.stream().mapToDouble(temporal.get().toNumber()).toArray();
            double[] values = new double[codes.length];
            for (int i = 0; i < codes.length; i++) {
                values[i] = codes[i] < 0 ? Double.NaN : byLevel[codes[i]];
            }
            return new NumericColumn(name, temporal.get().type(), values);
        }
        Optional<GroupedNumbers> grouped = GroupedNumbers.recognise(levels);
        if (grouped.isPresent()) {
            double[] byLevel = grouped.get().values();
            double[] values = new double[codes.length];
            for (int i = 0; i < codes.length; i++) {
                values[i] = codes[i] < 0 ? Double.NaN : byLevel[codes[i]];
            }
            Column c =
                    new NumericColumn(name, grouped.get().integral() ? ColumnType.INTEGER : ColumnType.NUMERIC, values);
            c.noteReading("numbers written " + grouped.get().style());
            return c;
        }
        int present = 0;
        for (int c : codes) {
            if (c >= 0) {
                present++;
            }
        }
        return new StringColumn(
                name,
                isCategorical(levels, present) ? ColumnType.CATEGORICAL : ColumnType.TEXT,
                codes,
                levels.toArray(String[]::new));
    }

    private static boolean isBoolean(List<String> levels) {
        if (levels.isEmpty() || levels.size() > 2 * 4) {
            return false;
        }
        for (String l : levels) {
            String s = l.strip().toLowerCase(Locale.ROOT);
            if (!s.equals("true") && !s.equals("false")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Categorical when values repeat and there are few of them; a column of (nearly) all-distinct or
     * long values is free text (a name, an address, a comment).
     */
    static boolean isCategorical(List<String> levels, int present) {
        int d = levels.size();
        if (d == 0) {
            return true;
        }
        if (d >= present && present > 2) {
            return false;
        }
        double meanLength = levels.stream().mapToInt(String::length).average().orElse(0);
        if (meanLength > FREE_TEXT_LENGTH) {
            return false;
        }
        return d <= Math.min(MAX_CATEGORY_LEVELS, Math.max(20, present / 5));
    }
}
