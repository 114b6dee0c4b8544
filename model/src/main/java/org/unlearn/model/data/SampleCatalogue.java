package org.unlearn.model.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unlearn.model.BadInputException;

/** The datasets shipped in {@code sample-data/}, as listed by its {@code catalogue.csv}. */
public final class SampleCatalogue {
    public static final String FILE_NAME = "catalogue.csv";

    /** One shipped dataset. */
    public record Sample(
            String name, Path file, String label, String suggestedModel, int rows, int columns, String description) {}

    private SampleCatalogue() {}

    /** Reads the catalogue of a sample-data folder. */
    public static List<Sample> read(Path folder) {
        Dataset table = CsvReader.read(folder.resolve(FILE_NAME));
        List<Sample> samples = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String file = text(table, "file", r);
            samples.add(new Sample(
                    text(table, "name", r),
                    folder.resolve(file),
                    text(table, "label", r),
                    text(table, "suggested_model", r),
                    (int) number(table, "rows", r),
                    (int) number(table, "columns", r),
                    text(table, "description", r)));
        }
        return List.copyOf(samples);
    }

    /**
     * Finds the sample-data folder: the {@code unlearn.samples} property, a {@code sample-data} folder
     * beside the running jar, or one in the working folder or any folder above it.
     */
    public static Optional<Path> locate(Path jarFolder) {
        String configured = System.getProperty("unlearn.samples");
        if (configured != null && Files.exists(Path.of(configured, FILE_NAME))) {
            return Optional.of(Path.of(configured));
        }
        List<Path> candidates = new ArrayList<>();
        if (jarFolder != null) {
            candidates.add(jarFolder.resolve("sample-data"));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("sample-data"));
        }
        return candidates.stream()
                .filter(p -> Files.exists(p.resolve(FILE_NAME)))
                .findFirst();
    }

    private static String text(Dataset table, String column, int row) {
        return table.column(column).text(row);
    }

    private static double number(Dataset table, String column, int row) {
        Column c = table.column(column);
        if (!(c instanceof NumericColumn n)) {
            throw new BadInputException(table.name() + ": column \"" + column + "\" must hold numbers");
        }
        return n.get(row);
    }
}
