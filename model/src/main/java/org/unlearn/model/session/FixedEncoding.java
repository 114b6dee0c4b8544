package org.unlearn.model.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unlearn.model.audit.AuditLog;
import org.unlearn.model.data.Column;
import org.unlearn.model.data.ColumnType;
import org.unlearn.model.data.Dataset;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.EncodingStep;

/**
 * The encoding a session's model was trained with, fitted once on the rows the session began with and kept
 * in the session file: every later data copy is encoded with it, so a forget continues from the stored model
 * (its rows keep the numbers they were trained with) instead of retraining on a re-fitted encoding. A
 * forgotten row's share of a column's mean stays in it, as {@link Encoding} says of fixed preprocessing.
 *
 * <p>What the file holds of it is no row's value once the row is forgotten: a category (or class) that no
 * remaining row has is written as a keyed digest instead of its text. No remaining cell reads as that digest,
 * so every remaining row encodes to the same numbers, and the model's features keep their places.
 */
final class FixedEncoding {
    private static final String FORGOTTEN = "(forgotten value ";

    private FixedEncoding() {}

    static Map<String, Object> toMap(Encoding e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (EncodingStep s : e.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("column", s.column());
            if (s instanceof EncodingStep.Scale scale) {
                step.put("step", "scale");
                step.put("type", scale.type().name());
                step.put("fill", scale.fill());
                step.put("mean", scale.mean());
                step.put("scale", scale.scale());
            } else if (s instanceof EncodingStep.OneHot oneHot) {
                step.put("step", "one-hot");
                step.put("levels", oneHot.levels());
                step.put("fill", oneHot.fill());
            } else if (s instanceof EncodingStep.Drop drop) {
                step.put("step", "drop");
                step.put("reason", drop.reason());
            }
            steps.add(step);
        }
        m.put("steps", steps);
        m.put("label", e.labelColumn());
        m.put("classes", e.labelColumn() == null || !e.classifies() ? null : e.classes());
        return m;
    }

    /**
     * SHA-256 of the encoding's canonical JSON ({@link #toMap}), or null for none: recorded in the session file
     * and in the log entry of each change that set it, so an edit of the kept encoding is caught on opening.
     */
    static String sha256(Encoding e) {
        return e == null
                ? null
                : DataCopy.sha256(
                        org.unlearn.model.util.Json.write(toMap(e)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Encoding fromMap(Map<String, Object> m) {
        List<EncodingStep> steps = new ArrayList<>();
        for (Object o : (List<Object>) m.get("steps")) {
            Map<String, Object> s = (Map<String, Object>) o;
            String column = (String) s.get("column");
            steps.add(
                    switch ((String) s.get("step")) {
                        case "scale" ->
                            new EncodingStep.Scale(
                                    column,
                                    ColumnType.valueOf((String) s.get("type")),
                                    ((Number) s.get("fill")).doubleValue(),
                                    ((Number) s.get("mean")).doubleValue(),
                                    ((Number) s.get("scale")).doubleValue());
                        case "one-hot" ->
                            new EncodingStep.OneHot(column, (List<String>) s.get("levels"), (String) s.get("fill"));
                        case "drop" -> new EncodingStep.Drop(column, (String) s.get("reason"));
                        default -> throw new IllegalArgumentException("encoding step " + s.get("step"));
                    });
        }
        List<String> classes = (List<String>) m.get("classes");
        return Encoding.of((String) m.get("source"), steps, (String) m.get("label"), classes);
    }

    /**
     * The encoding with every category and class that no row of {@code remaining} has written as a keyed
     * digest; the remaining rows encode as before.
     */
    static Encoding withoutAbsentValues(Encoding e, Dataset remaining, byte[] key) {
        List<EncodingStep> steps = new ArrayList<>();
        for (EncodingStep s : e.steps()) {
            if (s instanceof EncodingStep.OneHot oneHot) {
                Set<String> present = texts(remaining.column(oneHot.column()));
                List<String> levels = oneHot.levels().stream()
                        .map(l -> kept(l, present, oneHot.column(), key))
                        .toList();
                steps.add(new EncodingStep.OneHot(
                        oneHot.column(), levels, kept(oneHot.fill(), present, oneHot.column(), key)));
            } else {
                steps.add(s);
            }
        }
        List<String> classes = null;
        if (e.labelColumn() != null && e.classifies()) {
            Set<String> present = texts(remaining.column(e.labelColumn()));
            classes = e.classes().stream()
                    .map(c -> kept(c, present, e.labelColumn(), key))
                    .toList();
        }
        return Encoding.of(e.source(), steps, e.labelColumn(), classes);
    }

    private static String kept(String value, Set<String> present, String column, byte[] key) {
        return present.contains(value) || value.startsWith(FORGOTTEN)
                ? value
                : FORGOTTEN
                        + AuditLog.textDigest(key, column + "\u0000" + value).substring(0, 16) + ")";
    }

    private static Set<String> texts(Column c) {
        Set<String> out = new HashSet<>();
        for (int p = 0; p < c.size(); p++) {
            out.add(c.text(p));
        }
        return out;
    }
}
