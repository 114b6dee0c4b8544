package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;
import org.unlearn.model.util.Progress;

class BackgroundCommandTest {
    /** Holds submitted jobs until the test lets them run, so "running" can be seen. */
    private static final class HeldWork implements BackgroundWork {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> WorkTicket submit(String title, Job<T> job, Consumer<Outcome<T>> whenDone) {
            held.add(() -> whenDone.accept(Outcome.capture(job, Progress.NONE)));
            return () -> { };
        }

        void runHeld() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void cancel() {
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return new ReadOnlyBooleanWrapper().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper().getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return new ReadOnlyStringWrapper().getReadOnlyProperty();
        }
    }

    private final HeldWork work = new HeldWork();
    private final BooleanProperty allowed = new SimpleBooleanProperty(true);
    private final List<Outcome<Integer>> outcomes = new ArrayList<>();
    private final BackgroundCommand<String, Integer> parse = new BackgroundCommand<>(work, allowed, s -> "Parse " + s,
            s -> progress -> {
                try {
                    return Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw new BadInputException("\"" + s + "\" is not a whole number");
                }
            }, outcomes::add);

    @Test
    void runsFromSubmissionUntilItsOutcomeArrivesAndMeanwhileRefusesMore() {
        parse.execute("42");
        assertTrue(parse.runningProperty().get());
        assertFalse(parse.executableProperty().get());

        parse.execute("43");
        work.runHeld();

        assertFalse(parse.runningProperty().get());
        assertTrue(parse.executableProperty().get());
        assertEquals(List.of(new Outcome.Succeeded<>(42)), outcomes, "the second request came while running");
    }

    @Test
    void aRefusalEndsTheRunToo() {
        parse.execute("forty-two");
        work.runHeld();

        assertEquals(List.of(new Outcome.Refused<Integer>("\"forty-two\" is not a whole number")), outcomes);
        assertTrue(parse.executableProperty().get());
    }

    @Test
    void isNotExecutableWhileItsPreconditionFails() {
        allowed.set(false);
        parse.execute("42");
        work.runHeld();

        assertFalse(parse.executableProperty().get());
        assertTrue(outcomes.isEmpty());
        allowed.set(true);
        assertTrue(parse.executableProperty().get());
    }

    @Test
    void anUnexpectedExceptionIsAFailureNotARefusal() {
        BackgroundCommand<String, Integer> broken = new BackgroundCommand<>(work, allowed, s -> "Break", s -> progress -> {
            throw new IllegalStateException("a bug");
        }, outcomes::add);
        broken.execute("x");
        work.runHeld();

        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, outcomes.get(0));
        assertEquals("a bug", failed.cause().getMessage());
    }
}
