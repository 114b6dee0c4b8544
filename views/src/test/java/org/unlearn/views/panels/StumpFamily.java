package org.unlearn.views.panels;

import java.util.List;
import java.util.Set;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.FamilyDescriptor;
import org.unlearn.model.family.ForgetMethod;
import org.unlearn.model.family.Group;
import org.unlearn.model.family.OptionSpec;
import org.unlearn.model.family.Options;
import org.unlearn.model.forget.Forest;
import org.unlearn.model.forget.Sharded;
import org.unlearn.model.util.Progress;

/** The descriptor of {@link StumpForest}, registered for the views' tests only (src/test/registry, on their surefire classpath). */
public final class StumpFamily implements FamilyDescriptor<StumpForest> {
    static final String CODE = "stumps";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "Stump forest (test)";
    }

    @Override
    public String description() {
        return "trains its stumps again";
    }

    @Override
    public Group group() {
        return Group.CLUSTERING;
    }

    @Override
    public Class<StumpForest> modelType() {
        return StumpForest.class;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.whole("trees", "trees", "stumps in the forest")
                        .byDefault(3)
                        .atLeast(1),
                OptionSpec.whole("shards", "shards", "rows are dealt to shards by id")
                        .byDefault(4)
                        .atLeast(1)
                        .atMost(50));
    }

    @Override
    public void check(Options options) {
        // each option's own range is all there is to check
    }

    @Override
    public StumpForest train(Options options, TrainingSet rows, long seed, Progress progress) {
        return StumpForest.train(rows, options.whole("trees"), options.whole("shards"), seed);
    }

    @Override
    public List<ForgetMethod> forgetMethods() {
        return List.of(new ForgetMethod("retrain", "Retrain", true, "trains the stumps again without the rows"));
    }

    @Override
    public String qualityMetric(TrainingSet prepared) {
        return "rows_held";
    }

    @Override
    public double quality(StumpForest model, TrainingSet heldOut) {
        return model.trainingData().size();
    }

    @Override
    public String workUnit() {
        return "rows";
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(Forest.class, Sharded.class);
    }
}
