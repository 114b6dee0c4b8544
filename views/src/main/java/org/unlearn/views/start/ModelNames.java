package org.unlearn.views.start;

import java.util.Locale;
import java.util.Map;
import org.unlearn.model.kmeans.DCKMeans;
import org.unlearn.model.kmeans.LloydKMeans;
import org.unlearn.model.kmeans.QKMeans;

/** Readable names for the catalogue's model codes, which are the command line's {@code --model} values. */
final class ModelNames {
    private static final Map<String, String> NAMES = Map.of(
            LloydKMeans.FAMILY, "k-means",
            QKMeans.FAMILY, "Q-k-means (quantized)",
            DCKMeans.FAMILY, "DC-k-means (divide and conquer)",
            "sisa", "SISA ensemble",
            "logreg", "logistic regression",
            "ridge", "ridge regression");

    private ModelNames() {
    }

    static String readable(String code) {
        return NAMES.getOrDefault(code.toLowerCase(Locale.ROOT).strip(), code);
    }
}
