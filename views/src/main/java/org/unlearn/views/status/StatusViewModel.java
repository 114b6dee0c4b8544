package org.unlearn.views.status;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.unlearn.model.family.Families;
import org.unlearn.model.forget.Provenance;
import org.unlearn.views.common.BackgroundWork;
import org.unlearn.views.common.Figures;

/**
 * What the status bar says: the background work (message, progress, Cancel), the current model and its
 * provenance debt (approximate requests since it last equalled an exact retrain), and the memory in use.
 */
public final class StatusViewModel {
    private final BackgroundWork work;
    private final StringExpression model;
    private final StringExpression debt;
    private final BooleanExpression exact;
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper("");
    private final Supplier<MemoryUse> memoryReading;

    /**
     * @param provenance the current model's provenance, null while there is no model
     * @param memoryReading how much memory is in use, sampled when {@link #sampleMemory} is called
     */
    public StatusViewModel(
            BackgroundWork work, ObservableValue<Provenance> provenance, Supplier<MemoryUse> memoryReading) {
        this(work, provenance, memoryReading, new javafx.beans.property.SimpleStringProperty(""));
    }

    /**
     * @param instead a model to name instead of the provenance's while it is not empty (a compliance session's,
     *                whose model is always exact: each request is consolidated)
     */
    public StatusViewModel(
            BackgroundWork work,
            ObservableValue<Provenance> provenance,
            Supplier<MemoryUse> memoryReading,
            ObservableValue<String> instead) {
        this.work = Objects.requireNonNull(work);
        this.memoryReading = Objects.requireNonNull(memoryReading);
        java.util.function.BooleanSupplier other =
                () -> instead.getValue() != null && !instead.getValue().isEmpty();
        model = Bindings.createStringBinding(
                () -> other.getAsBoolean() ? instead.getValue() : describe(provenance.getValue()), provenance, instead);
        debt = Bindings.createStringBinding(
                () -> other.getAsBoolean() ? "exact" : debtOf(provenance.getValue()), provenance, instead);
        exact = Bindings.createBooleanBinding(
                () -> other.getAsBoolean()
                        || (provenance.getValue() != null
                                && provenance.getValue().isExact()),
                provenance,
                instead);
        sampleMemory();
    }

    /** "Q-k-means · seed 42 · 343 rows", or "No model" before training. */
    static String describe(Provenance p) {
        if (p == null) {
            return "No model";
        }
        String family = Families.all().stream()
                .filter(f -> f.code().equals(p.family()))
                .map(f -> f.title())
                .findFirst()
                .orElse(p.family());
        return family + " · seed " + p.seed() + " · " + Figures.rows(p.trainingRows());
    }

    /** "exact", or "3 approximate requests since the last exact model"; empty without a model. */
    static String debtOf(Provenance p) {
        if (p == null) {
            return "";
        }
        int n = p.requestsSinceExact();
        return p.isExact()
                ? "exact"
                : Figures.count(n) + (n == 1 ? " approximate request" : " approximate requests")
                        + " since the last exact model";
    }

    /** Reads the memory in use again; the view calls it every few seconds. */
    public void sampleMemory() {
        memory.set("Memory " + memoryReading.get().readable());
    }

    public BackgroundWork work() {
        return work;
    }

    public StringExpression modelProperty() {
        return model;
    }

    public StringExpression debtProperty() {
        return debt;
    }

    /** True while the current model equals what an exact retrain would give (no debt). */
    public BooleanExpression exactProperty() {
        return exact;
    }

    /** "Memory 212 MB of 2,048 MB", as last sampled. */
    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }
}
