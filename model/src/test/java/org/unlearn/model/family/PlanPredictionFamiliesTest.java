package org.unlearn.model.family;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unlearn.model.TestData;
import org.unlearn.model.data.Encoding;
import org.unlearn.model.data.PreparedData;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.util.Progress;

/**
 * The plan foretells the work of every family that is not linear (those are held to it by the linear
 * PlanPredictionTest): over random single and batch requests on real samples, the work the engine counted
 * doing is within 2× of the plan's figure, or inside the range the plan states.
 */
class PlanPredictionFamiliesTest {
    private static final List<String[]> SAMPLES = List.of(
            new String[] {"penguins.csv", "species"},
            new String[] {"iris.csv", "target_name"},
            new String[] {"credit_data.csv", "Status"},
            new String[] {"employee_attrition.csv", "Attrition"},
            new String[] {"statlog_shuttle.csv.gz", "Class"});

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (FamilyDescriptor<?> family : Families.all()) {
            if (family.capabilities().contains(Parametric.class)
                    || !family.capabilities().contains(Plannable.class)) {
                continue;
            }
            for (String[] sample : SAMPLES) {
                out.add(Arguments.of(family, sample[0], sample[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void thePlanForetellsTheWork(FamilyDescriptor<?> family, String file, String label) {
        foretells(family, rows(file, label), file);
    }

    private static <M extends UnlearningModel<M>> void foretells(
            FamilyDescriptor<M> family, TrainingSet data, String file) {
        Configured<M> recipe = family.configure(family.quickOptions());
        TrainingSet rows = recipe.prepare(data);
        Configured<M> resolved = family.configure(recipe.resolved(rows));
        SplittableRandom random = new SplittableRandom(file.hashCode());
        for (ForgetMethod method : family.forgetMethods()) {
            M model = resolved.train(rows, 5, Progress.NONE);
            int ranges = 0;
            for (int request = 0; request < 12; request++) {
                int size = request % 2 == 0 ? 1 : 2 + random.nextInt(24);
                int[] ids = ContractData.request(random, model.trainingData(), size);
                ForgetPlan plan = resolved.family().plan(model, method, ids);
                Forgotten<M> done = resolved.forget(model, method, ids, Progress.NONE);
                long did = done.report().workUnits();
                String what = family.code() + " by " + method.code() + " on " + file + ", request " + request
                        + " of " + ids.length + " rows: the plan said \"" + plan.summary() + "\" ("
                        + (plan.isRange()
                                ? plan.leastWorkUnits() + " to " + plan.mostWorkUnits()
                                : String.valueOf(plan.workUnits()))
                        + " of " + plan.fullWorkUnits() + "), the engine did " + did + " (\""
                        + done.report().summary() + "\")";
                assertTrue(plan.foretold(did), what);
                ranges += plan.isRange() ? 1 : 0;
                model = done.model();
            }
        }
    }

    private static final java.util.Map<String, TrainingSet> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The sample's rows; of the shuttle, 3,000 drawn at random from its classes of a thousand rows or more (a
     * class of 4 rows cannot reach every SISA shard), so that the test stays short.
     */
    private static TrainingSet rows(String file, String label) {
        return LOADED.computeIfAbsent(file, f -> {
            Path path = TestData.sample(f);
            TrainingSet all = PreparedData.load(path, label, Encoding.Options.DEFAULT, Progress.NONE)
                    .rows();
            if (all.size() <= 5000) {
                return all;
            }
            int[] counts = all.classCounts();
            int[] positions = new SplittableRandom(1)
                    .ints(0, all.size())
                    .filter(p -> counts[all.label(p)] >= 1000)
                    .distinct()
                    .limit(3000)
                    .sorted()
                    .toArray();
            return all.select(positions);
        });
    }
}
