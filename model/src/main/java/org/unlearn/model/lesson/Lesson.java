package org.unlearn.model.lesson;

import java.util.List;

/**
 * A lesson: a title, a one-paragraph summary and its steps, as read from a lesson file.
 *
 * @param file the file's name, for messages ("sisa.json")
 */
public record Lesson(String file, String title, String summary, List<LessonStep> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
