package org.unlearn.model.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

/**
 * Reads a delimited text file (comma, tab, semicolon or pipe; gzipped or not) with a header row into a
 * {@link Dataset}, inferring each column's type. Refuses, with one line naming the file and the place,
 * what it cannot read faithfully: a missing, empty, binary or header-only file, ragged rows, a column
 * with no values.
 */
public final class CsvReader {
    private static final int PROGRESS_EVERY_ROWS = 4096;

    private CsvReader() {}

    public static Dataset read(Path path) {
        return read(path, Progress.NONE);
    }

    public static Dataset read(Path path, Progress progress) {
        String fileName = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        try {
            return readChecked(path, fileName, progress);
        } catch (IOException e) {
            throw new BadInputException(fileName + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(
                    fileName + ": cannot be read (" + e.getCause().getMessage() + ")", e);
        }
    }

    private static Dataset readChecked(Path path, String fileName, Progress progress) throws IOException {
        List<ColumnBuilder> builders;
        List<Integer> lines = new ArrayList<>();
        CsvDialect dialect;
        int rows = 0;
        int[] lineOf;
        try (TextSource.Opened source = TextSource.open(path);
                PrefetchingReader prefetched = new PrefetchingReader(source.reader())) {
            dialect = CsvSniffer.sniff(source.sample(), source.sampleIsWholeFile());
            CsvTokenizer tokens = new CsvTokenizer(prefetched, fileName, dialect);
            if (!tokens.next()) {
                throw new BadInputException(fileName + ": the file is empty");
            }
            List<String> names = columnNames(tokens);
            builders = new ArrayList<>(names.size());
            for (String n : names) {
                builders.add(new ColumnBuilder(n));
            }
            int expected = names.size();
            NumberParser parser = new NumberParser();
            lineOf = new int[1024];
            while (tokens.next()) {
                int fields = tokens.fieldCount();
                if (fields != expected) {
                    throw new BadInputException(fileName + " line " + tokens.recordLine() + ": " + fields
                            + (fields == 1 ? " field" : " fields") + ", expected " + expected);
                }
                char[] text = tokens.text();
                for (int f = 0; f < fields; f++) {
                    builders.get(f).add(text, tokens.start(f), tokens.end(f), parser);
                }
                if (rows == lineOf.length) {
                    lineOf = java.util.Arrays.copyOf(lineOf, rows * 2);
                }
                lineOf[rows++] = tokens.recordLine();
                if (rows % PROGRESS_EVERY_ROWS == 0) {
                    progress.checkCancelled();
                    if (source.fileBytes() > 0) {
                        progress.report(
                                Math.min(1.0, source.raw().count() / (double) source.fileBytes()),
                                "Reading " + fileName + ": " + rows + " rows");
                    }
                }
            }
            if (rows == 0) {
                throw new BadInputException(fileName + ": has a header but no data rows");
            }
        }
        fetchEarlyText(path, fileName, dialect, builders);
        List<Column> columns = new ArrayList<>(builders.size());
        for (int i = 0; i < builders.size(); i++) {
            Column c = builders.get(i).build();
            builders.set(i, null);
            if (c.missingCount() == c.size()) {
                throw new BadInputException(
                        fileName + " column " + (i + 1) + " \"" + c.name() + "\": every value is missing");
            }
            if (c instanceof StringColumn text) {
                noteMostlyNumbers(text, lineOf);
            }
            columns.add(c);
        }
        int[] ids = new int[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = i + 1;
        }
        progress.report(1.0, "Read " + fileName + ": " + rows + " rows");
        return new Dataset(fileName, dialect, columns, ids, java.util.Arrays.copyOf(lineOf, rows));
    }

    /**
     * A text column most of whose values are numbers gets a note saying where the first value that is not
     * one stands, so the user can mend it; the value itself is not quoted.
     */
    private static void noteMostlyNumbers(StringColumn c, int[] lineOf) {
        NumberParser parser = new NumberParser();
        boolean[] number = new boolean[c.levelCount()];
        int numbers = 0;
        for (int l = 0; l < number.length; l++) {
            char[] text = c.level(l).toCharArray();
            number[l] = parser.parse(text, 0, text.length);
            numbers += number[l] ? 1 : 0;
        }
        if (numbers == number.length || 2 * numbers < number.length) {
            return;
        }
        for (int row = 0; row < c.size(); row++) {
            int code = c.code(row);
            if (code >= 0 && !number[code]) {
                int others = number.length - numbers - 1;
                c.noteReading("read as text: line " + lineOf[row] + " is not a number"
                        + (others == 0
                                ? ""
                                : " (nor " + (others == 1 ? "is 1 other value" : "are " + others + " other values")
                                        + ")"));
                return;
            }
        }
    }

    /** Header names, unquoted and trimmed; blanks become "Unnamed: i" and repeats get ".1", ".2" as in pandas. */
    private static List<String> columnNames(CsvTokenizer tokens) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.fieldCount(); i++) {
            String n = tokens.field(i).strip();
            if (n.isEmpty()) {
                n = "Unnamed: " + i;
            }
            String unique = n;
            for (int k = 1; seen.contains(unique); k++) {
                unique = n + "." + k;
            }
            seen.add(unique);
            names.add(unique);
        }
        return names;
    }

    /** Second pass, only for columns that turned out to be text after starting with numbers. */
    private static void fetchEarlyText(Path path, String fileName, CsvDialect dialect, List<ColumnBuilder> builders)
            throws IOException {
        List<Integer> wanted = new ArrayList<>();
        int lastRow = 0;
        for (int i = 0; i < builders.size(); i++) {
            if (builders.get(i).needsEarlyText()) {
                wanted.add(i);
                lastRow = Math.max(lastRow, builders.get(i).switchRow());
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        try (TextSource.Opened source = TextSource.open(path)) {
            CsvTokenizer tokens = new CsvTokenizer(source.reader(), fileName, dialect);
            tokens.next();
            for (int row = 0; row < lastRow && tokens.next(); row++) {
                for (int col : wanted) {
                    ColumnBuilder b = builders.get(col);
                    if (row < b.switchRow()) {
                        b.setEarlyText(row, tokens.field(col));
                    }
                }
            }
        }
    }
}
