package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;
import tech.tablesaw.api.Table;

class TablesawBridgeTest {
    @Test
    void theTableHoldsTheSameCellsAsTheDataset() {
        Dataset penguins = CsvReader.read(TestData.sample("penguins.csv"));
        Table table = TablesawBridge.toTable(penguins);
        assertEquals(penguins.rowCount(), table.rowCount());
        assertEquals(penguins.columnCount() + 1, table.columnCount());
        assertEquals(2, table.doubleColumn("bill_length_mm").countMissing());
        assertEquals("Adelie", table.stringColumn("species").get(0));
        assertEquals(penguins.rowId(343), table.doubleColumn("row_id").get(343).intValue());
    }

    @Test
    void tablesawsReaderCountsTheSameRowsAsOurs() {
        Table theirs = TablesawBridge.read(TestData.sample("statlog_shuttle.csv.gz"));
        Dataset ours = CsvReader.read(TestData.sample("statlog_shuttle.csv.gz"));
        assertEquals(ours.rowCount(), theirs.rowCount());
        assertEquals(ours.columnNames(), theirs.columnNames());
    }
}
