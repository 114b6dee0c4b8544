package org.unlearn.model.linear;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** A value worked out once, on first use, and shared by every model that holds it. */
final class Lazy<T> {
    private volatile Supplier<T> supplier;
    private final LongSupplier cost;
    private volatile T value;

    /** @param cost the multiply-adds working it out would take now (it may depend on other lazy values) */
    Lazy(Supplier<T> supplier, LongSupplier cost) {
        this.supplier = supplier;
        this.cost = cost;
    }

    static <T> Lazy<T> of(T value) {
        Lazy<T> l = new Lazy<>(null, () -> 0);
        l.value = value;
        return l;
    }

    /** Multiply-adds {@link #get()} would spend: 0 once worked out. */
    long pendingCost() {
        return ready() ? 0 : cost.getAsLong();
    }

    /** True once the value has been worked out. */
    boolean ready() {
        return value != null;
    }

    /** How the value is worked out, while it is not: null once it is. */
    Supplier<T> recipe() {
        return supplier;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = supplier.get();
                    value = v;
                    supplier = null;
                }
            }
        }
        return v;
    }
}
