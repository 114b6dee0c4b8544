package org.unlearn.model.data;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.unlearn.model.BadInputException;

/**
 * Splits delimited text into records of fields, RFC 4180 style: a quoted field may hold delimiters,
 * newlines and doubled quotes. Fields are handed out as spans of one reusable buffer, so reading a
 * large file allocates nothing per field. Blank lines are skipped, as pandas does.
 */
final class CsvTokenizer {
    private static final int EOF = -1;

    private final Reader in;
    private final String fileName;
    private final char delimiter;
    private final char quote;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private int line = 1;

    private char[] text = new char[1 << 12];
    private int textLength;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int fieldCount;
    private int recordLine;

    CsvTokenizer(Reader in, String fileName, CsvDialect dialect) {
        this.in = in;
        this.fileName = fileName;
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
    }

    /** Reads the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            fieldCount = 0;
            textLength = 0;
            int c = peek();
            if (c == EOF) {
                return false;
            }
            recordLine = line;
            readRecord();
            if (!isBlankRecord()) {
                return true;
            }
        }
    }

    int fieldCount() {
        return fieldCount;
    }

    /** The physical line (1-based) on which the current record starts. */
    int recordLine() {
        return recordLine;
    }

    /** The physical line the reader is on now (after the current record). */
    int currentLine() {
        return line;
    }

    char[] text() {
        return text;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    boolean quoted(int field) {
        return quoted[field];
    }

    String field(int field) {
        return new String(text, starts[field], ends[field] - starts[field]);
    }

    private boolean isBlankRecord() {
        if (fieldCount != 1 || quoted[0]) {
            return false;
        }
        for (int i = starts[0]; i < ends[0]; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private void readRecord() throws IOException {
        while (true) {
            int end = readField();
            if (end != delimiter) {
                return;
            }
        }
    }

    /** Reads one field; returns what ended it: the delimiter, a newline or EOF. */
    private int readField() throws IOException {
        int fieldStart = textLength;
        boolean isQuoted = false;
        int c = next1();
        // A quote after leading spaces still opens a quoted field (a common hand-edited form).
        int spaces = 0;
        while (c == ' ' && quote != ' ') {
            spaces++;
            c = next1();
        }
        if (c == quote) {
            isQuoted = true;
            int quoteLine = line;
            while (true) {
                c = next1();
                if (c == EOF) {
                    throw new BadInputException(
                            fileName + " line " + quoteLine + ": a quoted field starts here and never ends");
                }
                if (c == quote) {
                    int d = peek();
                    if (d == quote) {
                        next1();
                        append(quote);
                        continue;
                    }
                    break;
                }
                if (c == '\n' || (c == '\r')) {
                    if (c == '\r' && peek() == '\n') {
                        next1();
                        append('\n');
                    } else {
                        append((char) c);
                    }
                    line++;
                    continue;
                }
                append((char) c);
            }
            c = next1();
            // Text after the closing quote (pandas keeps it); trailing spaces are dropped.
            while (c != EOF && c != delimiter && c != '\n' && c != '\r') {
                if (c != ' ') {
                    append((char) c);
                }
                c = next1();
            }
        } else {
            for (int i = 0; i < spaces; i++) {
                append(' ');
            }
            while (c != EOF && c != delimiter && c != '\n' && c != '\r') {
                append((char) c);
                c = next1();
            }
        }
        addField(fieldStart, textLength, isQuoted);
        if (c == '\r') {
            if (peek() == '\n') {
                next1();
            }
            line++;
            return '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void addField(int start, int end, boolean isQuoted) {
        if (fieldCount == starts.length) {
            int n = fieldCount * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            quoted = Arrays.copyOf(quoted, n);
        }
        starts[fieldCount] = start;
        ends[fieldCount] = end;
        quoted[fieldCount] = isQuoted;
        fieldCount++;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    private int next1() throws IOException {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buffer[pos++];
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            limit = pos = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
