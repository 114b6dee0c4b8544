package org.unlearn.views.status;

/**
 * The Java heap in use and the most it may grow to, in bytes: what the status bar shows as memory.
 *
 * @param used the heap in use (total minus free), not counting what the collector has yet to reclaim
 * @param max  the heap's ceiling ({@code -Xmx})
 */
public record MemoryUse(long used, long max) {
    private static final long MB = 1024 * 1024;

    /** This JVM's heap now; cheap (three reads, no collection), so it can be sampled every few seconds. */
    public static MemoryUse ofRuntime() {
        Runtime runtime = Runtime.getRuntime();
        return new MemoryUse(runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory());
    }

    /** "212 MB of 2,048 MB". */
    public String readable() {
        return String.format(java.util.Locale.ROOT, "%,d MB of %,d MB", used / MB, max / MB);
    }
}
