package org.unlearn.app;

import java.util.ArrayList;
import java.util.List;

/** Remembers what the user would have been told, instead of opening dialogs. */
final class RecordingProblems implements ProblemReporter {
    private final List<String> told = new ArrayList<>();

    @Override
    public synchronized void refused(String heading, String line) {
        told.add("refused: " + heading + " | " + line);
    }

    @Override
    public synchronized void failed(String heading, String line) {
        told.add("failed: " + heading + " | " + line);
    }

    synchronized List<String> told() {
        return List.copyOf(told);
    }
}
