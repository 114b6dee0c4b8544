package org.unlearn.model.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.unlearn.model.BadInputException;

/**
 * The lessons in a folder ({@code sample-data/lessons/}), every {@code *.json} file in file-name order. A file
 * that cannot be read is left out and its one-line refusal kept, so one teacher's typo does not hide the rest.
 */
public record LessonLibrary(List<Lesson> lessons, List<String> problems) {
    public static final String FOLDER = "lessons";
    public static final LessonLibrary EMPTY = new LessonLibrary(List.of(), List.of());

    public LessonLibrary {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** @param datasets the names a setup may give a dataset by (lower case); empty takes any */
    public static LessonLibrary read(Path folder, Set<String> datasets) {
        if (folder == null || !Files.isDirectory(folder)) {
            return EMPTY;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return new LessonLibrary(List.of(), List.of(folder + ": cannot be listed (" + e.getMessage() + ")"));
        }
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                lessons.add(LessonParser.read(f, datasets));
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        return new LessonLibrary(lessons, problems);
    }
}
