package org.unlearn.views.forget;

import java.util.Arrays;
import java.util.Map;
import java.util.StringJoiner;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.views.common.Figures;

/** A family's own facts about a model's run ("iterations 3; leaves 16"), in words, as the family names them. */
final class FamilyFacts {
    private FamilyFacts() {}

    /** Every fact the model's family knows of its run, joined by "; ". */
    static String of(Fitted<?> fitted) {
        StringJoiner out = new StringJoiner("; ");
        for (Map.Entry<String, Object> fact : factsOf(fitted).entrySet()) {
            out.add(fact(fact.getKey(), fact.getValue()));
        }
        return out.toString();
    }

    private static <M extends UnlearningModel<M>> Map<String, Object> factsOf(Fitted<M> fitted) {
        return fitted.family().facts(fitted.model());
    }

    /** "iterations 12", and a yes-or-no fact in words: "stopped early: yes", not "stopped early true". */
    static String fact(String name, Object value) {
        String words = name.replace('_', ' ');
        if (value instanceof Boolean yes) {
            return words + ": " + (yes ? "yes" : "no");
        }
        return words + " " + shown(value);
    }

    private static String shown(Object value) {
        if (value instanceof int[] ints) {
            return Arrays.toString(ints);
        }
        if (value instanceof long[] longs) {
            return Arrays.toString(longs);
        }
        if (value instanceof double[] doubles) {
            return Arrays.toString(
                    Arrays.stream(doubles).mapToObj(Figures::value).toArray());
        }
        if (value instanceof Double d) {
            return Figures.value(d);
        }
        return String.valueOf(value);
    }
}
