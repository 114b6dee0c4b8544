package org.unlearn.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.BadInputException;

/** Cells a plain number reader gets wrong: infinities, thousands separators, UTF-16 files. */
class ReadingNotesTest {
    @TempDir
    Path dir;

    private Dataset read(String name, String text) throws IOException {
        return CsvReader.read(Files.writeString(dir.resolve(name), text));
    }

    @Test
    void infinitiesAndOverflowsAreMissingAndSaidSo() throws IOException {
        Dataset d = read("inf.csv", "a,b\n1,2\ninf,3\n1e400,4\n-Infinity,5\n7,6\n");
        NumericColumn a = (NumericColumn) d.column("a");
        assertEquals(3, a.missingCount());
        assertTrue(Double.isNaN(a.get(1)) && Double.isNaN(a.get(2)) && Double.isNaN(a.get(3)));
        assertEquals(7, a.get(4));
        assertEquals("3 cells are infinite or too large for a number: counted as missing", a.readingNote());
        assertNull(d.column("b").readingNote());
    }

    @Test
    void thousandsSeparatorsInTheCommonForms() throws IOException {
        Dataset comma = read("c.csv", "a,b\n1,\"1,234\"\n2,\"12,345.5\"\n3,999\n4,\"1,000,000\"\n");
        assertColumn(comma.column("b"), ColumnType.NUMERIC, 1234, 12345.5, 999, 1_000_000);
        assertEquals(
                "numbers written with ',' between thousands", comma.column("b").readingNote());

        Dataset european = read("e.csv", "a;b\n1;1.234,5\n2;3,25\n3;12\n4;1.234\n");
        assertColumn(european.column("b"), ColumnType.NUMERIC, 1234.5, 3.25, 12, 1234);

        Dataset spaced = read("s.csv", "a\tb\n1\t1 234\n2\t12\u00a0345\n3\t7\n");
        assertColumn(spaced.column("b"), ColumnType.INTEGER, 1234, 12345, 7);

        Dataset decimalComma = read("d.csv", "a;b\n1;0,5\n2;3,25\n3;12\n");
        assertColumn(decimalComma.column("b"), ColumnType.NUMERIC, 0.5, 3.25, 12);
    }

    @Test
    void malformedGroupsStayTextAndSayWhereTheFirstNonNumberIs() throws IOException {
        Dataset d = read("m.csv", "a,b\n1,2\n\"1,23,456\",5\n3,4\n6,7\n8,9\n");
        Column a = d.column("a");
        assertTrue(a instanceof StringColumn, "Indian lakh grouping is not one of the forms read");
        assertEquals("read as text: line 3 is not a number", a.readingNote());
        assertTrue(!a.readingNote().contains("23"), "the note says where, not what");
    }

    @Test
    void utf16IsReadWithOrWithoutItsByteOrderMark() throws IOException {
        String text = "a,b,label\n1,2.5,x\n3,4.5,y\n5,6.5,x\n";
        for (byte[] bytes : new byte[][] {
            ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE),
            ("\ufeff" + text).getBytes(StandardCharsets.UTF_16BE),
            text.getBytes(StandardCharsets.UTF_16LE),
            text.getBytes(StandardCharsets.UTF_16BE)
        }) {
            Dataset d = CsvReader.read(Files.write(dir.resolve("u16.csv"), bytes));
            assertEquals(3, d.rowCount());
            assertEquals(java.util.List.of("a", "b", "label"), d.columnNames());
            assertEquals(6.5, ((NumericColumn) d.column("b")).get(2));
            assertEquals("y", d.column("label").text(1));
        }
        BadInputException e = assertThrows(
                BadInputException.class,
                () -> CsvReader.read(Files.write(dir.resolve("u32.csv"), text.getBytes("UTF-32"))));
        assertTrue(e.getMessage().contains("UTF-32"), e.getMessage());
    }

    private static void assertColumn(Column c, ColumnType type, double... expected) {
        assertEquals(type, c.type(), c.name());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ((NumericColumn) c).get(i), 1e-12, c.name() + " row " + i);
        }
    }
}
