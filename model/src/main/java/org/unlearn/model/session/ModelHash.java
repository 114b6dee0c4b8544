package org.unlearn.model.session;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.unlearn.model.forget.Clusterer;
import org.unlearn.model.forget.Digestible;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.UnlearningModel;

/**
 * A model's content hash: SHA-256 over its learned numbers bit for bit (a linear model's θ, the
 * centroids, or what a Digestible model hands over:
 * every SISA constituent's state, every DaRE node's split and counts), so two models hash alike exactly when their parameters do.
 */
public final class ModelHash {
    private ModelHash() {}

    public static String of(UnlearningModel<?> model) {
        MessageDigest sha = sha();
        sha.update(model.provenance().family().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (model instanceof Parametric p) {
            add(sha, p.parameters());
        } else if (model instanceof Clusterer c) {
            for (double[] centroid : c.centroids()) {
                add(sha, centroid);
            }
        } else if (model instanceof Digestible d) {
            d.content(values -> add(sha, values));
        } else {
            throw new IllegalArgumentException(
                    "no content hash for " + model.getClass().getSimpleName());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, double[] values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length + 4);
        b.putInt(values.length);
        for (double v : values) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        sha.update(b.array());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
