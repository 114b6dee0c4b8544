package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.unlearn.model.BadInputException;

/**
 * Turns a dataset's feature columns into numbers, as a list of recorded steps (imputation, scaling,
 * one-hot) fitted once and applied the same way to every row, old or new; and its label into class
 * indexes or a numeric target.
 *
 * <p>The steps are fitted on all rows read. A forgotten row's share of a column mean or of the level
 * list is therefore not taken back out; the encoding is treated as fixed preprocessing, shared by the
 * unlearned model and its from-scratch retrain alike.
 */
public final class Encoding {
    private static final int BLOCK = 32;

    /** Options: whether numeric features are standardized (centred and scaled to unit variance). */
    public record Options(boolean standardize) {
        public static final Options DEFAULT = new Options(true);
    }

    private final String source;
    private final List<EncodingStep> steps;
    private final List<String> features;
    private final String labelColumn;
    private final List<String> classes;

    private Encoding(String source, List<EncodingStep> steps, String labelColumn, List<String> classes) {
        this.source = source;
        this.steps = List.copyOf(steps);
        this.labelColumn = labelColumn;
        this.classes = classes == null ? null : List.copyOf(classes);
        List<String> names = new ArrayList<>();
        for (EncodingStep s : steps) {
            names.addAll(s.outputs());
        }
        this.features = List.copyOf(names);
    }

    /**
     * An encoding as recorded (a session keeps the one fitted when it was created, so every later copy of its
     * rows is encoded as the model was trained).
     */
    public static Encoding of(String source, List<EncodingStep> steps, String labelColumn, List<String> classes) {
        return new Encoding(source, steps, labelColumn, classes);
    }

    /** The name of the data it was fitted on. */
    public String source() {
        return source;
    }

    public static Encoding fit(ColumnRoles roles) {
        return fit(roles, Options.DEFAULT);
    }

    public static Encoding fit(ColumnRoles roles, Options options) {
        Dataset data = roles.dataset();
        List<EncodingStep> steps = new ArrayList<>();
        for (Column c : roles.features()) {
            steps.add(fitColumn(c, options));
        }
        if (steps.stream().allMatch(s -> s.outputs().isEmpty())) {
            throw new BadInputException(data.name() + ": no usable feature columns (every feature is constant,"
                    + " free text or an identifier)");
        }
        Column label = roles.label().orElse(null);
        List<String> classes = label == null ? null : LabelClasses.of(data.name(), label);
        return new Encoding(data.name(), steps, label == null ? null : label.name(), classes);
    }

    public List<EncodingStep> steps() {
        return steps;
    }

    /** Encoded feature names, in matrix column order. */
    public List<String> features() {
        return features;
    }

    public int dimension() {
        return features.size();
    }

    /** The label column, or null when the data has none (clustering only). */
    public String labelColumn() {
        return labelColumn;
    }

    /** True when the label is a class (a classifier's label), false when it is a number. */
    public boolean classifies() {
        return classes != null && !classes.isEmpty();
    }

    /** Class names in class-index order; empty when the label is numeric or absent. */
    public List<String> classes() {
        return classes == null ? List.of() : classes;
    }

    /** One line per step, for people. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (EncodingStep s : steps) {
            lines.add(s.describe());
        }
        if (labelColumn != null) {
            lines.add(labelColumn + ": label, "
                    + (classifies() ? classes.size() + " classes " + classes : "numeric target"));
        }
        return lines;
    }

    /** Encodes every row of the dataset that has a label (all rows when there is no label). */
    public TrainingSet encode(Dataset data) {
        Column label = labelColumn == null ? null : data.column(labelColumn);
        int[] positions = IntStream.range(0, data.rowCount())
                .filter(p -> label == null || !label.isMissing(p))
                .toArray();
        if (positions.length == 0) {
            throw new BadInputException(data.name() + ": no row has a value for the label \"" + labelColumn + "\"");
        }
        Column[] sources = new Column[steps.size()];
        int[] offsets = new int[steps.size()];
        int offset = 0;
        for (int s = 0; s < steps.size(); s++) {
            sources[s] = data.column(steps.get(s).column());
            offsets[s] = offset;
            offset += steps.get(s).outputs().size();
        }
        int d = offset;
        double[][] x = new double[positions.length][];
        IntStream.range(0, (positions.length + BLOCK - 1) / BLOCK).parallel().forEach(b -> {
            int from = b * BLOCK;
            int to = Math.min(positions.length, from + BLOCK);
            for (int i = from; i < to; i++) {
                x[i] = new double[d];
            }
            for (int s = 0; s < sources.length; s++) {
                EncodingStep step = steps.get(s);
                if (step.reads(sources[s])) {
                    step.applyBlock(sources[s], positions, from, to, x, offsets[s]);
                } else {
                    // A recorded encoding applied to rows read since: the column's type may have changed with
                    // the rows (a text column whose only non-number was forgotten now reads as numbers).
                    for (int i = from; i < to; i++) {
                        step.applyText(sources[s].text(positions[i]), x[i], offsets[s]);
                    }
                }
            }
        });
        int[] ids = Arrays.stream(positions).map(data::rowId).toArray();
        int[] y = null;
        double[] target = null;
        if (label != null && classifies()) {
            y = new int[positions.length];
            Map<String, Integer> index = new TreeMap<>();
            for (int k = 0; k < classes.size(); k++) {
                index.put(classes.get(k), k);
            }
            for (int i = 0; i < positions.length; i++) {
                Integer k = index.get(label.text(positions[i]));
                if (k == null) {
                    throw new BadInputException(data.name() + " line " + data.sourceLine(positions[i])
                            + ": the label is not one of the " + classes.size() + " classes");
                }
                y[i] = k;
            }
        } else if (label != null) {
            NumericColumn num = (NumericColumn) label;
            target = Arrays.stream(positions).mapToDouble(num::get).toArray();
        }
        return new TrainingSet(data.name(), x, ids, y, target, classes(), features);
    }

    /** Encodes one new row given as text by column name (missing columns count as missing cells). */
    public double[] encodeRow(Function<String, String> cellByColumn) {
        double[] out = new double[dimension()];
        int offset = 0;
        for (EncodingStep s : steps) {
            String cell = cellByColumn.apply(s.column());
            s.applyText(cell == null ? "" : cell, out, offset);
            offset += s.outputs().size();
        }
        return out;
    }

    private static EncodingStep fitColumn(Column c, Options options) {
        if (c instanceof NumericColumn num) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < num.size(); i++) {
                double v = num.get(i);
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n == 0) {
                return new EncodingStep.Drop(c.name(), "no finite values");
            }
            double mean = sum / n;
            double ss = 0;
            for (int i = 0; i < num.size(); i++) {
                double v = num.get(i);
                if (Double.isFinite(v)) {
                    ss += (v - mean) * (v - mean);
                }
            }
            double sd = Math.sqrt(ss / n);
            if (sd == 0) {
                return new EncodingStep.Drop(c.name(), "constant");
            }
            return options.standardize()
                    ? new EncodingStep.Scale(c.name(), c.type(), mean, mean, sd)
                    : new EncodingStep.Scale(c.name(), c.type(), mean, 0, 1);
        }
        StringColumn s = (StringColumn) c;
        if (s.levelCount() < 2) {
            return new EncodingStep.Drop(c.name(), "constant");
        }
        int[] counts = new int[s.levelCount()];
        for (int i = 0; i < s.size(); i++) {
            if (s.code(i) >= 0) {
                counts[s.code(i)]++;
            }
        }
        int mode = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[mode]) {
                mode = k;
            }
        }
        List<String> levels = new ArrayList<>(s.levels());
        String fill = levels.get(mode);
        levels.sort(null);
        return new EncodingStep.OneHot(c.name(), levels, fill);
    }

    @Override
    public String toString() {
        return "Encoding of " + source + ": " + dimension() + " features"
                + (labelColumn == null ? "" : ", label " + labelColumn);
    }
}
