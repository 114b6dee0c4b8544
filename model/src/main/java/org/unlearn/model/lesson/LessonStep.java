package org.unlearn.model.lesson;

import java.util.List;

/**
 * One step of a lesson: a short paragraph, what the student should do, the state it starts from and the
 * checks that must all hold before Next.
 *
 * @param title  a few words, or empty
 * @param text   the paragraph, in plain words
 * @param action what the student should do, or empty for a step that is only read
 */
public record LessonStep(String title, String text, String action, LessonSetup setup, List<Condition> checks) {
    public LessonStep {
        checks = List.copyOf(checks);
    }

    /** The first check that does not hold, or null when the student may go on. */
    public Condition firstUnmet(LessonState app) {
        for (Condition c : checks) {
            if (!c.holds(app)) {
                return c;
            }
        }
        return null;
    }
}
