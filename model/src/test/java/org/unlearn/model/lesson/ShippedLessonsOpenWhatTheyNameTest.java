package org.unlearn.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unlearn.model.TestData;

/**
 * A step that sends the student to a view or a chart by name must open it: a chart is chosen by a setup (the
 * view opens on the one chosen last, the first chart before any), a view by the step's setup or its check.
 */
class ShippedLessonsOpenWhatTheyNameTest {
    /** The View menu's names, as a step's action writes them ("Open View ▸ Cost and consequences"). */
    private static final Map<String, String> MENU = Map.of(
            "View ▸ Dataset", "data",
            "View ▸ Train and forget", "forget",
            "View ▸ Cost and consequences", "consequences",
            "View ▸ Audit", "audit");

    private static List<Lesson> shipped() {
        Path folder = TestData.sample("penguins.csv").getParent().resolve(LessonLibrary.FOLDER);
        LessonLibrary library = LessonLibrary.read(folder, Set.of());
        assertTrue(library.problems().isEmpty(), String.join("\n", library.problems()));
        assertFalse(library.lessons().isEmpty());
        return library.lessons();
    }

    @Test
    void aStepNamingAChartShowsThatChart() {
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (Lesson lesson : shipped()) {
            String chart = LessonSetup.FIRST_CHART;
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                if (step.setup().chart() != null) {
                    chart = step.setup().chart();
                }
                String words = step.text() + " " + step.action();
                for (Map.Entry<String, String> c : LessonSetup.CHARTS.entrySet()) {
                    if (words.contains(c.getValue())) {
                        named++;
                        if (!c.getKey().equals(chart)) {
                            wrong.add(lesson.file() + " step " + (i + 1) + " names " + c.getValue() + " but shows "
                                    + LessonSetup.CHARTS.get(chart));
                        }
                    }
                }
            }
        }
        assertTrue(named > 0, "lesson 1 sends the student to the Retraining cost chart");
        assertEquals(List.of(), wrong);
    }

    @Test
    void aStepSendingTheStudentToAViewOpensItOrChecksItIsOpen() {
        List<String> wrong = new ArrayList<>();
        for (Lesson lesson : shipped()) {
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                for (Map.Entry<String, String> m : MENU.entrySet()) {
                    if (!step.action().contains(m.getKey())) {
                        continue;
                    }
                    boolean opens = m.getValue().equals(step.setup().view())
                            || step.checks().stream().anyMatch(c -> c.text().equals("view is " + m.getValue()));
                    if (!opens) {
                        wrong.add(lesson.file() + " step " + (i + 1) + ": " + step.action());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
