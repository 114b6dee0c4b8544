package org.unlearn.model.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.forget.ForgetPlan;
import org.unlearn.model.forget.ForgetReport;
import org.unlearn.model.forget.Forgotten;
import org.unlearn.model.forget.Indebted;
import org.unlearn.model.forget.Parametric;
import org.unlearn.model.forget.Plannable;
import org.unlearn.model.forget.UnlearningModel;
import org.unlearn.model.session.ModelHash;
import org.unlearn.model.util.Progress;
import org.unlearn.model.verify.ParameterDistance;

/**
 * What every registered family promises, checked on real data. A family is held to it by being registered:
 * this test knows no family by name.
 */
class FamilyContractTest {
    private static final long SEED = 11;

    static Stream<FamilyDescriptor<?>> families() {
        return Families.all().stream();
    }

    @Test
    void theSixFamiliesAreRegisteredInOrder() {
        List<String> codes = Families.codes();
        assertTrue(codes.size() >= 6, codes.toString());
        assertEquals(List.of("kmeans", "qkmeans", "dckmeans"), codes.subList(0, 3));
        assertTrue(codes.containsAll(List.of("sisa", "logreg", "ridge")), codes.toString());
        assertEquals(Families.byCode("lloyd"), Families.byCode("KMeans"));
        assertEquals(
                "unknown model \"svm\" (models: " + String.join(", ", codes) + ")",
                assertThrows(org.unlearn.model.BadInputException.class, () -> Families.byCode("svm"))
                        .getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void describesItself(FamilyDescriptor<?> family) {
        assertTrue(family.code().matches("[a-z][a-z0-9]*"), family.code());
        assertFalse(family.title().isBlank());
        assertFalse(family.description().isBlank());
        assertFalse(family.workUnit().isBlank());
        assertFalse(family.forgetMethods().isEmpty());
        assertTrue(
                family.capabilities().stream().allMatch(Class::isInterface),
                family.capabilities().toString());
        for (OptionSpec s : family.options()) {
            assertFalse(s.help().isBlank(), s.name());
            assertTrue(s.hasDefault() || s.defaultNote() != null, s.name() + " has neither a default nor a note");
        }
        family.check(family.defaults());
        family.check(family.quickOptions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void trainsPlansAndForgetsRandomRequests(FamilyDescriptor<?> family) {
        forgets(family);
    }

    private static <M extends UnlearningModel<M>> void forgets(FamilyDescriptor<M> family) {
        Traced<M> trained = Traced.train(
                family.configure(family.quickOptions()),
                ContractData.data(),
                ContractData.identity(),
                0.2,
                SEED,
                Progress.NONE);
        M model = trained.model();
        for (Class<?> capability : family.capabilities()) {
            assertTrue(capability.isInstance(model), family.code() + " models should be " + capability.getSimpleName());
        }
        assertTrue(Double.isFinite(family.quality(model, trained.heldOut())), family.code());
        Configured<M> recipe = trained.recipe();
        SplittableRandom random = new SplittableRandom(SEED);
        for (ForgetMethod method : family.forgetMethods()) {
            for (int size : new int[] {1, 1, 7}) {
                TrainingSet before = model.trainingData();
                int[] rows = ContractData.request(random, before, size);
                if (model instanceof Plannable) {
                    ForgetPlan plan = family.plan(model, method, rows);
                    assertArrayEquals(rows, plan.rowIds(), family.code());
                    assertFalse(plan.summary().isBlank(), family.code());
                }
                Forgotten<M> done = family.forget(model, method, rows, Progress.NONE);
                M after = done.model();
                ForgetReport report = done.report();
                String what = family.code() + " by " + method.code() + ", " + size + " rows";
                assertArrayEquals(rows, report.rowIds(), what);
                assertEquals(method.exact(), report.exact(), what);
                assertEquals(before.size() - size, after.trainingData().size(), what);
                for (int row : rows) {
                    assertFalse(after.trainingData().contains(row), what);
                }
                M retrained = recipe.retrain(model, after.trainingData(), Progress.NONE);
                if (method.exact()) {
                    assertTrue(after.sameParameters(retrained), what + ": should equal a retrain from scratch");
                    // sessions and certificates name models by this hash: equal models must hash alike
                    assertEquals(ModelHash.of(retrained), ModelHash.of(after), what + ": content hash");
                } else {
                    approximateReportsItsDistance(after, retrained, model, what);
                }
            }
        }
    }

    /** An approximate method's model says how far it may be, and is measurably near the retrain. */
    private static <M extends UnlearningModel<M>> void approximateReportsItsDistance(
            M after, M retrained, M full, String what) {
        assertTrue(
                after instanceof Parametric || after instanceof Indebted,
                what + ": an approximate model must be"
                        + " Parametric or Indebted, so its distance from the exact retrain can be told");
        if (after instanceof Indebted owes) {
            assertTrue(owes.owed().requests() > 0, what + ": it owes the request");
        }
        if (after instanceof Parametric p) {
            double distance = ParameterDistance.relative(
                    p.parameters(), ((Parametric) retrained).parameters(), ((Parametric) full).parameters());
            assertTrue(Double.isFinite(distance) && distance >= 0 && distance < 1, what + ": distance " + distance);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void optionsRoundTripThroughText(FamilyDescriptor<?> family) {
        List<Options> cases = new ArrayList<>(List.of(family.defaults(), family.quickOptions()));
        Options every = family.defaults();
        for (OptionSpec s : family.options()) {
            if (s.hasDefault()) {
                every = every.with(s.name(), s.defaultValue());
            }
        }
        cases.add(every);
        for (Options o : cases) {
            Options back = family.parse(o.toText());
            assertEquals(o, back, o.toText());
            assertEquals(o.toText(), back.toText());
        }
        TrainingSet rows =
                family.prepare(family.quickOptions(), ContractData.data().rows());
        Options resolved = family.resolve(family.quickOptions(), rows);
        assertEquals(resolved, family.resolve(resolved, rows), "resolving twice changes nothing");
        assertEquals(resolved, family.parse(resolved.toText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyBadOptionIsRefusedInOneLine(FamilyDescriptor<?> family) {
        Options base = family.quickOptions();
        int refused = 0;
        for (OptionSpec s : family.options()) {
            for (String bad : badValues(s)) {
                BadOptionException e = assertThrows(
                        BadOptionException.class,
                        () -> family.check(base.with(s.name(), bad)),
                        family.code() + " " + s.name() + "=" + bad);
                assertEquals(s.name(), e.option(), e.getMessage());
                oneLineInPlainWords(e.getMessage(), family.code() + " " + s.name() + "=" + bad);
                assertTrue(e.getMessage().startsWith(s.name()), e.getMessage());
                refused++;
            }
        }
        assertTrue(
                refused
                        >= family.options().stream()
                                .filter(s -> s.type() != OptionType.TEXT)
                                .count(),
                family.code());
        BadOptionException unknown = assertThrows(BadOptionException.class, () -> base.with("no_such_option", "1"));
        assertEquals(
                "no_such_option is not an option of " + family.code() + " (options: " + String.join(", ", base.names())
                        + ")",
                unknown.getMessage());
    }

    private static void oneLineInPlainWords(String message, String what) {
        assertFalse(message.isBlank(), what);
        assertFalse(message.contains("\n"), what + ": " + message);
        assertFalse(message.contains("--"), what + " names a command-line flag: " + message);
        assertFalse(message.contains("Exception"), what + ": " + message);
    }

    /** Values the spec itself must refuse: the wrong kind, and just outside each bound. */
    static List<String> badValues(OptionSpec s) {
        List<String> out = new ArrayList<>();
        switch (s.type()) {
            case WHOLE -> {
                out.add("2.5");
                out.add("many");
            }
            case NUMBER -> {
                out.add("abc");
                out.add("NaN");
                out.add("Infinity");
            }
            case CHOICE -> out.add("no-such-" + s.name());
            case FLAG -> out.add("maybe");
            case TEXT -> {
                // Free text has no wrong kind; the family checks its meaning.
            }
            default -> throw new IllegalStateException();
        }
        if (s.min() != null) {
            double step = s.type() == OptionType.WHOLE ? 1 : Math.max(1e-9, Math.abs(s.min()) * 1e-6);
            out.add(OptionSpec.plain(s.minInclusive() ? s.min() - step : s.min()));
        }
        if (s.max() != null) {
            double step = s.type() == OptionType.WHOLE ? 1 : Math.max(1e-9, Math.abs(s.max()) * 1e-6);
            out.add(OptionSpec.plain(s.maxInclusive() ? s.max() + step : s.max()));
        }
        return out;
    }

    @Test
    void optionsTextQuotesWhatNeedsIt() {
        List<OptionSpec> specs = List.of(
                OptionSpec.text("classes", "two classes", "A,B").otherwise("all"),
                OptionSpec.number("lambda", "λ", "regularization").byDefault(1).above(0));
        Options o = Options.of("demo", specs).with("classes", "a \"b\",c").with("lambda", "1e-4");
        assertEquals("classes=\"a \\\"b\\\",c\", lambda=0.0001", o.toText());
        assertEquals(o, Options.parse("demo", specs, o.toText()));
        assertEquals(Set.of("classes", "lambda"), o.given());
        assertNotEquals(o, o.without("classes"));
        assertEquals(
                "lambda (the λ) must be more than 0, not -0.5",
                assertThrows(BadOptionException.class, () -> o.with("lambda", "-0.5"))
                        .getMessage());
    }
}
