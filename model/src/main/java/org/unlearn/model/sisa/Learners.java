package org.unlearn.model.sisa;

import java.util.List;
import java.util.Locale;
import org.unlearn.model.BadInputException;

/** The constituent learners by name, with their default hyper-parameters. */
public final class Learners {
    /** Every learner name, as {@code --learner} takes it. */
    public static final List<String> NAMES = List.of(SoftmaxLearner.NAME, MlpLearner.NAME, TreeLearner.NAME);

    private Learners() {}

    public static Learner byName(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case SoftmaxLearner.NAME -> SoftmaxLearner.defaults();
            case MlpLearner.NAME -> MlpLearner.defaults();
            case TreeLearner.NAME -> TreeLearner.defaults();
            default ->
                throw new BadInputException(
                        "unknown learner \"" + name + "\" (learners: " + String.join(", ", NAMES) + ")");
        };
    }
}
