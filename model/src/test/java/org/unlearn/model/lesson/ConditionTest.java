package org.unlearn.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;

class ConditionTest {
    /** An app with a SISA model of five shards trained on penguins, two rows forgotten in one request. */
    private record App(int picked, boolean checked, String view) implements LessonState {
        public String dataset() {
            return "penguins.csv";
        }

        public boolean trained() {
            return true;
        }

        public String family() {
            return "sisa";
        }

        public Optional<String> option(String name) {
            return Optional.ofNullable(Map.of("shards", "5").get(name));
        }

        public int forgotten() {
            return 2;
        }

        public int requests() {
            return 1;
        }

        public boolean identical() {
            return true;
        }

        public boolean exact() {
            return true;
        }

        public boolean sessionOpen() {
            return false;
        }

        public int sessionRequests() {
            return 0;
        }
    }

    @Test
    void eachCheckHoldsOnlyWhenTheAppMeetsIt() {
        App app = new App(3, false, "forget");
        assertTrue(Condition.parse("rows picked >= 3").holds(app));
        assertTrue(Condition.parse("rows picked ≥ 3").holds(app));
        assertFalse(Condition.parse("rows picked > 3").holds(app));
        assertTrue(Condition.parse("rows forgotten = 2").holds(app));
        assertFalse(Condition.parse("requests >= 2").holds(app));
        assertTrue(Condition.parse("family is sisa").holds(app));
        assertFalse(Condition.parse("family is logreg").holds(app));
        assertTrue(Condition.parse("shards = 5").holds(app));
        assertTrue(Condition.parse("option shards = 5").holds(app));
        assertFalse(Condition.parse("shards = 10").holds(app));
        assertFalse(Condition.parse("slices = 4").holds(app));
        assertTrue(Condition.parse("dataset is penguins").holds(app));
        assertFalse(Condition.parse("dataset is iris").holds(app));
        assertFalse(Condition.parse("check run").holds(app));
        assertTrue(Condition.parse("check identical").holds(new App(0, true, "forget")));
        assertTrue(Condition.parse("view is forget").holds(app));
        assertFalse(Condition.parse("view is audit").holds(app));
        assertFalse(Condition.parse("session open").holds(app));
        assertFalse(Condition.parse("model approximate").holds(app));
    }

    @Test
    void anUnmetCheckSaysWhatIsStillToDo() {
        assertEquals(
                "pick at least three rows", Condition.parse("rows picked >= 3").todo());
        assertEquals("pick exactly one row", Condition.parse("rows picked = 1").todo());
        assertEquals(
                "pick at least 20 rows", Condition.parse("rows picked >= 20").todo());
        assertEquals(
                "forget at least one row (Forget, Ctrl+F)",
                Condition.parse("rows forgotten >= 1").todo());
        assertEquals(
                "make at least two forget requests",
                Condition.parse("requests >= 2").todo());
        assertEquals(
                "record at least one erasure request in the session",
                Condition.parse("session requests >= 1").todo());
        assertEquals(
                "show the Audit view (Ctrl+5)", Condition.parse("view is audit").todo());
        assertEquals(
                "show the Cost and consequences view (Ctrl+4)",
                Condition.parse("view is consequences").todo());
        assertEquals("train a SISA ensemble", Condition.parse("family is sisa").todo());
        assertEquals(
                "train a Q-k-means model", Condition.parse("family is qkmeans").todo());
        assertEquals(
                "train a logistic regression model",
                Condition.parse("family is logreg").todo());
    }

    /** Every check of the vocabulary reads as a sentence: no digit 1 for "one", no "in all", no doubled spaces. */
    @Test
    void everyTodoReadsAsPlainWords() {
        for (String check : List.of(
                "rows picked >= 1",
                "rows forgotten >= 1",
                "rows forgotten >= 5",
                "requests >= 1",
                "requests = 0",
                "session requests >= 1",
                "family is dckmeans",
                "family is dare",
                "view is data",
                "view is start")) {
            String todo = Condition.parse(check).todo();
            assertFalse(todo.matches(".*\\b1 (row|request|forget|erasure).*"), check + ": " + todo);
            assertFalse(todo.contains("in all") || todo.contains("  ") || todo.contains("model model"), todo);
            assertTrue(Character.isLowerCase(todo.charAt(0)), todo);
        }
    }

    @Test
    void aCheckOutsideTheVocabularyIsRefusedInOneLine() {
        String message = assertThrows(BadInputException.class, () -> Condition.parse("rows pickd >= 3"))
                .getMessage();
        assertTrue(message.startsWith("unknown check \"rows pickd >= 3\"; a check is one of: dataset is NAME;"));
        assertEquals(1, message.lines().count());
        assertThrows(BadInputException.class, () -> Condition.parse("view is settings"));
        assertThrows(BadInputException.class, () -> Condition.parse("family is nonsense"));
        assertThrows(BadInputException.class, () -> Condition.parse("requests >= many"));
    }
}
