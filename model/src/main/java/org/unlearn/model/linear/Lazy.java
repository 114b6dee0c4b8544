package org.unlearn.model.linear;

import java.util.function.Supplier;

/** A value worked out once, on first use, and shared by every model that holds it. */
final class Lazy<T> {
    private Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    static <T> Lazy<T> of(T value) {
        Lazy<T> l = new Lazy<>(null);
        l.value = value;
        return l;
    }

    /** True once the value has been worked out. */
    boolean ready() {
        return value != null;
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
