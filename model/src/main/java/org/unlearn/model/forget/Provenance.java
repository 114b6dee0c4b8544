package org.unlearn.model.forget;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a model came from: trained from scratch, or made from a parent by forgetting rows. Every model
 * carries one, so any result can be traced back and reproduced (same data, same seed, same requests).
 *
 * @param id                 this model's identity
 * @param parentId           the model it was made from by forgetting, or null when trained from scratch
 * @param family             the model family ("qkmeans", "sisa", "logreg", ...)
 * @param method             how it was made: "train", or the unlearning method ("retrain", "certified", "newton", ...)
 * @param seed               the seed of the training it descends from
 * @param forgotten          the row ids forgotten in this step (empty for training)
 * @param totalForgotten     rows forgotten since the original training
 * @param trainingRows       rows the model reflects now
 * @param requestsSinceExact approximate requests since the model last equalled an exact retrain (its "debt")
 * @param created            when it was made
 * @param elapsed            how long making it took
 */
public record Provenance(
        String id,
        String parentId,
        String family,
        String method,
        long seed,
        int[] forgotten,
        int totalForgotten,
        int trainingRows,
        int requestsSinceExact,
        Instant created,
        Duration elapsed) {
    public Provenance {
        forgotten = forgotten.clone();
    }

    @Override
    public int[] forgotten() {
        return forgotten.clone();
    }

    /** The provenance of a model trained from scratch. */
    public static Provenance trained(String family, long seed, int trainingRows, Duration elapsed) {
        return new Provenance(
                newId(), null, family, "train", seed, new int[0], 0, trainingRows, 0, Instant.now(), elapsed);
    }

    /**
     * The provenance of a model made from this one by forgetting rows.
     *
     * @param exact whether the new model equals a from-scratch retrain (resets the debt)
     */
    public Provenance child(String childMethod, int[] rows, int childTrainingRows, boolean exact, Duration took) {
        return new Provenance(
                newId(),
                id,
                family,
                childMethod,
                seed,
                rows,
                totalForgotten + rows.length,
                childTrainingRows,
                exact ? 0 : requestsSinceExact + 1,
                Instant.now(),
                took);
    }

    /** True when this model is an exact model: trained, or forgotten-from exactly with no debt. */
    public boolean isExact() {
        return requestsSinceExact == 0;
    }

    /**
     * Twelve hex digits (48 random bits): an identity, not a secret, so a fast generator serves; a
     * SecureRandom draw would cost more than a certified deletion itself.
     */
    private static String newId() {
        long bits = ThreadLocalRandom.current().nextLong();
        char[] hex = new char[12];
        for (int i = 0; i < hex.length; i++) {
            hex[i] = Character.forDigit((int) (bits >>> (4 * i)) & 0xF, 16);
        }
        return new String(hex);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return family + " " + id + " (" + method + (parentId == null ? "" : " from " + parentId) + ", seed " + seed
                + ", " + trainingRows + " rows, " + totalForgotten + " forgotten)";
    }
}
