package org.unlearn.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.BadInputException;

class LessonParserTest {
    private static final Set<String> SAMPLES = Set.of("penguins", "penguins.csv", "iris");

    private static final String GOOD = """
            {
              "title": "SISA",
              "summary": "Shards and slices.",
              "steps": [
                { "text": "Read this." },
                {
                  "title": "Train",
                  "text": "Train five shards.",
                  "action": "Press Train.",
                  "setup": { "dataset": "penguins", "family": "sisa", "options": "shards=5, slices=4", "seed": 7,
                             "train": true, "forget": ["3", "10-12"], "pick": "1, 4-6", "view": "forget" },
                  "check": ["model trained", "shards = 5", "rows picked >= 3"]
                }
              ]
            }
            """;

    private static String refusal(String text) {
        return assertThrows(BadInputException.class, () -> LessonParser.parse("x.json", text, SAMPLES))
                .getMessage();
    }

    @Test
    void aGoodLessonIsReadWithItsStepsSetupAndChecks() {
        Lesson lesson = LessonParser.parse("sisa.json", GOOD, SAMPLES);

        assertEquals("SISA", lesson.title());
        assertEquals(2, lesson.steps().size());
        LessonStep first = lesson.steps().get(0);
        assertTrue(first.setup().isEmpty());
        assertTrue(first.checks().isEmpty());
        assertEquals("", first.action());
        LessonStep second = lesson.steps().get(1);
        LessonSetup setup = second.setup();
        assertEquals("penguins", setup.dataset());
        assertEquals("sisa", setup.family());
        assertEquals("shards=5, slices=4", setup.options());
        assertEquals(7L, setup.seed());
        assertTrue(setup.train());
        assertEquals(List.of("3", "10-12"), setup.forget());
        assertEquals("1, 4-6", setup.pick());
        assertEquals("forget", setup.view());
        assertEquals(
                List.of("model trained", "shards = 5", "rows picked >= 3"),
                second.checks().stream().map(Condition::text).toList());
    }

    @Test
    void aFileThatIsNotJsonIsRefusedAtItsLineAndColumn() {
        String message = refusal("{\n  \"title\": \"A\",\n  \"summary\" \"B\"\n}");
        assertTrue(message.startsWith("x.json line 3, column 13: not JSON: "), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void anUnknownCheckNamesItsFieldLineAndColumnAndTheVocabulary() {
        String message = refusal(GOOD.replace("\"rows picked >= 3\"", "\"rows pickd >= 3\""));
        assertTrue(
                message.startsWith("x.json line 12, column 48: steps[1].check[2]: unknown check \"rows pickd >= 3\";"),
                message);
        assertTrue(message.contains("rows picked OP N"), message);
    }

    @Test
    void aMisspelledFieldIsRefusedNamingTheFieldsThatExist() {
        String message = refusal(GOOD.replace("\"action\"", "\"acton\""));
        assertEquals(
                "x.json line 9, column 7: steps[1].acton: unknown field \"acton\"; a step has title, text, action,"
                        + " setup, check",
                message);
    }

    @Test
    void missingPartsAreRefused() {
        assertEquals(
                "x.json line 1, column 1: no \"summary\" (it is required)",
                refusal("{\"title\": \"A\", \"steps\": [{\"text\": \"t\"}]}"));
        assertEquals(
                "x.json line 1, column 41: steps: \"steps\" must be a list of 1 to 30 steps",
                refusal("{\"title\": \"A\", \"summary\": \"B\", \"steps\": []}"));
        assertEquals(
                "x.json line 1, column 42: steps[0]: no \"text\" (it is required)",
                refusal("{\"title\": \"A\", \"summary\": \"B\", \"steps\": [{\"title\": \"t\"}]}"));
    }

    @Test
    void aSetupIsCheckedAgainstTheFamiliesTheirOptionsAndTheSamples() {
        assertTrue(refusal(GOOD.replace("\"family\": \"sisa\"", "\"family\": \"sisaa\""))
                .startsWith("x.json line 10, column 51: steps[1].setup.family: "));
        String chart = refusal(GOOD.replace("\"view\": \"forget\"", "\"view\": \"forget\", \"chart\": \"pie\""));
        assertTrue(
                chart.contains("steps[1].setup.chart: no chart pie; the charts are drift, cost, before-after"), chart);
        assertEquals(
                "cost",
                LessonParser.parse(
                                "x.json",
                                GOOD.replace("\"view\": \"forget\"", "\"view\": \"forget\", \"chart\": \"cost\""),
                                SAMPLES)
                        .steps()
                        .get(1)
                        .setup()
                        .chart());
        String option = refusal(GOOD.replace("shards=5", "shardz=5"));
        assertTrue(option.startsWith("x.json line 10, column 70: steps[1].setup.options: "), option);
        assertTrue(option.contains("shardz"), option);
        assertTrue(refusal(GOOD.replace("\"dataset\": \"penguins\"", "\"dataset\": \"pengiuns\""))
                .contains("steps[1].setup.dataset: no sample dataset named \"pengiuns\""));
        assertTrue(refusal(GOOD.replace("\"seed\": 7", "\"seed\": \"seven\""))
                .contains("steps[1].setup.seed: the seed must be a whole number"));
        assertTrue(refusal(GOOD.replace("\"pick\": \"1, 4-6\"", "\"pick\": \"1, four\""))
                .contains("steps[1].setup.pick: row ids are written \"12, 40-45\""));
        assertTrue(refusal(GOOD.replace("\"view\": \"forget\"", "\"view\": \"forgot\""))
                .contains("steps[1].setup.view: no view forgot"));
        assertTrue(refusal(GOOD.replace("\"train\": true", "\"train\": false"))
                .contains("steps[1].setup.forget: forgetting in a setup needs \"train\": true first"));
    }

    @Test
    void aCheckWithoutAnActionAndAFieldGivenTwiceAreRefused() {
        assertTrue(refusal(GOOD.replace("\"action\": \"Press Train.\",", ""))
                .contains("steps[1].check: a step with a check needs an \"action\""));
        assertTrue(refusal("{\"title\": \"A\", \"title\": \"B\"}").contains("title: \"title\" twice"));
    }

    @Test
    void aLibraryReadsEveryLessonInOrderAndKeepsOneLinePerBadFile(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("02-b.json"), GOOD);
        Files.writeString(folder.resolve("01-a.json"), GOOD.replace("\"SISA\"", "\"First\""));
        Files.writeString(folder.resolve("03-bad.json"), "{");
        Files.writeString(folder.resolve("notes.txt"), "not a lesson");

        LessonLibrary library = LessonLibrary.read(folder, SAMPLES);

        assertEquals(
                List.of("First", "SISA"),
                library.lessons().stream().map(Lesson::title).toList());
        assertEquals(1, library.problems().size());
        assertTrue(
                library.problems().get(0).startsWith("03-bad.json line 1, column 2: not JSON"),
                library.problems().get(0));
        assertFalse(
                LessonLibrary.read(folder.resolve("none"), SAMPLES).problems().size() > 0);
    }
}
