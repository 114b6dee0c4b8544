package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unlearn.model.TestData;

/**
 * Reads every messy test file and every shared dataset and compares rows, column names and missing
 * cells with what pandas counts (pandas_expected.csv, written by pandas_oracle.py with pandas itself).
 */
class PandasParityTest {
    private record Expected(int rows, Map<String, Integer> missing) {}

    @TestFactory
    Stream<DynamicTest> messyFilesReadAsPandasCountsThem() {
        return expectations("messy/").entrySet().stream()
                .map(e ->
                        DynamicTest.dynamicTest(e.getKey(), () -> check(TestData.resource(e.getKey()), e.getValue())));
    }

    @TestFactory
    Stream<DynamicTest> sharedDatasetsReadAsPandasCountsThem() {
        Path folder = TestData.sharedFolder();
        return expectations("shared/").entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(
                        e.getKey(),
                        () -> check(folder.resolve(e.getKey().substring("shared/".length())), e.getValue())));
    }

    private static void check(Path file, Expected expected) {
        Dataset data = CsvReader.read(file);
        assertEquals(expected.rows(), data.rowCount(), "rows of " + file.getFileName());
        assertEquals(new ArrayList<>(expected.missing().keySet()), data.columnNames(), "column names");
        for (Column c : data.columns()) {
            assertEquals(expected.missing().get(c.name()), c.missingCount(), "missing cells in " + c.name());
        }
    }

    private static Map<String, Expected> expectations(String prefix) {
        Dataset table = CsvReader.read(TestData.resource("pandas_expected.csv"));
        Map<String, Expected> out = new LinkedHashMap<>();
        Column file = table.column("file");
        for (int r = 0; r < table.rowCount(); r++) {
            String name = file.text(r);
            if (!name.startsWith(prefix)) {
                continue;
            }
            int rows = (int) ((NumericColumn) table.column("rows")).get(r);
            Expected e = out.computeIfAbsent(name, n -> new Expected(rows, new LinkedHashMap<>()));
            e.missing().put(table.column("column").text(r), (int) ((NumericColumn) table.column("missing")).get(r));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no expectations for " + prefix);
        }
        return out;
    }
}
