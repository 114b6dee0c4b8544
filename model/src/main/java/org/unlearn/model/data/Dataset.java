package org.unlearn.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.unlearn.model.BadInputException;

/**
 * A table read from a file: immutable columns and, for every row, its stable row id (its 1-based
 * data-row number in the source file). Everything downstream names rows by id; positions (0-based
 * indexes into the columns) are an implementation detail of this class and its encoders.
 */
public final class Dataset {
    private final String name;
    private final CsvDialect dialect;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int[] rowIds;
    private final int[] sourceLines;

    Dataset(String name, CsvDialect dialect, List<Column> columns, int[] rowIds, int[] sourceLines) {
        this.name = name;
        this.dialect = dialect;
        this.columns = List.copyOf(columns);
        this.rowIds = rowIds;
        this.sourceLines = sourceLines;
        Map<String, Column> map = new LinkedHashMap<>();
        for (Column c : columns) {
            map.put(c.name(), c);
            if (c.size() != rowIds.length) {
                throw new IllegalArgumentException(
                        "column " + c.name() + " has " + c.size() + " rows, not " + rowIds.length);
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        for (int i = 1; i < rowIds.length; i++) {
            if (rowIds[i] <= rowIds[i - 1]) {
                throw new IllegalArgumentException("row ids must increase");
            }
        }
    }

    /** The file name the data came from (no folder), used in messages. */
    public String name() {
        return name;
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public int rowCount() {
        return rowIds.length;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).collect(Collectors.toList());
    }

    public boolean hasColumn(String columnName) {
        return byName.containsKey(columnName);
    }

    /** The column of that name, or a {@link BadInputException} that lists the columns there are. */
    public Column column(String columnName) {
        Column c = byName.get(columnName);
        if (c == null) {
            throw new BadInputException(
                    name + ": no column named \"" + columnName + "\" (columns: " + abbreviate(columnNames()) + ")");
        }
        return c;
    }

    public int indexOf(String columnName) {
        return columns.indexOf(column(columnName));
    }

    /** The row id of the row at a position. */
    public int rowId(int position) {
        return rowIds[position];
    }

    /** All row ids, in file order (a copy). */
    public int[] rowIds() {
        return rowIds.clone();
    }

    /** The position of a row id, or -1 when no row has it. */
    public int positionOf(int rowId) {
        int p = rowId - 1;
        if (p >= 0 && p < rowIds.length && rowIds[p] == rowId) {
            return p;
        }
        int found = Arrays.binarySearch(rowIds, rowId);
        return found >= 0 ? found : -1;
    }

    /**
     * The same table with other row ids (ascending, one per row): a session's copy of the data keeps
     * the ids its rows had in the original file, so forgetting and keyed choices name the same rows.
     */
    public Dataset withRowIds(String newName, int[] ids) {
        if (ids.length != rowIds.length) {
            throw new IllegalArgumentException(ids.length + " row ids for " + rowIds.length + " rows");
        }
        return new Dataset(newName, dialect, columns, ids.clone(), sourceLines);
    }

    /** The physical line of the source file where a row starts (for messages about that row). */
    public int sourceLine(int position) {
        return sourceLines[position];
    }

    /** The row's cells as display text, in column order. */
    public List<String> rowText(int position) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(c.text(position));
        }
        return cells;
    }

    private static String abbreviate(List<String> names) {
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + ", ... " + (names.size() - 10) + " more";
    }

    @Override
    public String toString() {
        return name + " (" + rowCount() + " rows x " + columnCount() + " columns)";
    }
}
