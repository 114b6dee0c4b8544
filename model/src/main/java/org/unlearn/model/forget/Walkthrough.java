package org.unlearn.model.forget;

import java.util.List;

/**
 * A forget request told step by step, as the engine did it: each step a title, a paragraph in plain words and
 * the facts a view draws where the step happens (shard and slice cells, centroid cells per iteration, tree
 * nodes, figures).
 *
 * @param title what the request was, in one line ("SISA: forgetting 3 rows")
 * @param steps at least one, in the order the engine took them
 */
public record Walkthrough(String title, List<Step> steps) {
    public Walkthrough {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a walkthrough has at least one step");
        }
    }

    /**
     * The steps of a request: the family's own when its record can tell them, otherwise the report's summary
     * as one step (a family that records nothing more).
     */
    public static Walkthrough of(ForgetReport report) {
        if (report.detail() instanceof Steppable steppable) {
            return steppable.walkthrough(report);
        }
        return new Walkthrough(
                "Forgetting " + rows(report.rowIds().length),
                List.of(Step.of(
                        "What the engine did",
                        capitalized(report.summary()) + ". " + (report.exact() ? "The result is exact." : "")
                                + " This family keeps no finer record of its steps.")));
    }

    public int size() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** "1 row", "12 rows". */
    public static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    public static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
