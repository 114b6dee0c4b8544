package org.unlearn.model.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state a step puts the app in before the student acts, so every student sees the same thing. Every part
 * is optional and is applied in this order: open the dataset (with its label), choose the family and type its
 * options and the seed, train, forget the requests one by one, pick rows by ids or by a filter, choose the chart
 * the Cost and consequences view shows, show a view.
 *
 * @param dataset a sample's name or file name ("penguins"), or null to keep the open one
 * @param label   the label column, or null for the catalogue's
 * @param family  a family code ("sisa"), or null to keep the chosen one
 * @param options the family's options as text ("shards=5, slices=4"), or null for its defaults
 * @param seed    the seed, or null to keep the form's
 * @param train   train the recipe before the rest
 * @param forget  forget requests, each row ids as "12, 40-45", made in turn after training
 * @param pick    row ids to pick ("12, 40-45"), or null
 * @param filter  a filter over the file's columns to pick by, or null
 * @param view    the view to show (start, data, forget, consequences, audit), or null
 * @param chart   the chart the Cost and consequences view shows (one of {@link #CHARTS}), or null to keep it
 */
public record LessonSetup(
        String dataset,
        String label,
        String family,
        String options,
        Long seed,
        boolean train,
        List<String> forget,
        String pick,
        String filter,
        String view,
        String chart) {
    public static final LessonSetup NONE =
            new LessonSetup(null, null, null, null, null, false, List.of(), null, null, null, null);

    /** The Cost and consequences view's charts, by the name a setup gives them, and their titles in the view. */
    public static final Map<String, String> CHARTS = charts();

    /** The chart the view opens on until a step chooses another. */
    public static final String FIRST_CHART = "drift";

    public LessonSetup {
        forget = List.copyOf(forget);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static Map<String, String> charts() {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("drift", "Quality drift");
        charts.put("cost", "Retraining cost");
        charts.put("before-after", "Before / after");
        return java.util.Collections.unmodifiableMap(charts);
    }

    /** True when the setup does more than choose a chart: it starts the step from its own pick. */
    public boolean setsTheModelOrView() {
        return !new LessonSetup(dataset, label, family, options, seed, train, forget, pick, filter, view, null)
                .isEmpty();
    }

    public Optional<String> datasetName() {
        return Optional.ofNullable(dataset);
    }
}
