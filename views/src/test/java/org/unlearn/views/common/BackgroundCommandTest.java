package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.unlearn.model.BadInputException;

class BackgroundCommandTest {
    private final ImmediateWork work = new ImmediateWork();
    private final BooleanProperty allowed = new SimpleBooleanProperty(true);
    private final List<Outcome<Integer>> outcomes = new ArrayList<>();
    private final BackgroundCommand<String, Integer> parse = new BackgroundCommand<>(
            work,
            allowed,
            s -> "Parse " + s,
            s -> progress -> {
                try {
                    return Integer.parseInt(s);
                } catch (NumberFormatException e) {
                    throw new BadInputException("\"" + s + "\" is not a whole number");
                }
            },
            outcomes::add);

    BackgroundCommandTest() {
        work.hold();
    }

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
        BackgroundCommand<String, Integer> broken = new BackgroundCommand<>(
                work,
                allowed,
                s -> "Break",
                s -> progress -> {
                    throw new IllegalStateException("a bug");
                },
                outcomes::add);
        broken.execute("x");
        work.runHeld();

        Outcome.Failed<?> failed = assertInstanceOf(Outcome.Failed.class, outcomes.get(0));
        assertEquals("a bug", failed.cause().getMessage());
    }
}
