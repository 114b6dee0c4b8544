package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's summary, in its own help and in the list of commands, is a whole sentence. */
class HelpSummariesTest {
    @ParameterizedTest
    @ValueSource(strings = {"bench", "deletion-table"})
    void theSummaryEndsitsSentence(String command) {
        CliRun help = CliRun.of(command, "--help");
        assertEquals(0, help.exitCode(), help.err());
        String first = help.out()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("Usage:"))
                .findFirst()
                .orElseThrow();
        assertTrue(first.strip().endsWith("."), "the first line of " + command + " --help: " + first);

        CliRun all = CliRun.of("--help");
        String listed = all.out()
                .lines()
                .filter(l -> l.strip().startsWith(command + " "))
                .findFirst()
                .orElseThrow();
        assertTrue(listed.strip().endsWith("."), "listed as: " + listed);
    }
}
