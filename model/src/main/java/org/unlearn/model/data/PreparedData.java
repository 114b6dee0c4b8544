package org.unlearn.model.data;

import java.nio.file.Path;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * A dataset made ready for learning: the table, the column roles, the fitted encoding and every
 * labelled row encoded.
 */
public record PreparedData(Dataset dataset, ColumnRoles roles, Encoding encoding, TrainingSet rows) {
    /** Reads a file and prepares it with inferred roles; {@code label} may be null for clustering. */
    public static PreparedData load(Path file, String label, Encoding.Options options, Progress progress) {
        Dataset dataset = CsvReader.read(file, progress.range(0, 0.85));
        ColumnRoles roles = ColumnRoles.infer(dataset, label);
        progress.report(0.9, "Encoding " + dataset.name());
        PreparedData prepared = prepare(roles, options);
        progress.report(1, "Ready: " + prepared.rows());
        return prepared;
    }

    public static PreparedData prepare(ColumnRoles roles, Encoding.Options options) {
        Encoding encoding = Encoding.fit(roles, options);
        return new PreparedData(roles.dataset(), roles, encoding, encoding.encode(roles.dataset()));
    }

    /** The rows, requiring that they carry class labels (for classifiers). */
    public TrainingSet requireClasses(String purpose) {
        if (!rows.isClassification()) {
            throw new BadInputException(dataset.name() + ": " + purpose + " needs a class label; \""
                    + encoding.labelColumn() + "\" is " + (encoding.labelColumn() == null ? "not chosen" : "numeric"));
        }
        return rows;
    }
}
