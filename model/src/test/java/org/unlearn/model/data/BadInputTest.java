package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.TestData;

/** Every kind of bad file is refused with one line that says what and where. */
class BadInputTest {
    private static String refusal(Path file) {
        return assertThrows(BadInputException.class, () -> CsvReader.read(file)).getMessage();
    }

    @Test
    void missingFile() {
        assertEquals("nothere.csv: no such file", refusal(Path.of("nothere.csv")));
    }

    @Test
    void emptyFile() {
        assertEquals("empty.csv: the file is empty", refusal(TestData.resource("bad/empty.csv")));
    }

    @Test
    void binaryFile() {
        assertEquals(
                "binary.csv: not a text table (binary content at byte 5)",
                refusal(TestData.resource("bad/binary.csv")));
    }

    @Test
    void headerOnly() {
        assertEquals(
                "header_only.csv: has a header but no data rows", refusal(TestData.resource("bad/header_only.csv")));
    }

    @Test
    void raggedRowNamesTheLine() {
        assertEquals("ragged.csv line 3: 2 fields, expected 3", refusal(TestData.resource("bad/ragged.csv")));
    }

    @Test
    void columnWithNoValuesNamesTheColumn() {
        assertEquals(
                "all_missing.csv column 2 \"b\": every value is missing",
                refusal(TestData.resource("bad/all_missing.csv")));
    }

    @Test
    void unterminatedQuoteNamesWhereItOpened() {
        assertEquals(
                "open_quote.csv line 2: a quoted field starts here and never ends",
                refusal(TestData.resource("bad/open_quote.csv")));
    }

    @Test
    void unknownLabelListsTheColumns() {
        Dataset d = CsvReader.read(TestData.resource("bad/one_class.csv"));
        BadInputException e = assertThrows(BadInputException.class, () -> ColumnRoles.infer(d, "Label"));
        assertEquals("one_class.csv: no column named \"Label\" (columns: a, b, label)", e.getMessage());
    }

    @Test
    void labelWithOneClass() {
        Dataset d = CsvReader.read(TestData.resource("bad/one_class.csv"));
        BadInputException e = assertThrows(BadInputException.class, () -> Encoding.fit(ColumnRoles.infer(d, "label")));
        assertEquals("one_class.csv: label \"label\" has one class: there is nothing to tell apart", e.getMessage());
    }
}
