package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code deletion-table}: one cell per k and row kind, every method measured against the retrain. */
class DeletionTableCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name).toString();
    }

    @Test
    void everyCellHasEveryMethod() {
        CliRun run = CliRun.of("deletion-table", sample("employee_attrition.csv"), "--label", "Attrition", "--model",
                "logreg", "--ks", "1,5", "--repeat", "1", "--fit", "--seed", "2", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String json = run.out();
        assertEquals(4, count(json, "\"rows\":\"(typical|outlying)\""), json);
        assertEquals(12, count(json, "\"param_distance\":"), json);
        assertEquals(6, count(json, "\"fit\":"), json);
        Matcher newton = Pattern.compile("\"newton\":\\{\"ms\":[^,]+,\"speedup\":[^,]+,\"param_distance\":([0-9.Ee-]+)")
                .matcher(json);
        while (newton.find()) {
            assertTrue(Double.parseDouble(newton.group(1)) < 0.2, json);
        }
    }

    @Test
    void refusesOtherModels() {
        CliRun run = CliRun.of("deletion-table", sample("iris.csv"), "--label", "target", "--model", "kmeans");
        assertEquals(2, run.exitCode());
        assertEquals("error: the deletion table is for --model logreg or ridge, not kmeans", run.err().strip());
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
