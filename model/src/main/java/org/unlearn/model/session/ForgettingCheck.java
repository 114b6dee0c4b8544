package org.unlearn.model.session;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The checks of "verify forgetting": no forgotten row in the data copy (by id, and by the keyed digest of its
 * cells under any id), the model held is the one the last request kept, and it equals a model trained from
 * scratch on the copy (so the stored state holds nothing a model that never saw the forgotten rows lacks).
 */
final class ForgettingCheck {
    private ForgettingCheck() {}

    /** Each check, true when it passed, and "passed" when all did. */
    static Map<String, Object> run(Loaded l, Manifest manifest, byte[] key) {
        Set<Object> forgottenDigests = new HashSet<>();
        for (Map<String, Object> r : manifest.requests()) {
            if (r.get("row_digests") instanceof List<?> digests && !"queued".equals(r.get("status"))) {
                forgottenDigests.addAll(digests);
            }
        }
        boolean idsGone =
                Arrays.stream(manifest.forgotten()).allMatch(id -> l.data().positionOf(id) < 0);
        boolean contentGone = true;
        for (int p = 0; p < l.data().rowCount() && contentGone; p++) {
            contentGone =
                    !forgottenDigests.contains(AuditLog.rowDigest(key, l.data().rowText(p)));
        }
        String modelNow = ModelHash.of(l.model().model);
        Object expected = null;
        for (Map<String, Object> r : manifest.requests()) {
            if (r.get("model_kept") != null) {
                expected = r.get("model_kept");
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("forgotten_rows", manifest.forgotten().length);
        fields.put("ids_absent", idsGone);
        fields.put("contents_absent", contentGone);
        fields.put("model", modelNow);
        fields.put("model_as_recorded", expected == null || expected.equals(modelNow));
        fields.put("log_intact", true);
        boolean asTrained = ModelHash.of(retrain(l.model())).equals(modelNow);
        fields.put("model_equals_retrain", asTrained);
        fields.put("passed", idsGone && contentGone && asTrained && (expected == null || expected.equals(modelNow)));
        return fields;
    }

    private static <M extends UnlearningModel<M>> M retrain(SessionModel<M> m) {
        return m.family.train(m.train, m.seed, Progress.NONE);
    }
}
