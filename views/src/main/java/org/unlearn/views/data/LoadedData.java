package org.unlearn.views.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlearn.model.data.Column;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.LabelClasses;
import org.unlearn.model.data.PreparedData;

/**
 * Everything the views show about one opened dataset under one set of roles, worked out off the FX
 * thread (distinct counts and class counts scan whole columns). Immutable; a role change makes a new one.
 *
 * @param labels each row's label as the forget view's row table shows it, and its cells as read
 */
public record LoadedData(
        Path file,
        PreparedData prepared,
        List<ColumnSummary> columns,
        List<ClassCount> classes,
        List<String> encodingSteps,
        Preview preview,
        RowLabels labels) {
    public LoadedData {
        columns = List.copyOf(columns);
        classes = List.copyOf(classes);
        encodingSteps = List.copyOf(encodingSteps);
    }

    static LoadedData of(Path file, PreparedData prepared, Preview preview) {
        List<ColumnSummary> columns = new ArrayList<>();
        for (Column c : prepared.dataset().columns()) {
            columns.add(ColumnSummary.of(c, prepared.roles()));
        }
        return new LoadedData(
                file,
                prepared,
                columns,
                classCounts(prepared),
                prepared.encoding().describe(),
                preview,
                RowLabels.of(
                        prepared.dataset(), prepared.rows(), prepared.encoding().labelColumn() != null));
    }

    /** The same file and preview under other roles. */
    LoadedData withRoles(PreparedData reencoded) {
        return of(file, reencoded, preview);
    }

    public Dataset dataset() {
        return prepared.dataset();
    }

    /** The label column's name, or null when none is chosen. */
    public String labelName() {
        return prepared.encoding().labelColumn();
    }

    private static List<ClassCount> classCounts(PreparedData prepared) {
        Column label = prepared.roles().label().orElse(null);
        if (label == null) {
            return List.of();
        }
        Map<String, Integer> counts = LabelClasses.counts(prepared.dataset().name(), label);
        if (counts == null) {
            return List.of();
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<ClassCount> out = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.add(new ClassCount(index++, e.getKey(), e.getValue(), total == 0 ? 0 : e.getValue() / (double) total));
        }
        return out;
    }
}
