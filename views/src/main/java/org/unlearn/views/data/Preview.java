package org.unlearn.views.data;

import java.util.ArrayList;
import java.util.List;
import org.unlearn.model.data.ColumnType;
import org.unlearn.model.data.Dataset;

/**
 * The first rows of a dataset as text, each with its row id, for a look at the raw cells; {@code numbers}
 * marks the columns of numbers, which read best right-aligned.
 */
public record Preview(List<String> columns, List<Boolean> numbers, List<Row> rows, int totalRows) {
    /** One previewed row: its stable id and its cells in column order. */
    public record Row(int rowId, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public Preview {
        columns = List.copyOf(columns);
        numbers = List.copyOf(numbers);
        rows = List.copyOf(rows);
    }

    static Preview of(Dataset dataset, int maxRows) {
        int n = Math.min(maxRows, dataset.rowCount());
        List<Row> rows = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            rows.add(new Row(dataset.rowId(p), dataset.rowText(p)));
        }
        List<Boolean> numbers = dataset.columns().stream()
                .map(c -> c.type() == ColumnType.NUMERIC || c.type() == ColumnType.INTEGER)
                .toList();
        return new Preview(dataset.columnNames(), numbers, rows, dataset.rowCount());
    }

    /** True when the preview shows only the first part of the file. */
    public boolean isPartial() {
        return rows.size() < totalRows;
    }
}
