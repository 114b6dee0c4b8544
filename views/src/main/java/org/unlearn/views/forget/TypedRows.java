package org.unlearn.views.forget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.views.common.Figures;

/**
 * Row ids as a person types them ("12, 40-45"), read against the rows a model still holds. A single id
 * must be there; a range picks the rows it still holds and says how many of its ids it left out.
 *
 * @param picked  the rows read, or null when the text could not be read
 * @param message why the text could not be read, or what a range left out; empty when there is nothing to say
 */
record TypedRows(RowSelection picked, String message) {
    /** A range longer than this is refused rather than walked id by id. */
    private static final long MAX_SPAN = 1_000_000;

    static TypedRows read(String text, TrainingSet rows) {
        return read(text, rows, null);
    }

    /**
     * @param heldOut rows held out to score the model, which may be picked too (forgetting one takes it out
     *                of the evaluation set); null when there are none
     */
    static TypedRows read(String text, TrainingSet rows, TrainingSet heldOut) {
        java.util.function.IntPredicate pickable = id -> rows.contains(id) || (heldOut != null && heldOut.contains(id));
        List<Integer> ids = new ArrayList<>();
        long leftOut = 0;
        for (String part : text.replaceAll("\\s*[-–]\\s*", "-").split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-', 1);
            if (dash > 0) {
                Integer from = number(part.substring(0, dash));
                Integer to = number(part.substring(dash + 1));
                if (from == null || to == null) {
                    return refused("\"" + part + "\" is not a range of row ids (write it like 40-45)");
                }
                if (to < from) {
                    return refused("\"" + part + "\" runs backwards; write " + to + "-" + from);
                }
                if ((long) to - from >= MAX_SPAN) {
                    return refused("\"" + part + "\" spans more than " + Figures.count(MAX_SPAN) + " ids");
                }
                for (int id = from; id <= to && id >= from; id++) {
                    if (pickable.test(id)) {
                        ids.add(id);
                    } else {
                        leftOut++;
                    }
                }
            } else {
                Integer id = number(part);
                if (id == null) {
                    return refused("\"" + part + "\" is not a row id");
                }
                if (!pickable.test(id)) {
                    return refused("row " + id + " is not among the model's rows" + span(rows));
                }
                ids.add(id);
            }
        }
        RowSelection picked =
                RowSelection.of(ids.stream().mapToInt(Integer::intValue).toArray());
        String note = leftOut == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        "%s in the typed ranges %s not among the model's rows and %s left out",
                        Figures.rows(leftOut),
                        leftOut == 1 ? "is" : "are",
                        leftOut == 1 ? "was" : "were");
        return new TypedRows(picked, note);
    }

    private static TypedRows refused(String message) {
        return new TypedRows(null, message);
    }

    /** "(already forgotten, or never read; ids run 1–344)": where to look instead. */
    private static String span(TrainingSet rows) {
        if (rows.size() == 0) {
            return "";
        }
        return " (forgotten already, or never read; ids run " + rows.rowId(0) + "–" + rows.rowId(rows.size() - 1) + ")";
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
