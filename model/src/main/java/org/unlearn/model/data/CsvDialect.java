package org.unlearn.model.data;

/** How a delimited text file separates fields and quotes them. */
public record CsvDialect(char delimiter, char quote) {
    public static final CsvDialect CSV = new CsvDialect(',', '"');

    public String describe() {
        String d = switch (delimiter) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
        return d + "-separated, " + (quote == '"' ? "double" : "single") + " quotes";
    }
}
