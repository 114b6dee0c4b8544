package org.unlearn.model.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.unlearn.model.BadInputException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Hands a dataset to Tablesaw, for researchers who script their analyses with it, and reads a file
 * with Tablesaw's own reader (for comparison in {@code bench-read}: ours is several times faster on
 * wide numeric files and reports bad rows by line and column, which is why the app reads with
 * {@link CsvReader}).
 */
public final class TablesawBridge {
    private TablesawBridge() {}

    /** The dataset as a Tablesaw table: numbers as doubles, booleans as booleans, the rest as text. */
    public static Table toTable(Dataset data) {
        Table table = Table.create(data.name());
        table.addColumns(DoubleColumn.create(
                "row_id",
                java.util.Arrays.stream(data.rowIds()).asDoubleStream().toArray()));
        for (Column c : data.columns()) {
            int n = c.size();
            if (c.type() == ColumnType.BOOLEAN) {
                BooleanColumn b = BooleanColumn.create(c.name(), n);
                for (int i = 0; i < n; i++) {
                    if (!c.isMissing(i)) {
                        b.set(i, ((NumericColumn) c).get(i) != 0);
                    }
                }
                table.addColumns(b);
            } else if (c.type() == ColumnType.NUMERIC || c.type() == ColumnType.INTEGER) {
                double[] values = new double[n];
                for (int i = 0; i < n; i++) {
                    values[i] = ((NumericColumn) c).get(i);
                }
                table.addColumns(DoubleColumn.create(c.name(), values));
            } else {
                StringColumn s = StringColumn.create(c.name());
                for (int i = 0; i < n; i++) {
                    s.append(c.text(i));
                }
                table.addColumns(s);
            }
        }
        return table;
    }

    /** Reads a file (gzipped or not) with Tablesaw's CSV reader. */
    public static Table read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return Table.read()
                    .usingOptions(CsvReadOptions.builder(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .tableName(file.getFileName().toString())
                            .maxNumberOfColumns(100_000)
                            .build());
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file.getFileName() + ": Tablesaw cannot read it (" + e.getMessage() + ")", e);
        }
    }
}
