package org.unlearn.views.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlearn.model.session.ErasureRequest;
import org.unlearn.views.TestFiles;
import org.unlearn.views.common.ImmediateWork;

/** A finished request leaves its own line on the status bar, never its last step ("Feature injection"). */
class AuditWorkLineTest {
    private final ImmediateWork work = new ImmediateWork();
    private final AuditViewModel audit = new AuditViewModel(work);

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        audit.closeSession();
    }

    @Test
    void anApproximateRequestEndsOnWhatItDidNotOnItsLastCheck() {
        audit.create(tmp.resolve("s"), TestFiles.sample("credit_data.csv"), "Status", "logreg");
        assertTrue(audit.openProperty().get(), () -> "not opened: " + work.outcomes());
        audit.rowsProperty().set("1-20");
        audit.methodProperty().set(ErasureRequest.Method.APPROXIMATE);
        audit.forget();
        assertEquals(1, audit.shownRequests().size(), audit.resultProperty().get());
        assertEquals("no", audit.shownRequests().get(0).exact(), "the feature-injection check ran last");
        String line = work.messageProperty().get();
        assertTrue(line.startsWith("r1: done, "), line);
    }
}
