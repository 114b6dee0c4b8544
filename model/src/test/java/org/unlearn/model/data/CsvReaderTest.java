package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;

class CsvReaderTest {
    @Test
    void sniffsSemicolonsAndKeepsQuotedSemicolons() {
        Dataset d = CsvReader.read(TestData.resource("messy/semicolon.csv"));
        assertEquals(';', d.dialect().delimiter());
        assertEquals(List.of("name", "age", "city", "score"), d.columnNames());
        assertEquals("Chloé; the second", d.column("name").text(2));
        assertEquals(ColumnType.INTEGER, d.column("age").type());
        // "1,5" and "2,25" are written with a decimal comma, which pandas keeps as text; we read the numbers.
        assertEquals(1.5, ((NumericColumn) d.column("score")).get(0));
        assertEquals(2.25, ((NumericColumn) d.column("score")).get(1));
    }

    @Test
    void gzippedFileReadsLikeThePlainOne() {
        Dataset plain = CsvReader.read(TestData.resource("messy/semicolon.csv"));
        Dataset gz = CsvReader.read(TestData.resource("messy/semicolon.csv.gz"));
        assertEquals(plain.rowCount(), gz.rowCount());
        for (int r = 0; r < plain.rowCount(); r++) {
            assertEquals(plain.rowText(r), gz.rowText(r));
        }
    }

    @Test
    void tabsWithSingleQuotedHeadersAndDoubledQuotes() {
        Dataset d = CsvReader.read(TestData.resource("messy/tab_single_quoted.tsv"));
        assertEquals(new CsvDialect('\t', '\''), d.dialect());
        assertEquals(List.of("name", "age", "team", "joined"), d.columnNames());
        assertEquals("Bob O'Neil", d.column("name").text(1));
        assertEquals(ColumnType.DATE, d.column("joined").type());
        assertEquals("2020-11-30", d.column("joined").text(1));
        assertTrue(d.column("joined").isMissing(3));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndNewlines() {
        Dataset d = CsvReader.read(TestData.resource("messy/quoted_commas.csv"));
        assertEquals(5, d.rowCount());
        assertEquals("Smith, John", d.column("name").text(0));
        assertEquals("Lee, Ann \"the ace\"", d.column("name").text(2));
        assertEquals("Multi\nLine, Person", d.column("name").text(3));
        assertEquals(ColumnType.BOOLEAN, d.column("vip").type());
        assertEquals(ColumnType.NUMERIC, d.column("balance").type());
        // Row ids are data-row numbers; source lines count physical lines (row 4 spans two).
        assertEquals(5, d.rowId(4));
        assertEquals(5, d.sourceLine(3));
        assertEquals(7, d.sourceLine(4));
    }

    @Test
    void numbersBeforeTextKeepTheirSpelling() {
        Dataset d = CsvReader.read(TestData.resource("messy/mixed_codes.csv"));
        assertEquals(ColumnType.TEXT, d.column("code").type());
        assertEquals(
                List.of("007", "012", "A7", ""),
                List.of(
                        d.column("code").text(0),
                        d.column("code").text(1),
                        d.column("code").text(2),
                        d.column("code").text(3)));
    }

    @Test
    void bomAndCrLfAndBlankLines() {
        Dataset d = CsvReader.read(TestData.resource("messy/bom_crlf.csv"));
        assertEquals(List.of("a", "b", "label"), d.columnNames());
        assertEquals(3, d.rowCount());
        assertEquals("5", d.column("a").text(2));
        assertEquals(5, d.sourceLine(2));
    }

    @Test
    void pipesAndCategoricals() {
        assertEquals(
                '|',
                CsvReader.read(TestData.resource("messy/pipes.txt")).dialect().delimiter());
        Dataset d = CsvReader.read(TestData.resource("messy/all_categorical.csv"));
        for (Column c : d.columns()) {
            assertEquals(ColumnType.CATEGORICAL, c.type(), c.name());
        }
    }

    @Test
    void inconsistentDateFormatsStayText() {
        Dataset d = CsvReader.read(TestData.resource("messy/mixed_dates.csv"));
        assertEquals(ColumnType.TEXT, d.column("when").type());
    }

    @Test
    void typesOfTheSampleData() {
        Dataset credit = CsvReader.read(TestData.sample("credit_data.csv"));
        assertEquals(ColumnType.CATEGORICAL, credit.column("Home").type());
        assertEquals(ColumnType.INTEGER, credit.column("Income").type());
        assertEquals(381, credit.column("Income").missingCount());
        Dataset shuttle = CsvReader.read(TestData.sample("statlog_shuttle.csv.gz"));
        assertEquals(58000, shuttle.rowCount());
        assertEquals(7, shuttle.column("Class").distinctCount());
    }
}
