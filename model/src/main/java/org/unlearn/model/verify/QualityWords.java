package org.unlearn.model.verify;

import java.util.Locale;

/**
 * A quality figure's name for people, from its code in the record ("kmeans_loss" is the k-means loss): the
 * window's header, its audit view and the certificates all name it from here, so they name it alike. The
 * codes themselves stay as they are in the command line's JSON and the session's record.
 */
public final class QualityWords {
    private QualityWords() {}

    /** "k-means loss", "mean squared error", "accuracy"; any other code with its underscores as spaces. */
    public static String of(Object code) {
        String s = String.valueOf(code);
        return switch (s) {
            case "kmeans_loss" -> "k-means loss";
            case "mse" -> "mean squared error";
            default -> s.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
