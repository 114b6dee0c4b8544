package org.unlearn.model.lesson;

import java.util.Optional;

/**
 * What a lesson's checks can see of the app: the open dataset, the model, the picked and forgotten rows, the
 * last check against a retrain, the view shown and the compliance session. The window answers it; tests can too.
 */
public interface LessonState {
    /** The open dataset's file name ("penguins.csv"), or empty when none is open. */
    String dataset();

    /** True once a model is trained on the open dataset. */
    boolean trained();

    /** The trained model's family code ("sisa"), or empty when none is trained. */
    String family();

    /** The trained model's option by name, as text ("5"); empty when there is no model or no such option. */
    Optional<String> option(String name);

    int picked();

    /** Rows forgotten since the training. */
    int forgotten();

    /** Forget requests made since the training (a consolidation counts as one). */
    int requests();

    /** True when the newest model has been checked against a retrain from scratch. */
    boolean checked();

    /** True when that check found the two models identical. */
    boolean identical();

    /** True while the model equals one retrained from scratch without the forgotten rows. */
    boolean exact();

    /** The view shown: start, data, forget, consequences or audit. */
    String view();

    boolean sessionOpen();

    /** Erasure requests recorded in the open compliance session. */
    int sessionRequests();
}
