package org.unlearn.model.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Recognises dates, date-times and times among a column's distinct values. A column is temporal only
 * when every one of its values parses with one format (month-first before day-first, as pandas does).
 */
final class TemporalFormats {
    record Recognised(ColumnType type, String pattern, ToDoubleFunction<String> toNumber) {}

    private static final List<Recognised> FORMATS = List.of(
            date("uuuu-MM-dd"),
            date("uuuu/MM/dd"),
            date("M/d/uuuu"),
            date("d/M/uuuu"),
            date("d.M.uuuu"),
            dateTime("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            dateTime("uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            dateTime("M/d/uuuu H:mm[:ss]"),
            time("H:mm[:ss]"));

    private TemporalFormats() {}

    static Optional<Recognised> recognise(Collection<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        for (Recognised f : FORMATS) {
            if (values.stream().allMatch(v -> parses(f, v))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean parses(Recognised f, String v) {
        String s = v.strip();
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        try {
            f.toNumber().applyAsDouble(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static Recognised date(String pattern) {
        DateTimeFormatter f = strict(pattern);
        return new Recognised(
                ColumnType.DATE, pattern, s -> LocalDate.parse(s.strip(), f).toEpochDay());
    }

    private static Recognised dateTime(String pattern) {
        DateTimeFormatter f = strict(pattern);
        return new Recognised(
                ColumnType.DATETIME,
                pattern,
                s -> LocalDateTime.parse(s.strip(), f).toEpochSecond(ZoneOffset.UTC));
    }

    private static Recognised time(String pattern) {
        DateTimeFormatter f = strict(pattern);
        return new Recognised(
                ColumnType.TIME, pattern, s -> LocalTime.parse(s.strip(), f).toSecondOfDay());
    }
}
