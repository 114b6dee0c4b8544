package org.unlearn.views.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.unlearn.model.data.CsvReader;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.util.Progress;
import org.unlearn.views.TestFiles;

class OutcomeTest {
    private static Progress cancelledWhen(AtomicBoolean flag) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {}

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
    }

    @Test
    void aReadThatFinishesIsASuccess() {
        Outcome<Dataset> o = Outcome.capture(p -> CsvReader.read(TestFiles.sample("iris.csv"), p), Progress.NONE);
        Outcome.Succeeded<?> done = assertInstanceOf(Outcome.Succeeded.class, o);
        assertEquals(150, ((Dataset) done.value()).rowCount());
    }

    @Test
    void aRefusedFileIsARefusalWithTheEnginesOneLine() {
        Outcome<Dataset> o = Outcome.capture(p -> CsvReader.read(TestFiles.bad("ragged.csv"), p), Progress.NONE);
        assertEquals(new Outcome.Refused<Dataset>("ragged.csv line 3: 2 fields, expected 3"), o);
    }

    @Test
    void aReadStoppedByCancellationIsCancelled() {
        Outcome<Dataset> o = Outcome.capture(
                p -> CsvReader.read(TestFiles.sample("statlog_shuttle.csv.gz"), p),
                cancelledWhen(new AtomicBoolean(true)));
        assertInstanceOf(Outcome.Cancelled.class, o);
    }

    @Test
    void aResultThatArrivesAfterCancelIsNotKept() {
        AtomicBoolean cancelled = new AtomicBoolean(false);
        Outcome<Dataset> o = Outcome.capture(
                p -> {
                    Dataset d = CsvReader.read(TestFiles.sample("iris.csv"), p);
                    cancelled.set(true); // the user pressed Cancel just as the read ended
                    return d;
                },
                cancelledWhen(cancelled));
        assertInstanceOf(Outcome.Cancelled.class, o);
    }
}
