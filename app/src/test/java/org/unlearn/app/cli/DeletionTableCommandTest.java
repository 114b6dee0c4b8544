package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code deletion-table}: one cell per k and row kind, every method measured against the retrain. */
class DeletionTableCommandTest {
    private static String sample(String name) {
        return Path.of(System.getProperty("unlearn.sample.data", "../sample-data"), name)
                .toString();
    }

    @Test
    void everyCellHasEveryMethod() {
        CliRun run = CliRun.of(
                "deletion-table",
                sample("employee_attrition.csv"),
                "--label",
                "Attrition",
                "--model",
                "logreg",
                "--ks",
                "1,5",
                "--repeat",
                "1",
                "--fit",
                "--seed",
                "2",
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode cells = CliJson.field(run.out(), "cells");
        assertEquals(4, cells.size(), run.out());
        int distances = 0;
        int fits = 0;
        for (JsonNode cell : cells) {
            assertTrue(cell.get("rows").asText().matches("typical|outlying"), cell.toString());
            for (JsonNode method : cell.get("methods")) {
                distances += method.has("param_distance") ? 1 : 0;
                fits += method.has("fit") ? 1 : 0;
            }
            assertTrue(cell.get("methods").get("newton").get("param_distance").asDouble() < 0.2, cell.toString());
        }
        assertEquals(12, distances, run.out());
        assertEquals(6, fits, run.out());
    }

    @Test
    void refusesOtherModels() {
        CliRun run = CliRun.of("deletion-table", sample("iris.csv"), "--label", "target", "--model", "kmeans");
        assertEquals(2, run.exitCode());
        assertEquals(
                "error: the deletion table is for --model logreg or ridge, not kmeans",
                run.err().strip());
        CliRun ks =
                CliRun.of("deletion-table", sample("iris.csv"), "--label", "target", "--model", "logreg", "--ks", "-1");
        assertEquals(2, ks.exitCode());
        assertEquals(
                "error: --ks: a request forgets 1 row or more, not -1", ks.err().strip());
    }
}
