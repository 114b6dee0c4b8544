package org.unlearn.views.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.unlearn.model.forget.Provenance;
import org.unlearn.model.kmeans.QKMeans;
import org.unlearn.views.common.ImmediateWork;

/** What the status bar says of the current model, its provenance debt and the memory, from real provenances. */
class StatusViewModelTest {
    private static final long MB = 1024 * 1024;
    private final SimpleObjectProperty<Provenance> current = new SimpleObjectProperty<>();
    private final AtomicLong used = new AtomicLong(212 * MB);
    private final StatusViewModel status =
            new StatusViewModel(new ImmediateWork(), current, () -> new MemoryUse(used.get(), 2048 * MB));

    @Test
    void withoutAModelItSaysSoAndNoDebt() {
        assertEquals("No model", status.modelProperty().get());
        assertEquals("", status.debtProperty().get());
        assertFalse(status.exactProperty().get());
    }

    @Test
    void aTrainedModelIsExactAndNamedByFamilySeedAndRows() {
        current.set(Provenance.trained(QKMeans.FAMILY, 42, 344, Duration.ofMillis(60)));
        assertEquals("Q-k-means · seed 42 · 344 rows", status.modelProperty().get());
        assertEquals("exact", status.debtProperty().get());
        assertTrue(status.exactProperty().get());
    }

    @Test
    void approximateRequestsAddToTheDebtAndAnExactOneClearsIt() {
        Provenance trained = Provenance.trained(QKMeans.FAMILY, 7, 344, Duration.ZERO);
        Provenance one = trained.child("newton", new int[] {3}, 343, false, Duration.ZERO);
        current.set(one);
        assertEquals(
                "1 approximate request since the last exact model",
                status.debtProperty().get());
        assertFalse(status.exactProperty().get());

        Provenance three = one.child("newton", new int[] {4}, 342, false, Duration.ZERO)
                .child("newton", new int[] {5, 6}, 340, false, Duration.ZERO);
        current.set(three);
        assertEquals(
                "3 approximate requests since the last exact model",
                status.debtProperty().get());
        assertEquals("Q-k-means · seed 7 · 340 rows", status.modelProperty().get());

        current.set(three.child("retrain", new int[0], 340, true, Duration.ZERO));
        assertEquals("exact", status.debtProperty().get());
        assertTrue(status.exactProperty().get());
    }

    @Test
    void anUnknownFamilyIsNamedByItsCode() {
        current.set(Provenance.trained("experimental", 1, 10, Duration.ZERO));
        assertEquals("experimental · seed 1 · 10 rows", status.modelProperty().get());
    }

    @Test
    void memoryIsReadWhenSampled() {
        assertEquals("Memory 212 MB of 2,048 MB", status.memoryProperty().get());
        used.set(1500 * MB);
        assertEquals("Memory 212 MB of 2,048 MB", status.memoryProperty().get(), "only sampling reads it again");
        status.sampleMemory();
        assertEquals("Memory 1,500 MB of 2,048 MB", status.memoryProperty().get());
    }

    @Test
    void theRuntimeReadingIsPlausible() {
        MemoryUse now = MemoryUse.ofRuntime();
        assertTrue(now.used() > 0 && now.used() <= now.max(), now.toString());
    }
}
