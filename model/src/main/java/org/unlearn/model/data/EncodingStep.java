package org.unlearn.model.data;

import java.util.List;

/** One recorded step of an {@link Encoding}: how one source column becomes zero or more features. */
public sealed interface EncodingStep {
    /** The source column. */
    String column();

    /** Names of the features this step writes (none for a dropped column). */
    List<String> outputs();

    /** One line for people: what is done to the column, with the fitted numbers. */
    String describe();

    /** Writes the encoded cell of the dataset's row at {@code position} into {@code out} from {@code offset}. */
    void apply(Column source, int position, double[] out, int offset);

    /** Writes the encoding of one cell given as text (a new row). */
    void applyText(String cell, double[] out, int offset);

    /** True when {@link #apply} can read this column as it was read (else its cells are encoded as text). */
    default boolean reads(Column source) {
        return true;
    }

    /** Encodes the rows {@code positions[from..to)} into {@code x[from..to)}, from column {@code offset}. */
    default void applyBlock(Column source, int[] positions, int from, int to, double[][] x, int offset) {
        for (int i = from; i < to; i++) {
            apply(source, positions[i], x[i], offset);
        }
    }

    /** A number (or boolean, date, time) column: missing cells filled, then centred and scaled. */
    record Scale(String column, ColumnType type, double fill, double mean, double scale) implements EncodingStep {
        @Override
        public List<String> outputs() {
            return List.of(column);
        }

        @Override
        public String describe() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%s: %s; missing -> %.6g; (x - %.6g) / %.6g",
                    column,
                    type.label(),
                    fill,
                    mean,
                    scale);
        }

        @Override
        public void apply(Column source, int position, double[] out, int offset) {
            double v = ((NumericColumn) source).get(position);
            out[offset] = ((Double.isFinite(v) ? v : fill) - mean) / scale;
        }

        @Override
        public boolean reads(Column source) {
            return source instanceof NumericColumn;
        }

        @Override
        public void applyBlock(Column source, int[] positions, int from, int to, double[][] x, int offset) {
            double[] values = ((NumericColumn) source).values();
            for (int i = from; i < to; i++) {
                double v = values[positions[i]];
                x[i][offset] = ((Double.isFinite(v) ? v : fill) - mean) / scale;
            }
        }

        @Override
        public void applyText(String cell, double[] out, int offset) {
            double v;
            try {
                v = MissingValues.isMissing(cell.strip()) ? fill : Double.parseDouble(cell.strip());
            } catch (NumberFormatException e) {
                throw new org.unlearn.model.BadInputException("column \"" + column + "\": a cell is not a number");
            }
            out[offset] = ((Double.isFinite(v) ? v : fill) - mean) / scale;
        }
    }

    /** A categorical column: one 0/1 feature per level seen when fitting; missing cells take the commonest level. */
    record OneHot(String column, List<String> levels, String fill) implements EncodingStep {
        public OneHot {
            levels = List.copyOf(levels);
        }

        @Override
        public List<String> outputs() {
            return levels.stream().map(l -> column + "=" + l).toList();
        }

        @Override
        public String describe() {
            return column + ": one-hot over " + levels.size() + " levels; missing -> \"" + fill + "\"";
        }

        @Override
        public boolean reads(Column source) {
            return source instanceof StringColumn;
        }

        @Override
        public void apply(Column source, int position, double[] out, int offset) {
            StringColumn s = (StringColumn) source;
            int code = s.code(position);
            applyText(code < 0 ? null : s.level(code), out, offset);
        }

        @Override
        public void applyText(String cell, double[] out, int offset) {
            String level = cell == null || MissingValues.isMissing(cell.strip()) ? fill : cell;
            for (int j = 0; j < levels.size(); j++) {
                out[offset + j] = levels.get(j).equals(level) ? 1 : 0;
            }
        }
    }

    /** A feature column that carries no information (constant) and is left out. */
    record Drop(String column, String reason) implements EncodingStep {
        @Override
        public List<String> outputs() {
            return List.of();
        }

        @Override
        public String describe() {
            return column + ": dropped (" + reason + ")";
        }

        @Override
        public void apply(Column source, int position, double[] out, int offset) {}

        @Override
        public void applyText(String cell, double[] out, int offset) {}
    }
}
