package org.unlearn.model.util;

/**
 * How long work reports how far it has come and learns that it should stop. Plain Java, so the engine
 * needs no UI; the views adapt it to properties on the FX thread, the command line to nothing.
 */
public interface Progress {
    /** Work that nobody watches and nobody cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param fraction done so far, in [0, 1], or NaN when unknown
     * @param message  a short description of the current step, for a status line
     */
    void report(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was asked for; long loops call it often. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A view of this progress that maps [0, 1] of a sub-task onto [from, to] of this one. */
    default Progress range(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                parent.report(Double.isNaN(fraction) ? Double.NaN : from + (to - from) * fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
