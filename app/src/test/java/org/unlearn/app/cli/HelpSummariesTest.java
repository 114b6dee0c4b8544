package org.unlearn.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bench",
                "deletion-table",
                "session",
                "session create",
                "session rebuild",
                "forget",
                "certificate",
                "log",
                "export-data"
            })
    void theDescriptionIsWholeParagraphsAndItsFirstSentenceIsListed(String command) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";
        CliRun help = CliRun.of(args);
        assertEquals(0, help.exitCode(), help.err());
        List<String> lines = help.out().lines().toList();
        int start = lines.indexOf(lines.stream()
                        .filter(l -> l.startsWith("Usage:"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        while (start < lines.size() && lines.get(start).startsWith(" ")) {
            start++;
        }
        int end = start;
        while (end < lines.size()
                && !lines.get(end).isBlank()
                && !lines.get(end).startsWith(" ")) {
            end++;
        }
        assertTrue(end > start, command + " --help has a description: " + help.out());
        // a paragraph cut mid-sentence (a description written as several fixed lines) ends a short line without
        // a full stop; a wrapped one fills its line
        for (int i = start; i < end; i++) {
            String line = lines.get(i).strip();
            assertTrue(
                    line.endsWith(".") || (i + 1 < end && line.length() >= 60),
                    command + " --help breaks a sentence at: " + line + "\n" + help.out());
        }
        String parent = words.length == 1 ? "" : words[0];
        String name = words[words.length - 1];
        String listed = (parent.isEmpty() ? CliRun.of("--help") : CliRun.of(parent, "--help"))
                .out()
                .lines()
                .filter(l -> l.strip().startsWith(name + " "))
                .findFirst()
                .orElseThrow();
        assertTrue(listed.strip().endsWith("."), "listed as: " + listed);
    }
}
