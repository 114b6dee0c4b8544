package org.unlearn.model.dare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlearn.model.dare.DareChanges.Change;
import org.unlearn.model.dare.DareChanges.Kind;

/** The one-line summaries the plan and the report show. */
class DareChangesTest {
    @Test
    void countsOnly() {
        DareChanges d = new DareChanges(
                2,
                List.of(
                        new Change(0, Kind.LEAF_UPDATE, 5, 40, 12),
                        new Change(1, Kind.RESAMPLE, 3, 9, 80),
                        new Change(1, Kind.LEAF_UPDATE, 6, 77, 3)));
        assertEquals("updates counts only, along one path in each of 2 trees (no subtree to regrow)", d.summary(false));
        DareChanges one = new DareChanges(1, List.of(new Change(0, Kind.COLLAPSE, 4, 20, 6)));
        assertEquals(
                "updated counts only, along one path in each of 1 tree (no subtree regrown); 1 node became a leaf",
                one.summary(true));
    }

    @Test
    void regrownSubtreesNameTheLargest() {
        DareChanges d = new DareChanges(
                100,
                List.of(
                        new Change(3, Kind.RETRAIN, 4, 17, 30),
                        new Change(3, Kind.RETRAIN, 6, 70, 4),
                        new Change(9, Kind.RETRAIN, 2, 5, 120),
                        new Change(11, Kind.COLLAPSE, 7, 200, 2),
                        new Change(12, Kind.COLLAPSE, 7, 201, 2)));
        assertEquals(
                "retrains 3 subtrees in 2 of 100 trees (the largest at depth 2, 120 rows); updates counts in the"
                        + " other 98; 2 nodes become leaves",
                d.summary(false));
        assertEquals(2, d.treesRetrained());
        assertEquals(2, d.of(3).size());
    }
}
